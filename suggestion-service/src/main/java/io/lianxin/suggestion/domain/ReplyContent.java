package io.lianxin.suggestion.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A reply as the handler drafts it (拟写答复): its category and text; the commitments a B reply
 * makes, the reason a C reply gives, and why co-units' opinions are missing if they are. Start from
 * {@link #of}; the aggregate checks what each category needs.
 */
public record ReplyContent(ReplyCategory category, String text, String reason, List<Suggestion.CommitmentDraft> commitments,
    String missingOpinionsReason) {

  public ReplyContent {
    commitments = commitments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(commitments));
  }

  public static ReplyContent of(ReplyCategory category, String text) {
    return new ReplyContent(category, text, null, List.of(), null);
  }

  /** Why it cannot be solved now (C), or any reason the handler gives. */
  public ReplyContent because(String why) {
    return new ReplyContent(category, text, why, commitments, missingOpinionsReason);
  }

  /** What the unit promises, by when (B). */
  public ReplyContent promising(List<Suggestion.CommitmentDraft> promised) {
    return new ReplyContent(category, text, reason, promised, missingOpinionsReason);
  }

  /** Why the reply does not wait for the co-units that have not answered. */
  public ReplyContent withoutOpinionsBecause(String why) {
    return new ReplyContent(category, text, reason, commitments, why);
  }
}
