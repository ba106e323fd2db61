package io.lianxin.suggestion.domain;

import java.time.Instant;

/** A co-signing deputy (联名代表); {@code confirmedAt} is null until they confirm. */
public record CoSigner(String deputyId, Instant confirmedAt) {
  public boolean confirmed() {
    return confirmedAt != null;
  }
}
