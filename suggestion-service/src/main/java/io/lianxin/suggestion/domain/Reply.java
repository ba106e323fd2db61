package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reply (答复): drafted by the handler, signed off by the unit head (签发). {@code signedBy} is
 * null while it is a draft.
 */
public record Reply(int round, String unitId, ReplyCategory category, String text, String reason,
    List<Commitment> commitments, String draftedBy, Instant draftedAt, String signedBy, Instant signedAt,
    LocalDate signedOn, LocalDate dueDate) {

  Reply signed(String head, Instant at, LocalDate on, LocalDate due) {
    return new Reply(round, unitId, category, text, reason, commitments, draftedBy, draftedAt, head, at, on, due);
  }

  public boolean onTime() {
    return signedOn != null && dueDate != null && !signedOn.isAfter(dueDate);
  }
}
