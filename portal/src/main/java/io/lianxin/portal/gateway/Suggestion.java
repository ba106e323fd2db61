package io.lianxin.portal.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An item (建议、议案) as the suggestion service shows it to the signed-in deputy or unit: the part the portal shows —
 * its content, the assignment, and once handled the unit's contacts (三访), the reply draft (拟写的答复), the replies
 * sent (答复) and the deputies' ratings (征询意见表).
 */
public record Suggestion(String id, String number, String kind, String state, String title, String body,
    String category, String proposerDeputyId, List<CoSigner> coSigners, Instant createdAt, Instant submittedAt,
    LocalDate replyDueDate, Assignment assignment, Integer round, String handlerName, String responsibleLeader,
    List<Contact> contacts, Reply replyDraft, List<Reply> replies, LocalDate evaluationDueDate,
    List<Evaluation> evaluations, String disputeReason, List<CoUnitOpinion> coUnitOpinions,
    List<Commitment> commitments, String supervisingLeaderId, List<SupervisionNote> supervisionNotes) {

  /** The states in which the units owe no more reply: a deadline past in them is no longer overdue. */
  private static final Set<String> ANSWERED = Set.of("REPLIED", "EVALUATED", "CLOSED", "PUBLISHED", "WITHDRAWN",
      "NOT_REGISTERED", "DELIBERATED", "CONVERTED_TO_SUGGESTION");

  /** The states in which the units owe a reply (办理中), as the service counts them. */
  public static final Set<String> HANDLING = Set.of("ASSIGNED", "ASSIGNMENT_DISPUTED", "IN_PROGRESS", "REHANDLING");

  /** The states after a reply was sent, in which the deputies rate it. */
  private static final Set<String> AFTER_REPLY = Set.of("REPLIED", "EVALUATED", "CLOSED", "PUBLISHED");

  /** The states in which the proposer may withdraw (撤回): before the item is assigned. */
  private static final Set<String> WITHDRAWABLE = Set.of("DRAFT", "SUBMITTED", "REGISTERED");

  /** The states in which the proposer answers the lead unit's contacts (确认 / 异议). */
  private static final Set<String> CONTACTS_ANSWERED = Set.of("IN_PROGRESS", "REHANDLING", "REPLIED", "EVALUATED",
      "CLOSED", "PUBLISHED");

  /** The states in which the supervising leader of a key item adds a note (督办意见). */
  private static final Set<String> SUPERVISED = Set.of("ASSIGNED", "ASSIGNMENT_DISPUTED", "IN_PROGRESS", "REPLIED",
      "EVALUATED", "REHANDLING");

  /** The states in which the lead unit answers a note's request for a progress report (报告办理进展). */
  private static final Set<String> REPORTS_TAKEN = Set.of("REGISTERED", "ASSIGNED", "ASSIGNMENT_DISPUTED",
      "IN_PROGRESS", "REPLY_IN_REVIEW", "REPLY_AWAITING_SIGN_OFF", "REPLIED", "EVALUATED", "REHANDLING");

  /** The states in which a co-unit gives its opinion (协办意见). */
  private static final Set<String> CO_UNIT_OPINIONS = Set.of("ASSIGNED", "IN_PROGRESS", "REHANDLING");

  /** The states in which the lead unit logs a contact with the deputy. */
  private static final Set<String> CONTACTS_LOGGED = Set.of("IN_PROGRESS", "REHANDLING", "REPLIED", "EVALUATED");

  public Suggestion {
    // the round of handling (办理轮次): 1 until re-handling is ordered; a list's answer may leave it out
    round = round == null ? 1 : round;
    coSigners = List.copyOf(Objects.requireNonNullElse(coSigners, List.of()));
    contacts = List.copyOf(Objects.requireNonNullElse(contacts, List.of()));
    replies = List.copyOf(Objects.requireNonNullElse(replies, List.of()));
    evaluations = List.copyOf(Objects.requireNonNullElse(evaluations, List.of()));
    coUnitOpinions = List.copyOf(Objects.requireNonNullElse(coUnitOpinions, List.of()));
    commitments = List.copyOf(Objects.requireNonNullElse(commitments, List.of()));
    supervisionNotes = List.copyOf(Objects.requireNonNullElse(supervisionNotes, List.of()));
  }

  /** An item as a list shows it, without its handling. */
  public Suggestion(String id, String number, String kind, String state, String title, String body, String category,
      String proposerDeputyId, List<CoSigner> coSigners, Instant createdAt, Instant submittedAt,
      LocalDate replyDueDate, Assignment assignment) {
    this(id, number, kind, state, title, body, category, proposerDeputyId, coSigners, createdAt, submittedAt,
        replyDueDate, assignment, 1, null, null, null, null, null, null, null, null, null, null, null, null);
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

  /** Whether the units still owe a reply (办理中). */
  public boolean handling() {
    return HANDLING.contains(state);
  }

  /** The lead unit (主办单位) accepts an item assigned to it (签收), naming handler and responsible leader. */
  public boolean awaitsAcceptanceBy(String unitId) {
    return "ASSIGNED".equals(state) && leadUnit(unitId);
  }

  public boolean takesContactsFrom(String unitId) {
    return CONTACTS_LOGGED.contains(state) && leadUnit(unitId);
  }

  /** The handler drafts the reply while the item is handled (办理中、再次办理). */
  public boolean takesReplyDraftFrom(String unitId) {
    return ("IN_PROGRESS".equals(state) || "REHANDLING".equals(state)) && leadUnit(unitId);
  }

  /** The unit head signs (签发) a drafted reply. */
  public boolean awaitsSignatureOf(String unitId) {
    return replyDraft != null && takesReplyDraftFrom(unitId);
  }

  public boolean leadUnit(String unitId) {
    return unitId != null && assignment != null && unitId.equals(assignment.leadUnitId());
  }

  /** The lead unit may dispute the assignment (交办异议) while it has not accepted; the service counts the 5 days. */
  public boolean takesDisputeFrom(String unitId) {
    return awaitsAcceptanceBy(unitId);
  }

  /** A co-unit (协办单位) gives its opinion to the lead unit once a round, while the item is handled. */
  public boolean takesCoUnitOpinionFrom(String unitId) {
    return unitId != null && assignment != null && assignment.coUnitIds() != null
        && assignment.coUnitIds().contains(unitId) && CO_UNIT_OPINIONS.contains(state)
        && coUnitOpinions.stream().noneMatch(o -> unitId.equals(o.unitId()) && o.round() == round.intValue());
  }

  /** The commitments the lead unit still owes (承诺事项未兑现) and may report fulfilled, after its reply. */
  public List<Commitment> commitmentsToFulfilBy(String unitId) {
    if (!leadUnit(unitId) || !(AFTER_REPLY.contains(state) || "REHANDLING".equals(state))) {
      return List.of();
    }
    return commitments.stream().filter(Commitment::owed).toList();
  }

  /** A key item (重点督办) takes its supervising leader's notes while it is handled; the service checks who the leader is. */
  public boolean takesSupervisionNotes() {
    return supervisingLeaderId != null && SUPERVISED.contains(state);
  }

  /** The notes whose progress report (进展报告) the lead unit still owes. */
  public List<SupervisionNote> progressReportsOwedBy(String unitId) {
    if (!leadUnit(unitId) || !REPORTS_TAKEN.contains(state)) {
      return List.of();
    }
    return supervisionNotes.stream().filter(n -> n.progressReportRequested() && n.progressReport() == null).toList();
  }

  /** The office reassigns (重新交办) an item its lead unit disputed. */
  public boolean disputed() {
    return "ASSIGNMENT_DISPUTED".equals(state);
  }

  /** The latest reply sent, or null. */
  public Reply latestReply() {
    return replies.isEmpty() ? null : replies.get(replies.size() - 1);
  }

  /** The deputy's rating of the current round's reply, or null. */
  public Evaluation ratingBy(String deputyId) {
    return evaluations.stream().filter(e -> e.round() == round.intValue() && Objects.equals(e.deputyId(), deputyId))
        .findFirst().orElse(null);
  }

  /**
   * Whether {@code deputyId} may still rate the reply (征询意见表), as the service decides: a proposer or co-signer, the
   * current round's reply sent, the evaluation window open on {@code today}, not yet rated in this round.
   */
  public boolean awaitsRatingBy(String deputyId, LocalDate today) {
    Reply latest = latestReply();
    boolean involved = deputyId != null && (deputyId.equals(proposerDeputyId)
        || coSigners.stream().anyMatch(c -> deputyId.equals(c.deputyId())));
    return involved && latest != null && latest.round() == round.intValue() && AFTER_REPLY.contains(state)
        && (evaluationDueDate == null || !today.isAfter(evaluationDueDate)) && ratingBy(deputyId) == null;
  }

  /** Whether {@code deputyId} was asked to co-sign this draft (联名) and has not confirmed yet. */
  public boolean awaitsCoSignatureOf(String deputyId) {
    return draft() && deputyId != null
        && coSigners.stream().anyMatch(c -> deputyId.equals(c.deputyId()) && c.confirmedAt() == null);
  }

  /** Whether {@code deputyId} proposed the item and may still withdraw it (撤回: before assignment). */
  public boolean mayBeWithdrawnBy(String deputyId) {
    return deputyId != null && deputyId.equals(proposerDeputyId) && WITHDRAWABLE.contains(state);
  }

  /** The numbers of the contacts (三访) {@code deputyId}, the proposer, has still to confirm or dispute. */
  public List<Integer> contactsToAnswerBy(String deputyId) {
    if (deputyId == null || !deputyId.equals(proposerDeputyId) || !CONTACTS_ANSWERED.contains(state)) {
      return List.of();
    }
    return contacts.stream().filter(c -> c.deputyAnswer() == null).map(Contact::number).toList();
  }

  /** A co-signer (附议代表) and when they confirmed, if they did. */
  public record CoSigner(String deputyId, Instant confirmedAt) {}

  /** The assignment to the lead unit (主办单位) and co-units (协办单位). */
  public record Assignment(String leadUnitId, List<String> coUnitIds, LocalDate replyDueDate) {}

  /**
   * A contact with the deputy the lead unit logged (三访记录: 办前 BEFORE、办中 DURING、办后 AFTER), and the deputy's
   * answer to it (确认 / 异议), null until given.
   */
  public record Contact(int number, String phase, LocalDate date, String mode, String notes,
      DeputyAnswer deputyAnswer) {}

  /** The proposing deputy's confirmation (CONFIRMED) or dispute (DISPUTED, with the reason) of a contact. */
  public record DeputyAnswer(String response, String reason) {}

  /**
   * A reply (答复) of one round: category A (解决采纳), B (正在解决、列入计划, with commitments) or C (留作参考, with
   * the reason); drafted by the handler, signed (签发) by the unit head — {@code signedOn} null while a draft.
   */
  public record Reply(int round, String unitId, String category, String text, String reason,
      List<Commitment> commitments, String draftedBy, String signedBy, LocalDate signedOn, LocalDate dueDate) {

    public Reply {
      commitments = List.copyOf(Objects.requireNonNullElse(commitments, List.of()));
    }
  }

  /**
   * A promise a reply makes (答复承诺事项) and by when; its status OPEN, FULFILLED or OVERDUE, and once fulfilled the
   * evidence (兑现情况) and the day.
   */
  public record Commitment(String id, String description, LocalDate dueDate, String status, String evidence,
      LocalDate fulfilledOn) {

    /** Still owed (未兑现): open, or overdue. */
    public boolean owed() {
      return "OPEN".equals(status) || "OVERDUE".equals(status);
    }
  }

  /**
   * A supervising leader's note on a key item (督办意见), with the progress report it asked of the lead unit by
   * {@code reportDueDate} and, once given, that report.
   */
  public record SupervisionNote(int number, String leaderId, String text, boolean progressReportRequested,
      LocalDate reportDueDate, ProgressReport progressReport, Instant at) {}

  /** The lead unit's progress report (办理进展报告); {@code late} when given after the note's due date. */
  public record ProgressReport(String unitId, String text, Instant submittedAt, boolean late) {}

  /** A co-unit's opinion to the lead unit (协办意见) in a round. */
  public record CoUnitOpinion(String unitId, int round, String text, Instant submittedAt) {}

  /** A deputy's rating of one round's reply (征询意见表): SATISFIED, BASICALLY_SATISFIED or UNSATISFIED. */
  public record Evaluation(String deputyId, int round, String rating, String comment, Instant at) {}
}
