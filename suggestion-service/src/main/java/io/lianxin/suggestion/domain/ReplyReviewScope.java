package io.lianxin.suggestion.domain;

import java.util.Set;

/**
 * Where the committee checks a signed reply before it goes to the deputies (答复审核: 代表工作部门具体
 * 负责，分管主任统一把关): in every congress except those it is turned off for
 * ({@code lianxin.suggestion.reply-review-off}). Where it applies, a signed reply is reviewed by the
 * office, then signed off by a leader, and only then sent; elsewhere the unit head's signature sends it.
 *
 * @param offFor the congresses whose replies go to the deputies as the unit head signs them
 */
public record ReplyReviewScope(Set<String> offFor) {

  public ReplyReviewScope {
    offFor = Set.copyOf(offFor);
  }

  /** The review in every congress (the default). */
  public static ReplyReviewScope everywhere() {
    return new ReplyReviewScope(Set.of());
  }

  /** The review in every congress but these. */
  public static ReplyReviewScope offFor(String... congressIds) {
    return new ReplyReviewScope(Set.of(congressIds));
  }

  /** Whether a reply signed in this congress is reviewed before it is sent. */
  public boolean appliesTo(String congressId) {
    return !offFor.contains(congressId);
  }
}
