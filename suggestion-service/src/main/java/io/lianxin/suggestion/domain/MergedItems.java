package io.lianxin.suggestion.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The items merged into one item (合并办理): the link seen from the target's side. Their
 * deputies — proposer and co-signers — follow the target (关注代表): they may read it and its audit
 * trail, as they are told its number when their own item is merged.
 */
public record MergedItems(List<MergedItem> items) {

  /** One item merged into the target: its id, number and proposer. */
  public record MergedItem(String id, String number, String proposerDeputyId, List<String> coSignerDeputyIds) {}

  public MergedItems {
    items = List.copyOf(items);
  }

  public static MergedItems none() {
    return new MergedItems(List.of());
  }

  /** The items merged into {@code target}, of those given (the ones whose {@code mergedInto} is not the target are left out). */
  public static MergedItems into(Suggestion target, List<Suggestion> candidates) {
    return new MergedItems(candidates.stream()
        .filter(s -> target.id().equals(s.mergedInto()) && target.congressId().equals(s.congressId()))
        .map(s -> new MergedItem(s.id(), s.number() == null ? null : s.number().toString(), s.proposerDeputyId(),
            s.coSignerDeputyIds()))
        .toList());
  }

  /** The deputies following the target: of each merged item, its proposer and co-signers, each once. */
  public List<String> followerDeputyIds() {
    Set<String> followers = new LinkedHashSet<>();
    for (MergedItem item : items) {
      followers.add(item.proposerDeputyId());
      followers.addAll(item.coSignerDeputyIds());
    }
    return List.copyOf(followers);
  }

  /** Whether this deputy follows the target. */
  public boolean followedBy(String deputyId) {
    return deputyId != null && followerDeputyIds().contains(deputyId);
  }
}
