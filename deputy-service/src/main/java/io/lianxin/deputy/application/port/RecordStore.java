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

  /**
   * Like {@link #replaceItem}, unless an item's replacement of a later {@code sequence} (the CloudEvents sequence of
   * the event it came from) was applied: then false and nothing changes — an older allocation replayed from the
   * dead-letter topic does not overwrite a newer one. The sequence is claimed first (it only moves forward), then the
   * entries replaced: a crash between the two is repaired by the redelivery, whose equal sequence applies again.
   */
  boolean replaceItemIfLater(String congressId, String itemId, String sequence, List<RecordEntry> entries);

  /** How many entries of each kind one deputy has in a year. */
  Map<RecordKind, Long> counts(String congressId, String deputyId, int year);

  /** How many entries of each kind each deputy of a congress has in a year (deputies with none absent). */
  Map<String, Map<RecordKind, Long>> countsByDeputy(String congressId, int year);
}
