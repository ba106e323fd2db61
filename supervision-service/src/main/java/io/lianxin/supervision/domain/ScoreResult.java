package io.lianxin.supervision.domain;

import java.util.List;
import java.util.Objects;

/**
 * A score vote's result (测评得分) as voting-service published it: per item the average score of the
 * valid scores and how many scored; a vote without quorum is not valid and decides nothing.
 */
public record ScoreResult(String congressId, String requestId, String pollId, boolean valid, List<ItemScore> items) {

  public ScoreResult {
    Objects.requireNonNull(requestId, "requestId");
    items = List.copyOf(items);
  }

  /** One item's score: the average (two decimals, as published) of {@code scored} valid scores. */
  public record ItemScore(String item, double averageScore, long scored) {
    public ItemScore {
      Objects.requireNonNull(item, "item");
    }
  }
}
