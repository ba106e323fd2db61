package io.lianxin.suggestion.domain;

import java.util.Map;

/** The level of each congress (人大层级) the service serves; county unless configured. */
public record CongressLevels(Map<String, CongressLevel> byCongress) {

  public CongressLevels {
    byCongress = Map.copyOf(byCongress);
  }

  public CongressLevel levelOf(String congressId) {
    return byCongress.getOrDefault(congressId, CongressLevel.COUNTY);
  }
}
