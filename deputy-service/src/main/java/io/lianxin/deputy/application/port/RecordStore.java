package io.lianxin.deputy.application.port;

import io.lianxin.deputy.domain.RecordEntry;
import io.lianxin.deputy.domain.RecordKind;
import java.util.List;
import java.util.Map;

/** The entries counted in deputies' records (履职档案), each at most once. */
public interface RecordStore {

  /**
   * Counts the entry unless the deputy's work on its item was counted before (a redelivered or
   * repeated event); false then, and nothing is written.
   */
  boolean countOnce(RecordEntry entry);

  /**
   * Makes the deputies counted for an item exactly those of {@code entries} (all of that item): the others'
   * entries of the item are removed, the new ones counted once. The same entries again change nothing.
   */
  void replaceItem(String congressId, String itemId, List<RecordEntry> entries);

  /** How many entries of each kind one deputy has in a year. */
  Map<RecordKind, Long> counts(String congressId, String deputyId, int year);

  /** How many entries of each kind each deputy of a congress has in a year (deputies with none absent). */
  Map<String, Map<RecordKind, Long>> countsByDeputy(String congressId, int year);
}
