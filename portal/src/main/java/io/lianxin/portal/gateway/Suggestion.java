package io.lianxin.portal.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One of the signed-in deputy's items (建议、议案), the part of the service's view the portal shows. */
public record Suggestion(String id, String number, String kind, String state, String title, String body,
    String category, String proposerDeputyId, List<CoSigner> coSigners, Instant createdAt, Instant submittedAt,
    LocalDate replyDueDate, Assignment assignment) {

  /** The states in which the units owe no more reply: a deadline past in them is no longer overdue. */
  private static final Set<String> ANSWERED = Set.of("REPLIED", "EVALUATED", "CLOSED", "PUBLISHED", "WITHDRAWN",
      "NOT_REGISTERED", "DELIBERATED", "CONVERTED_TO_SUGGESTION");

  public Suggestion {
    coSigners = List.copyOf(Objects.requireNonNullElse(coSigners, List.of()));
  }

  /** The reply deadline (答复期限), once assigned. */
  public LocalDate deadline() {
    if (replyDueDate != null) {
      return replyDueDate;
    }
    return assignment == null ? null : assignment.replyDueDate();
  }

  /** Past its deadline (逾期) with the reply still owed, on the congress's {@code today}. */
  public boolean overdue(LocalDate today) {
    LocalDate deadline = deadline();
    return deadline != null && deadline.isBefore(today) && !ANSWERED.contains(state);
  }

  public boolean draft() {
    return "DRAFT".equals(state);
  }

  /** A co-signer (附议代表) and when they confirmed, if they did. */
  public record CoSigner(String deputyId, Instant confirmedAt) {}

  /** The assignment to the lead unit (主办单位) and co-units (协办单位). */
  public record Assignment(String leadUnitId, List<String> coUnitIds, LocalDate replyDueDate) {}
}
