package io.lianxin.suggestion.domain;

import java.util.List;

/**
 * The items that link to an item (关联件), the other side of a link. A link is stored once, on the
 * item staff registered with it ({@link Suggestion#linkedIds()}); the item it names learns of it
 * when it is read, by a query for the items whose {@code linkedIds} name it — so a link shows on
 * both items without a second write, and cannot be half written.
 */
public record LinkedItems(List<LinkedItem> items) {

  /** An item linking to this one: its id and number. */
  public record LinkedItem(String id, String number) {}

  public LinkedItems {
    items = List.copyOf(items);
  }

  /** Of {@code candidates}, those of the same congress whose links name {@code item} (itself left out). */
  public static LinkedItems to(Suggestion item, List<Suggestion> candidates) {
    return new LinkedItems(candidates.stream()
        .filter(s -> !s.id().equals(item.id()) && s.congressId().equals(item.congressId())
            && s.linkedIds().contains(item.id()))
        .map(s -> new LinkedItem(s.id(), s.number() == null ? null : s.number().toString()))
        .toList());
  }
}
