package io.lianxin.suggestion.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * One number series (编号序列) of a congress, kind and year in its compacted form: the next number
 * to give and the numbers given to items not yet saved with them ({@code pending}). Every number
 * below {@code next} belongs to exactly one item: either it is pending here, or its item is stored
 * with it (an entry is removed only after that save). So the document stays as small as the
 * submissions in flight, not as large as the series (ADR 0007, amendment of issue 16).
 *
 * @param next the number the next new item gets (1 for an empty series)
 * @param pending the numbers given to items whose save has not been confirmed, in number order
 */
record NumberSeries(int next, List<Entry> pending) {

  /** A number given to an item whose save with it is not yet confirmed. */
  record Entry(String itemId, int number) {}

  NumberSeries {
    pending = List.copyOf(pending);
  }

  static NumberSeries empty() {
    return new NumberSeries(1, List.of());
  }

  /** The number this item was given and still holds here, if any. */
  Optional<Integer> pendingNumberOf(String itemId) {
    return pending.stream().filter(e -> e.itemId().equals(itemId)).map(Entry::number).findFirst();
  }

  /** The series after giving {@code next} to an item that has no number yet. */
  NumberSeries take(String itemId) {
    if (pendingNumberOf(itemId).isPresent()) {
      throw new IllegalStateException("item " + itemId + " already holds a number of this series");
    }
    List<Entry> taken = new ArrayList<>(pending);
    taken.add(new Entry(itemId, next));
    return new NumberSeries(next + 1, taken);
  }

  /** The entries whose items are stored with that number: they may leave {@code pending}. */
  List<Entry> confirmed(BiPredicate<String, Integer> storedWithNumber) {
    return pending.stream().filter(e -> storedWithNumber.test(e.itemId(), e.number())).toList();
  }

  /**
   * The compacted form of a series in the form before issue 16 (the ids in number order, the
   * number being the position): the next number after the last, and pending the ids whose items
   * are not stored with their number — a submit whose save failed keeps its number for a retry.
   */
  static NumberSeries fromListed(List<String> itemIds, BiPredicate<String, Integer> storedWithNumber) {
    List<Entry> pending = new ArrayList<>();
    for (int i = 0; i < itemIds.size(); i++) {
      if (!storedWithNumber.test(itemIds.get(i), i + 1)) {
        pending.add(new Entry(itemIds.get(i), i + 1));
      }
    }
    return new NumberSeries(itemIds.size() + 1, pending);
  }
}
