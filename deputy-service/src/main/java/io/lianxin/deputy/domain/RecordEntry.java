package io.lianxin.deputy.domain;

import java.util.Objects;

/**
 * One piece of work counted in a deputy's record (履职事项): what kind, for which item, in which year
 * (in the congress's zone), and the event it was counted from. A deputy's work on one item counts once,
 * whichever events about it arrive again.
 */
public record RecordEntry(String congressId, String deputyId, RecordKind kind, String itemId, int year,
    String eventId) {

  public RecordEntry {
    Objects.requireNonNull(congressId, "congressId");
    Objects.requireNonNull(deputyId, "deputyId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(eventId, "eventId");
  }
}
