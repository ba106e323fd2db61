package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.SuggestionState.*;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A deputy's suggestion or motion (代表建议 / 议案) through its whole life: draft, co-signing,
 * submission, registration, assignment, handling, signed reply, evaluation, re-handling, closing,
 * publication and the commitments made in the reply. Every command checks the state, the
 * caller's part in the item and the rules of {@link SuggestionPolicy}; every change appends a
 * {@link SuggestionEvent}. Plain Java: persistence maps its fields as they are.
 */
public final class Suggestion {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_TEXT = 20_000;

  private static final Set<SuggestionState> HANDLING = EnumSet.of(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING);
  private static final Set<SuggestionState> AFTER_REPLY = EnumSet.of(REPLIED, EVALUATED, CLOSED, PUBLISHED);

  private String id;
  private String congressId;
  private SuggestionKind kind;
  private Session session;
  private boolean byDelegation;
  private String title;
  private String body;
  private SuggestionCategory category;
  private String proposerDeputyId;
  private List<CoSigner> coSigners = new ArrayList<>();
  private SuggestionState state;
  private SuggestionNumber number;
  private Instant createdAt;
  private Instant submittedAt;
  private String lastReturnReason;
  private String notRegisteredReason;
  private String mergedInto;
  private String withdrawReason;
  private List<String> linkedIds = new ArrayList<>();
  private Assignment assignment;
  private String disputeReason;
  private LocalDate replyDueDate;
  private int round;
  private String handlerName;
  private String responsibleLeader;
  private List<Contact> contacts = new ArrayList<>();
  private List<CoUnitOpinion> coUnitOpinions = new ArrayList<>();
  private Reply replyDraft;
  private List<Reply> replies = new ArrayList<>();
  private LocalDate repliedOn;
  private LocalDate evaluationDueDate;
  private List<Evaluation> evaluations = new ArrayList<>();
  private String supervisingLeaderId;
  private List<SupervisionNote> supervisionNotes = new ArrayList<>();
  private DirectChannel directChannel;
  private boolean notPublic;
  private String notPublicReason;
  private Instant publishedAt;
  private Instant closedAt;
  private Outcome outcome;
  private List<Commitment> commitments = new ArrayList<>();
  private boolean lookBack;
  private Set<String> remindersSent = new HashSet<>();
  private transient List<SuggestionEvent> pendingEvents = new ArrayList<>();

  /** For the persistence mapping only. */
  private Suggestion() {}

  // ---------------------------------------------------------------- drafting and submission

  /** A deputy starts a draft (起草), naming the deputies asked to co-sign. */
  public static Suggestion draft(String id, CurrentUser deputy, SuggestionKind kind, Session session, String title,
      String body, SuggestionCategory category, List<String> coSignerDeputyIds, boolean byDelegation, Instant now) {
    requireDeputy(deputy);
    Suggestion s = new Suggestion();
    s.id = id;
    s.congressId = deputy.congressId();
    s.kind = require("kind", kind);
    s.session = require("session", session);
    s.byDelegation = byDelegation && kind == SuggestionKind.MOTION;
    s.proposerDeputyId = deputy.deputyId();
    s.state = DRAFT;
    s.createdAt = now;
    s.setContent(title, body, category, coSignerDeputyIds);
    s.emit(EventName.DRAFTED, "起草 / drafted", Map.of("session", session.name()));
    return s;
  }

  /** The proposer edits the draft; confirmations of co-signers still named are kept. */
  public void edit(CurrentUser actor, String title, String body, SuggestionCategory category, List<String> coSignerIds) {
    requireProposer(actor);
    requireState("edit", DRAFT);
    setContent(title, body, category, coSignerIds);
    emit(EventName.EDITED, "修改草稿 / draft edited", Map.of());
  }

  /** A deputy named as co-signer confirms (联名确认). */
  public void confirmCoSignature(CurrentUser actor, Instant now) {
    requireRole(actor, Role.DEPUTY);
    requireState("confirm a co-signature", DRAFT);
    int index = indexOfCoSigner(actor.deputyId());
    if (index < 0) {
      throw new ForbiddenException("only a deputy asked to co-sign can confirm");
    }
    if (coSigners.get(index).confirmed()) {
      throw new IllegalTransitionException("confirm a co-signature twice", state.name());
    }
    coSigners.set(index, new CoSigner(actor.deputyId(), now));
    emit(EventName.CO_SIGNATURE_CONFIRMED, "联名确认 / co-signature confirmed", Map.of("deputyId", actor.deputyId()));
  }

  /**
   * The proposer submits (提交). A motion needs enough confirmed co-signers for the congress's
   * level, unless a delegation proposes it. Co-signers who have not confirmed are dropped: they
   * never agreed. The number is kept if the item was returned and is submitted again.
   */
  public void submit(CurrentUser actor, CongressLevel level, SuggestionPolicy policy, SuggestionNumber assigned,
      Instant now) {
    checkCanSubmit(actor, level, policy);
    coSigners.removeIf(c -> !c.confirmed());
    if (number == null) {
      number = require("number", assigned);
    }
    state = SUBMITTED;
    submittedAt = now;
    emit(EventName.SUBMITTED, "提交 / submitted", Map.of("session", session.name(), "submittedAt", now));
  }

  /** The checks of {@link #submit}, so that a number is reserved only for an item that can be submitted. */
  public void checkCanSubmit(CurrentUser actor, CongressLevel level, SuggestionPolicy policy) {
    requireProposer(actor);
    requireState("submit", DRAFT);
    long confirmed = coSigners.stream().filter(CoSigner::confirmed).count();
    if (kind == SuggestionKind.MOTION && !byDelegation && confirmed < policy.motionCoSignersFor(level)) {
      throw new RuleViolationException("coSignerDeputyIds", "a motion needs " + policy.motionCoSignersFor(level)
          + " confirmed co-signers at " + level + " level; " + confirmed + " confirmed");
    }
  }

  /** Whether submitting needs a new number (it keeps the one it had when it was returned). */
  public boolean needsNumber() {
    return number == null;
  }

  /** The proposer withdraws (撤回) — at any time before assignment. */
  public void withdraw(CurrentUser actor, String reason, Instant now) {
    requireProposer(actor);
    requireState("withdraw", DRAFT, SUBMITTED, REGISTERED);
    withdrawReason = reason;
    state = WITHDRAWN;
    close(Outcome.WITHDRAWN, now, false);
    emit(EventName.WITHDRAWN, "撤回 / withdrawn", facts("reason", reason));
  }

  // ---------------------------------------------------------------- registration (立案)

  /** Staff return it to the deputy with reasons (退回修改); the deputy edits and submits again. */
  public void returnToDeputy(CurrentUser actor, String reason) {
    requireStaff(actor);
    requireState("return", SUBMITTED);
    lastReturnReason = requireText("reason", reason, MAX_TEXT);
    state = DRAFT;
    emit(EventName.RETURNED, "退回修改 / returned to the deputy", Map.of("reason", reason));
  }

  /** Staff register it (立案), possibly re-categorised and linked to similar items. */
  public void register(CurrentUser actor, SuggestionCategory newCategory, List<String> similarIds) {
    requireStaff(actor);
    requireState("register", SUBMITTED);
    if (newCategory != null) {
      category = newCategory;
    }
    linkedIds = new ArrayList<>(similarIds == null ? List.of() : similarIds);
    linkedIds.remove(id);
    state = REGISTERED;
    emit(EventName.REGISTERED, "立案 / registered", Map.of("category", category.name(), "linkedIds", List.copyOf(linkedIds)));
  }

  /** Staff decide not to register it (不予立案), e.g. to handle it as a citizen letter. */
  public void notRegister(CurrentUser actor, String reason, Instant now) {
    requireStaff(actor);
    requireState("decline registration", SUBMITTED);
    notRegisteredReason = requireText("reason", reason, MAX_TEXT);
    state = NOT_REGISTERED;
    close(Outcome.NOT_REGISTERED, now, false);
    emit(EventName.NOT_REGISTERED, "不予立案 / not registered", Map.of("reason", reason));
  }

  /** Staff merge it into a similar registered item (合并办理); it is not registered on its own. */
  public void mergeInto(CurrentUser actor, String targetId, Instant now) {
    requireStaff(actor);
    requireState("merge", SUBMITTED);
    if (targetId == null || targetId.equals(id)) {
      throw new RuleViolationException("targetId", "merge into another item");
    }
    mergedInto = targetId;
    notRegisteredReason = "合并至 / merged into " + targetId;
    state = NOT_REGISTERED;
    close(Outcome.NOT_REGISTERED, now, false);
    emit(EventName.NOT_REGISTERED, "合并办理 / merged", Map.of("reason", notRegisteredReason, "mergedInto", targetId));
  }

  // ---------------------------------------------------------------- assignment (交办)

  /** Staff assign it to a lead unit and optional co-units; the reply is due in 3 (complex: 6) months. */
  public void assign(CurrentUser actor, String leadUnitId, List<String> coUnitIds, boolean complex,
      SuggestionPolicy policy, Instant now) {
    requireStaff(actor);
    requireState("assign", REGISTERED);
    setAssignment(leadUnitId, coUnitIds, complex, policy, now);
    emit(EventName.ASSIGNED, "交办 / assigned", assignmentFacts());
  }

  /** The lead unit disputes the assignment (交办异议) within the configured working days. */
  public void dispute(CurrentUser actor, String reason, SuggestionPolicy policy, WorkingCalendar calendar, Instant now) {
    requireLeadUnit(actor);
    requireState("dispute the assignment", ASSIGNED);
    LocalDate last = calendar.plusWorkingDays(assignment.assignedOn(), policy.disputeWorkingDays());
    if (today(now, policy).isAfter(last)) {
      throw new RuleViolationException("reason", "an assignment can be disputed within "
          + policy.disputeWorkingDays() + " working days, until " + last);
    }
    disputeReason = requireText("reason", reason, MAX_TEXT);
    state = ASSIGNMENT_DISPUTED;
    emit(EventName.ASSIGNMENT_DISPUTED, "交办异议 / assignment disputed", Map.of("reason", reason,
        "leadUnitId", assignment.leadUnitId()));
  }

  /** Staff reassign a disputed item (重新交办); the reply is due counting from now. */
  public void reassign(CurrentUser actor, String leadUnitId, List<String> coUnitIds, boolean complex,
      SuggestionPolicy policy, Instant now) {
    requireStaff(actor);
    requireState("reassign", ASSIGNMENT_DISPUTED);
    String previous = assignment.leadUnitId();
    setAssignment(leadUnitId, coUnitIds, complex, policy, now);
    disputeReason = null;
    Map<String, Object> facts = assignmentFacts();
    facts.put("previousLeadUnitId", previous);
    emit(EventName.REASSIGNED, "重新交办 / reassigned", facts);
  }

  // ---------------------------------------------------------------- handling (办理)

  /** The lead unit accepts it, naming its handler (承办人员) and responsible leader (包案领导). */
  public void accept(CurrentUser actor, String handler, String leader, Instant now) {
    requireLeadUnit(actor);
    requireState("accept", ASSIGNED);
    handlerName = requireText("handlerName", handler, 100);
    responsibleLeader = requireText("responsibleLeader", leader, 100);
    state = IN_PROGRESS;
    emit(EventName.HANDLING_STARTED, "开始办理 / handling started", Map.of("handlerName", handlerName,
        "responsibleLeader", responsibleLeader));
  }

  /** A contact with the deputy (三访) logged by the lead unit, or confirmed by the deputy. */
  public void logContact(CurrentUser actor, ContactPhase phase, LocalDate date, ContactMode mode, String notes,
      SuggestionPolicy policy, Instant now) {
    boolean byDeputy = actor.has(Role.DEPUTY) && involvesDeputy(actor.deputyId());
    if (!byDeputy) {
      requireLeadUnit(actor);
    }
    requireState("log a contact", IN_PROGRESS, REHANDLING, REPLIED, EVALUATED);
    require("phase", phase);
    require("mode", mode);
    if (require("date", date).isAfter(today(now, policy))) {
      throw new RuleViolationException("date", "a contact cannot be logged in the future");
    }
    contacts.add(new Contact(phase, date, mode, requireText("notes", notes, MAX_TEXT), actor.subject(), byDeputy));
    emit(EventName.CONTACT_LOGGED, "联系代表 / contact logged", Map.of("phase", phase.name(), "mode", mode.name(),
        "date", date, "confirmedByDeputy", byDeputy));
  }

  /** A co-unit sends its opinion to the lead unit (协办意见), once per round. */
  public void submitCoUnitOpinion(CurrentUser actor, String text, Instant now) {
    requireRole(actor, Role.UNIT_HANDLER, Role.UNIT_HEAD);
    if (assignment == null || !assignment.coUnitIds().contains(actor.unitId())) {
      throw new ForbiddenException("only a co-unit of this item gives a co-unit opinion");
    }
    requireState("give a co-unit opinion", ASSIGNED, IN_PROGRESS, REHANDLING);
    if (coUnitOpinions.stream().anyMatch(o -> o.unitId().equals(actor.unitId()) && o.round() == round)) {
      throw new IllegalTransitionException("give a second co-unit opinion in the same round", state.name());
    }
    coUnitOpinions.add(new CoUnitOpinion(actor.unitId(), round, requireText("text", text, MAX_TEXT), now));
    emit(EventName.CO_UNIT_OPINION_SUBMITTED, "协办意见 / co-unit opinion", Map.of("coUnitId", actor.unitId(),
        "round", round));
  }

  /** Co-units that have not given their opinion in this round. */
  public List<String> coUnitsWithoutOpinion() {
    if (assignment == null) {
      return List.of();
    }
    return assignment.coUnitIds().stream()
        .filter(u -> coUnitOpinions.stream().noneMatch(o -> o.unitId().equals(u) && o.round() == round)).toList();
  }

  /** The commitment a reply makes: what, by when. */
  public record CommitmentDraft(String description, LocalDate dueDate) {}

  /**
   * The handler drafts the reply (拟写答复). B needs at least one commitment, C a reason; every
   * co-unit must have answered unless the handler says why not.
   */
  public void draftReply(CurrentUser actor, ReplyCategory replyCategory, String text, String reason,
      List<CommitmentDraft> promised, String missingOpinionsReason, SuggestionPolicy policy, Instant now) {
    requireLeadUnit(actor);
    requireRole(actor, Role.UNIT_HANDLER);
    requireState("draft a reply", IN_PROGRESS, REHANDLING);
    require("category", replyCategory);
    requireText("text", text, MAX_TEXT);
    List<CommitmentDraft> drafts = promised == null ? List.of() : promised;
    if (replyCategory == ReplyCategory.B && drafts.isEmpty()) {
      throw new RuleViolationException("commitments", "a B reply (being solved or planned) must list commitments");
    }
    if (replyCategory == ReplyCategory.C && (reason == null || reason.isBlank())) {
      throw new RuleViolationException("reason", "a C reply must give the reason it cannot be solved now");
    }
    if (!coUnitsWithoutOpinion().isEmpty() && (missingOpinionsReason == null || missingOpinionsReason.isBlank())) {
      throw new RuleViolationException("missingOpinionsReason",
          "co-units " + coUnitsWithoutOpinion() + " have not answered: wait for them or say why");
    }
    LocalDate today = today(now, policy);
    List<Commitment> made = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      CommitmentDraft d = drafts.get(i);
      requireText("commitments[" + i + "].description", d.description(), 2_000);
      if (d.dueDate() == null || !d.dueDate().isAfter(today)) {
        throw new RuleViolationException("commitments[" + i + "].dueDate", "a commitment is due after today");
      }
      made.add(new Commitment(UUID.randomUUID().toString(), d.description(), d.dueDate(), Commitment.Status.OPEN,
          null, null, null));
    }
    replyDraft = new Reply(round, assignment.leadUnitId(), replyCategory, text, reason, List.copyOf(made),
        actor.subject(), now, null, null, null, null);
    emit(EventName.REPLY_DRAFTED, "拟写答复 / reply drafted", Map.of("replyCategory", replyCategory.name(),
        "commitmentCount", made.size()));
  }

  /** The unit head signs the drafted reply (签发); it goes to the deputies, who have 30 days to rate it. */
  public void signReply(CurrentUser actor, SuggestionPolicy policy, Instant now) {
    requireLeadUnit(actor);
    requireRole(actor, Role.UNIT_HEAD);
    requireState("sign a reply", IN_PROGRESS, REHANDLING);
    if (replyDraft == null) {
      throw new IllegalTransitionException("sign a reply before one is drafted", state.name());
    }
    repliedOn = today(now, policy);
    Reply signed = replyDraft.signed(actor.subject(), now, repliedOn, replyDueDate);
    replies.add(signed);
    commitments.addAll(signed.commitments());
    replyDraft = null;
    evaluationDueDate = repliedOn.plusDays(policy.evaluationDays());
    state = REPLIED;
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("round", round);
    f.put("replyCategory", signed.category().name());
    f.put("onTime", signed.onTime());
    f.put("evaluationDueDate", evaluationDueDate);
    f.put("commitments", signed.commitments().stream()
        .map(c -> Map.of("id", c.id(), "description", c.description(), "dueDate", c.dueDate().toString())).toList());
    emit(EventName.REPLIED, "答复 / replied", f);
  }

  // ---------------------------------------------------------------- evaluation and re-handling

  /**
   * A deputy rates the reply (征询意见), once per round. The proposer's rating decides: satisfied
   * or basically satisfied closes the item; unsatisfied waits for the committee to order
   * re-handling — or closes when the rounds are used up.
   */
  public void evaluate(CurrentUser actor, Rating rating, String comment, SuggestionPolicy policy, Instant now) {
    requireRole(actor, Role.DEPUTY);
    if (!actor.deputyId().equals(proposerDeputyId) && indexOfCoSigner(actor.deputyId()) < 0) {
      throw new ForbiddenException("only the proposer and co-signers rate the reply");
    }
    requireState("evaluate", REPLIED, EVALUATED, CLOSED, PUBLISHED);
    if (replies.isEmpty() || replies.get(replies.size() - 1).round() != round) {
      throw new IllegalTransitionException("evaluate before the reply of this round", state.name());
    }
    if (today(now, policy).isAfter(evaluationDueDate)) {
      throw new RuleViolationException("rating", "the evaluation window closed on " + evaluationDueDate);
    }
    if (evaluations.stream().anyMatch(e -> e.deputyId().equals(actor.deputyId()) && e.round() == round)) {
      throw new IllegalTransitionException("evaluate twice", state.name());
    }
    boolean proposer = actor.deputyId().equals(proposerDeputyId);
    evaluations.add(new Evaluation(actor.deputyId(), round, require("rating", rating), comment, now));
    emit(EventName.EVALUATED, "评价答复 / evaluated", Map.of("deputyId", actor.deputyId(), "rating", rating.name(),
        "round", round, "byProposer", proposer));
    if (proposer && state == REPLIED) {
      state = EVALUATED;
      if (rating.satisfied()) {
        close(Outcome.valueOf(rating.name()), now, true);
      } else if (round >= policy.maxRehandlingRounds()) {
        close(Outcome.UNSATISFIED, now, true);
      }
    }
  }

  /** The proposer's rating of the current round, if given. */
  public Rating proposerRating() {
    return evaluations.stream().filter(e -> e.round() == round && e.deputyId().equals(proposerDeputyId))
        .map(Evaluation::rating).findFirst().orElse(null);
  }

  /** Staff order re-handling (再作研究办理) by the same unit or its superior, due in 1 month. */
  public void orderRehandling(CurrentUser actor, String unitId, SuggestionPolicy policy, Instant now) {
    requireStaff(actor);
    requireState("order re-handling", EVALUATED);
    if (proposerRating() != Rating.UNSATISFIED) {
      throw new IllegalTransitionException("order re-handling of a satisfied item", state.name());
    }
    if (round >= policy.maxRehandlingRounds()) {
      throw new RuleViolationException("unitId", "at most " + policy.maxRehandlingRounds() + " re-handling rounds");
    }
    round++;
    String lead = unitId == null || unitId.isBlank() ? assignment.leadUnitId() : unitId;
    LocalDate today = today(now, policy);
    assignment = new Assignment(lead, assignment.coUnitIds().stream().filter(u -> !u.equals(lead)).toList(),
        assignment.complex(), now, today, today.plusMonths(policy.rehandlingMonths()));
    replyDueDate = assignment.replyDueDate();
    evaluationDueDate = null;
    state = REHANDLING;
    emit(EventName.REHANDLING_ORDERED, "再作研究办理 / re-handling ordered", Map.of("round", round,
        "leadUnitId", lead, "replyDueDate", replyDueDate));
  }

  /** Staff close an item whose proposer stays unsatisfied without ordering another round. */
  public void closeUnsatisfied(CurrentUser actor, Instant now) {
    requireStaff(actor);
    requireState("close", EVALUATED);
    close(Outcome.UNSATISFIED, now, true);
  }

  // ---------------------------------------------------------------- publication (公开)

  /** Staff keep it from publication (不予公开) — personal data, state secrets — with the reason. */
  public void markNotPublic(CurrentUser actor, String reason) {
    requireStaff(actor);
    if (state == PUBLISHED) {
      throw new IllegalTransitionException("withhold a published item", state.name());
    }
    notPublic = true;
    notPublicReason = requireText("reason", reason, MAX_TEXT);
    emit(EventName.MARKED_NOT_PUBLIC, "不予公开 / not public", Map.of("reason", reason));
  }

  /** Staff publish a closed item with its replies (公开). */
  public void publish(CurrentUser actor, Instant now) {
    requireStaff(actor);
    requireState("publish", CLOSED);
    if (notPublic) {
      throw new RuleViolationException("notPublic", "marked not public: " + notPublicReason);
    }
    if (outcome == Outcome.WITHDRAWN || outcome == Outcome.NOT_REGISTERED) {
      throw new IllegalTransitionException("publish an item that was never handled", state.name());
    }
    publishedAt = now;
    state = PUBLISHED;
    emit(EventName.PUBLISHED, "公开 / published", Map.of("publishedAt", now));
  }

  // ---------------------------------------------------------------- key items, direct channel

  /** Staff mark it a key suggestion (重点督办) with its supervising leader (领衔督办). */
  public void markKey(CurrentUser actor, String leaderId) {
    requireStaff(actor);
    requireState("mark as key", REGISTERED, ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REPLIED, EVALUATED, REHANDLING);
    supervisingLeaderId = requireText("leaderId", leaderId, 100);
    emit(EventName.MARKED_KEY, "重点督办 / marked key", Map.of("leaderId", leaderId));
  }

  /** The supervising leader adds a note (督办意见), possibly asking the unit for a progress report. */
  public void addSupervisionNote(CurrentUser actor, String text, boolean requestReport, Instant now) {
    requireRole(actor, Role.LEADER);
    if (supervisingLeaderId == null || !supervisingLeaderId.equals(actor.subject())) {
      // a leader may supervise, but this item is not theirs to: a rule about the item, not the role
      throw new RuleViolationException("leaderId", supervisingLeaderId == null
          ? "this is not a key item; staff mark key items and name their supervising leader"
          : "only the supervising leader of this key item adds notes");
    }
    requireState("add a supervision note", ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REPLIED, EVALUATED, REHANDLING);
    supervisionNotes.add(new SupervisionNote(actor.subject(), requireText("text", text, MAX_TEXT), requestReport, now));
    emit(EventName.SUPERVISION_NOTE_ADDED, "督办意见 / supervision note", Map.of("leaderId", actor.subject(),
        "progressReportRequested", requestReport));
  }

  /** Between sessions, staff send an important item straight to party/government leaders (直通车). */
  public void sendDirectChannel(CurrentUser actor, List<String> recipients, Instant now) {
    requireStaff(actor);
    requireState("send by direct channel", REGISTERED, ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING);
    if (session != Session.RECESS) {
      throw new RuleViolationException("session", "the direct channel is for items submitted between sessions");
    }
    if (directChannel != null) {
      throw new IllegalTransitionException("send by direct channel twice", state.name());
    }
    if (recipients == null || recipients.isEmpty()) {
      throw new RuleViolationException("recipients", "name at least one recipient");
    }
    directChannel = new DirectChannel(List.copyOf(recipients), now, null, null, null);
    emit(EventName.DIRECT_CHANNEL_SENT, "直通车报送 / sent by direct channel", Map.of("recipients", List.copyOf(recipients)));
  }

  /** Staff record the leaders' instruction (批示) on a direct-channel item. */
  public void recordInstruction(CurrentUser actor, String text, String by, Instant now) {
    requireStaff(actor);
    if (directChannel == null) {
      throw new IllegalTransitionException("record an instruction before sending by direct channel", state.name());
    }
    if (directChannel.instruction() != null) {
      throw new IllegalTransitionException("record a second instruction", state.name());
    }
    directChannel = directChannel.withInstruction(requireText("text", text, MAX_TEXT), requireText("by", by, 100), now);
    emit(EventName.INSTRUCTION_RECORDED, "领导批示 / instruction recorded", Map.of("by", by));
  }

  // ---------------------------------------------------------------- commitments ledger

  /** The lead unit reports a commitment fulfilled, with evidence (承诺兑现). */
  public void fulfilCommitment(CurrentUser actor, String commitmentId, String evidence, SuggestionPolicy policy,
      Instant now) {
    requireLeadUnit(actor);
    if (!AFTER_REPLY.contains(state) && state != REHANDLING) {
      throw new IllegalTransitionException("fulfil a commitment", state.name());
    }
    int index = indexOfCommitment(commitmentId);
    Commitment c = commitments.get(index);
    if (!c.unfulfilled()) {
      throw new IllegalTransitionException("fulfil a commitment twice", c.status().name());
    }
    commitments.set(index, c.fulfilled(requireText("evidence", evidence, MAX_TEXT), now, today(now, policy)));
    LocalDate due = c.dueDate();
    emit(EventName.COMMITMENT_FULFILLED, "承诺兑现 / commitment fulfilled", Map.of("commitmentId", commitmentId,
        "dueDate", due, "late", c.status() == Commitment.Status.OVERDUE));
  }

  /** Staff open a look-back (回头看) on a closed item whose commitments are not all fulfilled. */
  public void openLookBack(CurrentUser actor, String note) {
    requireStaff(actor);
    requireState("open a look-back", CLOSED, PUBLISHED);
    if (commitments.stream().noneMatch(Commitment::unfulfilled)) {
      throw new RuleViolationException("commitments", "every commitment is fulfilled: nothing to look back on");
    }
    lookBack = true;
    emit(EventName.LOOK_BACK_OPENED, "回头看 / look-back opened", facts("note", note));
  }

  // ---------------------------------------------------------------- deadlines

  /**
   * Applies what the date brings: reminders (each once — remembered by key), commitments turning
   * overdue, the evaluation window closing. Returns whether anything changed.
   */
  public boolean applyDeadlines(LocalDate today, SuggestionPolicy policy, Instant now) {
    int before = pendingEvents.size();
    if (HANDLING.contains(state) && replyDueDate != null) {
      long daysLeft = ChronoUnit.DAYS.between(today, replyDueDate);
      if (daysLeft >= 0) {
        policy.replyDueSoonDays().stream().filter(d -> daysLeft <= d).min(Integer::compare).ifPresent(d -> {
          // A missed larger threshold is not sent late: the tighter one says more.
          policy.replyDueSoonDays().stream().filter(x -> x > d).forEach(x -> remindersSent.add(replyKey("due-soon", x)));
          remindOnce(replyKey("due-soon", d), EventName.REPLY_DUE_SOON, "答复即将到期 / reply due soon",
              Map.of("replyDueDate", replyDueDate, "daysLeft", daysLeft, "round", round));
        });
      } else {
        long overdueDays = -daysLeft;
        long occurrence = (overdueDays - 1) / policy.overdueRepeatDays();
        remindOnce(replyKey("overdue", (int) occurrence), EventName.REPLY_OVERDUE, "答复逾期 / reply overdue",
            Map.of("replyDueDate", replyDueDate, "daysOverdue", overdueDays, "round", round));
      }
      LocalDate opinionDue = replyDueDate.minusMonths(policy.coUnitOpinionLeadMonths());
      if (!today.isBefore(opinionDue)) {
        for (String unit : coUnitsWithoutOpinion()) {
          remindOnce("co-unit-opinion-due:r" + round + ":" + unit, EventName.CO_UNIT_OPINION_DUE,
              "协办意见到期 / co-unit opinion due", Map.of("coUnitId", unit, "opinionDueDate", opinionDue));
        }
      }
    }
    if (state == REPLIED && evaluationDueDate != null) {
      if (today.isAfter(evaluationDueDate)) {
        close(Outcome.NOT_EVALUATED, now, true);
      } else {
        for (int day : policy.evaluationReminderDays()) {
          if (!today.isBefore(repliedOn.plusDays(day))) {
            remindOnce("evaluation-due:r" + round + ":d" + day, EventName.EVALUATION_DUE_SOON,
                "请评价答复 / please rate the reply", Map.of("evaluationDueDate", evaluationDueDate,
                    "pendingDeputyIds", deputiesYetToEvaluate()));
          }
        }
      }
    }
    for (int i = 0; i < commitments.size(); i++) {
      Commitment c = commitments.get(i);
      if (c.status() != Commitment.Status.OPEN) {
        continue;
      }
      if (today.isAfter(c.dueDate())) {
        commitments.set(i, c.overdue());
        emit(EventName.COMMITMENT_OVERDUE, "承诺逾期 / commitment overdue", Map.of("commitmentId", c.id(),
            "dueDate", c.dueDate(), "description", c.description()));
      } else if (!today.isBefore(c.dueDate().minusDays(policy.commitmentDueSoonDays()))) {
        remindOnce("commitment-due:" + c.id(), EventName.COMMITMENT_DUE_SOON, "承诺即将到期 / commitment due soon",
            Map.of("commitmentId", c.id(), "dueDate", c.dueDate(), "description", c.description()));
      }
    }
    return pendingEvents.size() > before;
  }

  /** The earliest date on which {@link #applyDeadlines} may have something to do; null when never. */
  public LocalDate nextDeadlineCheck(SuggestionPolicy policy) {
    List<LocalDate> dates = new ArrayList<>();
    if (HANDLING.contains(state) && replyDueDate != null) {
      int largest = policy.replyDueSoonDays().stream().max(Integer::compare).orElse(0);
      dates.add(replyDueDate.minusMonths(policy.coUnitOpinionLeadMonths()));
      dates.add(replyDueDate.minusDays(largest));
    }
    if (state == REPLIED && repliedOn != null) {
      policy.evaluationReminderDays().forEach(d -> dates.add(repliedOn.plusDays(d)));
      dates.add(evaluationDueDate.plusDays(1));
    }
    commitments.stream().filter(c -> c.status() == Commitment.Status.OPEN)
        .forEach(c -> dates.add(c.dueDate().minusDays(policy.commitmentDueSoonDays())));
    return dates.stream().min(LocalDate::compareTo).orElse(null);
  }

  public List<String> deputiesYetToEvaluate() {
    List<String> all = new ArrayList<>();
    all.add(proposerDeputyId);
    coSigners.forEach(c -> all.add(c.deputyId()));
    all.removeIf(d -> evaluations.stream().anyMatch(e -> e.deputyId().equals(d) && e.round() == round));
    return all;
  }

  private String replyKey(String kindOfReminder, int n) {
    return "reply-" + kindOfReminder + ":r" + round + ":" + n;
  }

  private void remindOnce(String key, EventName name, String summary, Map<String, Object> facts) {
    if (remindersSent.add(key)) {
      emit(name, summary, facts);
    }
  }

  // ---------------------------------------------------------------- who may see it

  /**
   * Who may see the item: the proposer and co-signers; the committee office, leaders and admins
   * of its congress once it has been submitted; the units it is assigned to. Other congresses
   * never (checked by the caller, which knows the tenant).
   */
  public boolean visibleTo(CurrentUser user) {
    if (!congressId.equals(user.congressId())) {
      return false;
    }
    if (involvesDeputy(user.deputyId())) {
      return true;
    }
    if (user.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      return number != null; // a draft never submitted is the deputy's own
    }
    return user.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) && assignment != null && assignment.involves(user.unitId());
  }

  /** Whether this deputy proposed or is named to co-sign it. */
  public boolean involvesDeputy(String deputyId) {
    return deputyId != null && (deputyId.equals(proposerDeputyId) || indexOfCoSigner(deputyId) >= 0);
  }

  /** The events of the changes since it was loaded; taken once, by the save. */
  public List<SuggestionEvent> takeEvents() {
    List<SuggestionEvent> events = List.copyOf(pendingEvents);
    pendingEvents.clear();
    return events;
  }

  // ---------------------------------------------------------------- helpers

  private void setContent(String newTitle, String newBody, SuggestionCategory newCategory, List<String> coSignerIds) {
    title = requireText("title", newTitle, MAX_TITLE).strip();
    body = requireText("body", newBody, MAX_BODY).strip();
    category = require("category", newCategory);
    List<CoSigner> next = new ArrayList<>();
    for (String deputyId : coSignerIds == null ? List.<String>of() : coSignerIds) {
      if (deputyId == null || deputyId.isBlank() || deputyId.equals(proposerDeputyId)
          || next.stream().anyMatch(c -> c.deputyId().equals(deputyId))) {
        continue;
      }
      int old = indexOfCoSigner(deputyId);
      next.add(old >= 0 ? coSigners.get(old) : new CoSigner(deputyId, null));
    }
    coSigners = next;
  }

  private void setAssignment(String leadUnitId, List<String> coUnitIds, boolean complex, SuggestionPolicy policy,
      Instant now) {
    requireText("leadUnitId", leadUnitId, 100);
    List<String> coUnits = coUnitIds == null ? List.of()
        : coUnitIds.stream().filter(u -> u != null && !u.isBlank() && !u.equals(leadUnitId)).distinct().toList();
    LocalDate today = today(now, policy);
    LocalDate due = today.plusMonths(complex ? policy.complexReplyMonths() : policy.replyMonths());
    assignment = new Assignment(leadUnitId, coUnits, complex, now, today, due);
    replyDueDate = due;
    state = ASSIGNED;
  }

  private Map<String, Object> assignmentFacts() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("leadUnitId", assignment.leadUnitId());
    f.put("coUnitIds", assignment.coUnitIds());
    f.put("complex", assignment.complex());
    f.put("replyDueDate", assignment.replyDueDate());
    return f;
  }

  private void close(Outcome how, Instant now, boolean emitClosed) {
    outcome = how;
    closedAt = now;
    if (how != Outcome.WITHDRAWN && how != Outcome.NOT_REGISTERED) {
      state = CLOSED;
    }
    if (emitClosed) {
      emit(EventName.CLOSED, "办结 / closed", Map.of("outcome", how.name(), "round", round));
    }
  }

  private void emit(EventName name, String summary, Map<String, Object> facts) {
    if (pendingEvents == null) {
      pendingEvents = new ArrayList<>();
    }
    pendingEvents.add(new SuggestionEvent(name, summary, facts));
  }

  private static Map<String, Object> facts(String key, Object value) {
    Map<String, Object> f = new LinkedHashMap<>();
    if (value != null) {
      f.put(key, value);
    }
    return f;
  }

  private int indexOfCoSigner(String deputyId) {
    for (int i = 0; i < coSigners.size(); i++) {
      if (coSigners.get(i).deputyId().equals(deputyId)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOfCommitment(String commitmentId) {
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).id().equals(commitmentId)) {
        return i;
      }
    }
    throw new RuleViolationException("commitmentId", "no commitment " + commitmentId + " on this item");
  }

  private void requireState(String action, SuggestionState... allowed) {
    for (SuggestionState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw new IllegalTransitionException(action, state.name());
  }

  private void requireProposer(CurrentUser actor) {
    requireRole(actor, Role.DEPUTY);
    if (!proposerDeputyId.equals(actor.deputyId())) {
      throw new ForbiddenException("only the proposing deputy may do this");
    }
  }

  private void requireLeadUnit(CurrentUser actor) {
    requireRole(actor, Role.UNIT_HANDLER, Role.UNIT_HEAD);
    if (assignment == null || !assignment.leadUnitId().equals(actor.unitId())) {
      throw new ForbiddenException("only the lead unit of this item may do this");
    }
  }

  private static void requireStaff(CurrentUser actor) {
    requireRole(actor, Role.COMMITTEE_STAFF);
  }

  private static void requireDeputy(CurrentUser actor) {
    requireRole(actor, Role.DEPUTY);
    if (actor.deputyId() == null) {
      throw new ForbiddenException("the token names no deputy");
    }
  }

  private static void requireRole(CurrentUser actor, Role... roles) {
    if (!actor.hasAny(roles)) {
      throw new ForbiddenException("needs role " + java.util.Arrays.toString(roles));
    }
  }

  private static <T> T require(String field, T value) {
    if (value == null) {
      throw new RuleViolationException(field, field + " is required");
    }
    return value;
  }

  private static String requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new RuleViolationException(field, field + " must not be blank");
    }
    if (value.length() > max) {
      throw new RuleViolationException(field, field + " must have at most " + max + " characters");
    }
    return value;
  }

  private static LocalDate today(Instant now, SuggestionPolicy policy) {
    return LocalDate.ofInstant(now, policy.zone());
  }

  // ---------------------------------------------------------------- read access

  public String id() { return id; }
  public String congressId() { return congressId; }
  public SuggestionKind kind() { return kind; }
  public Session session() { return session; }
  public boolean byDelegation() { return byDelegation; }
  public String title() { return title; }
  public String body() { return body; }
  public SuggestionCategory category() { return category; }
  public String proposerDeputyId() { return proposerDeputyId; }
  public List<CoSigner> coSigners() { return List.copyOf(coSigners); }
  public List<String> coSignerDeputyIds() { return coSigners.stream().map(CoSigner::deputyId).toList(); }
  public SuggestionState state() { return state; }
  public SuggestionNumber number() { return number; }
  public Instant createdAt() { return createdAt; }
  public Instant submittedAt() { return submittedAt; }
  public String lastReturnReason() { return lastReturnReason; }
  public String notRegisteredReason() { return notRegisteredReason; }
  public String mergedInto() { return mergedInto; }
  public String withdrawReason() { return withdrawReason; }
  public List<String> linkedIds() { return List.copyOf(linkedIds); }
  public Assignment assignment() { return assignment; }
  public String disputeReason() { return disputeReason; }
  public LocalDate replyDueDate() { return replyDueDate; }
  public int round() { return round; }
  public String handlerName() { return handlerName; }
  public String responsibleLeader() { return responsibleLeader; }
  public List<Contact> contacts() { return List.copyOf(contacts); }
  public List<CoUnitOpinion> coUnitOpinions() { return List.copyOf(coUnitOpinions); }
  public Reply replyDraft() { return replyDraft; }
  public List<Reply> replies() { return List.copyOf(replies); }
  /** The latest signed reply, or null. */
  public Reply latestReply() { return replies.isEmpty() ? null : replies.get(replies.size() - 1); }
  public LocalDate repliedOn() { return repliedOn; }
  public LocalDate evaluationDueDate() { return evaluationDueDate; }
  public List<Evaluation> evaluations() { return List.copyOf(evaluations); }
  public String supervisingLeaderId() { return supervisingLeaderId; }
  public List<SupervisionNote> supervisionNotes() { return List.copyOf(supervisionNotes); }
  public DirectChannel directChannel() { return directChannel; }
  public boolean notPublic() { return notPublic; }
  public String notPublicReason() { return notPublicReason; }
  public Instant publishedAt() { return publishedAt; }
  public Instant closedAt() { return closedAt; }
  public Outcome outcome() { return outcome; }
  public List<Commitment> commitments() { return List.copyOf(commitments); }
  public boolean lookBack() { return lookBack; }
  public Set<String> remindersSent() { return Set.copyOf(remindersSent); }
}
