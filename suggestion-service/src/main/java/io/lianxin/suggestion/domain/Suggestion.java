package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.SuggestionState.*;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.suggestion.domain.DeadlineSchedule.CommitmentTurnsOverdue;
import io.lianxin.suggestion.domain.DeadlineSchedule.Due;
import io.lianxin.suggestion.domain.DeadlineSchedule.Reminder;
import io.lianxin.suggestion.domain.SuggestionEvent.*;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
  /** The most a working group's deputy writes of one inspection's findings. */
  public static final int MAX_FINDINGS = 5_000;
  /** The most deputies a key item's working group has. */
  public static final int MAX_WORKING_GROUP = 30;

  private static final Set<SuggestionState> AFTER_REPLY = EnumSet.of(REPLIED, EVALUATED, CLOSED, PUBLISHED);
  /** While a key item is supervised: from registration until it closes (its working group, inspections, reports). */
  private static final SuggestionState[] UNDER_SUPERVISION = {REGISTERED, ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS,
      REPLY_IN_REVIEW, REPLY_AWAITING_SIGN_OFF, REPLIED, EVALUATED, REHANDLING};

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
  private String mergedIntoNumber;
  private String withdrawReason;
  private List<String> linkedIds = new ArrayList<>();
  private MotionDecision motionDecision;
  private MotionDeliberation deliberation;
  private String convertedToId;
  private String convertedToNumber;
  private String convertedFromId;
  private String convertedFromNumber;
  private Assignment assignment;
  private String disputeReason;
  private LocalDate replyDueDate;
  private int round;
  private String handlerName;
  private String responsibleLeader;
  private List<Contact> contacts = new ArrayList<>();
  private List<CoUnitOpinion> coUnitOpinions = new ArrayList<>();
  private Reply replyDraft;
  private Reply replyUnderReview;
  private LocalDate reviewStartedOn;
  private List<ReplyReviewStep> replyReviews = new ArrayList<>();
  private List<Reply> replies = new ArrayList<>();
  private LocalDate repliedOn;
  private LocalDate evaluationDueDate;
  private List<Evaluation> evaluations = new ArrayList<>();
  private String supervisingLeaderId;
  private List<SupervisionNote> supervisionNotes = new ArrayList<>();
  private List<String> workingGroupDeputyIds = new ArrayList<>();
  private List<Inspection> inspections = new ArrayList<>();
  private DirectChannel directChannel;
  private boolean notPublic;
  private String notPublicReason;
  private Instant publishedAt;
  private PublicText publicVersion;
  private Instant closedAt;
  private Outcome outcome;
  private List<Commitment> commitments = new ArrayList<>();
  private boolean lookBack;
  private Set<String> remindersSent = new HashSet<>();
  private DraftOrigin origin;
  private transient List<SuggestionEvent> pendingEvents = new ArrayList<>();

  /** For the persistence mapping only. */
  private Suggestion() {}

  // ---------------------------------------------------------------- drafting and submission

  /** A deputy starts a draft (起草), naming the deputies asked to co-sign. */
  public static Suggestion draft(String id, CurrentUser deputy, SuggestionDraft draft, Instant now) {
    Guard.deputy(deputy);
    Suggestion s = new Suggestion();
    s.id = id;
    s.congressId = deputy.congressId();
    s.kind = Guard.present("kind", draft.kind());
    s.session = Guard.present("session", draft.session());
    s.byDelegation = draft.byDelegation() && draft.kind() == SuggestionKind.MOTION;
    s.proposerDeputyId = deputy.deputyId();
    s.state = DRAFT;
    s.createdAt = now;
    s.setContent(draft.title(), draft.body(), draft.category(), draft.coSignerDeputyIds());
    s.record(new Drafted(s.session));
    return s;
  }

  /**
   * The draft of a voter's opinion a deputy on duty took up at a home or station (代表领办群众意见):
   * the deputy's suggestion between sessions, titled as they titled it when taking it up, its body
   * the opinion's text, of category OTHER until the deputy says otherwise, and its origin (tracking
   * code, station, day received). It is the deputy's draft like any other: they edit it, ask
   * co-signers and submit it; the office sees it only once submitted.
   */
  public static Suggestion fromVoterOpinion(String id, TakenUpOpinion opinion, Instant now) {
    Suggestion s = new Suggestion();
    s.id = id;
    s.congressId = opinion.congressId();
    s.kind = SuggestionKind.SUGGESTION;
    s.session = Session.RECESS;
    s.proposerDeputyId = Guard.text("deputyId", opinion.deputyId(), 100);
    s.state = DRAFT;
    s.createdAt = now;
    s.origin = opinion.origin();
    s.setContent(opinion.draftTitle(), opinion.text(), SuggestionCategory.OTHER, List.of());
    s.record(new Drafted(s.session));
    return s;
  }

  /** The proposer edits the draft (kind, session and delegation stay); confirmations of co-signers still named are kept. */
  public void edit(CurrentUser actor, SuggestionDraft changed) {
    requireProposer(actor);
    Guard.inState(state, "edit", DRAFT);
    setContent(changed.title(), changed.body(), changed.category(), changed.coSignerDeputyIds());
    record(new Edited());
  }

  /** A deputy named as co-signer confirms (联名确认). */
  public void confirmCoSignature(CurrentUser actor, Instant now) {
    Guard.role(actor, Role.DEPUTY);
    Guard.inState(state, "confirm a co-signature", DRAFT);
    int index = indexOfCoSigner(actor.deputyId());
    Guard.permitted(index >= 0, "only a deputy asked to co-sign can confirm");
    Guard.transition(!coSigners.get(index).confirmed(), "confirm a co-signature twice", state.name());
    coSigners.set(index, new CoSigner(actor.deputyId(), now));
    record(new CoSignatureConfirmed(actor.deputyId()));
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
      number = Guard.present("number", assigned);
    }
    state = SUBMITTED;
    submittedAt = now;
    record(new Submitted(session, now));
  }

  /** The checks of {@link #submit}, so that a number is reserved only for an item that can be submitted. */
  public void checkCanSubmit(CurrentUser actor, CongressLevel level, SuggestionPolicy policy) {
    requireProposer(actor);
    Guard.inState(state, "submit", DRAFT);
    long confirmed = coSigners.stream().filter(CoSigner::confirmed).count();
    Guard.rule(kind != SuggestionKind.MOTION || byDelegation || confirmed >= policy.motionCoSignersFor(level),
        "coSignerDeputyIds", "a motion needs " + policy.motionCoSignersFor(level)
            + " confirmed co-signers at " + level + " level; " + confirmed + " confirmed");
  }

  /** Whether submitting needs a new number (it keeps the one it had when it was returned). */
  public boolean needsNumber() {
    return number == null;
  }

  /** The proposer withdraws (撤回) — at any time before assignment. */
  public void withdraw(CurrentUser actor, String reason, Instant now) {
    requireProposer(actor);
    Guard.inState(state, "withdraw", DRAFT, SUBMITTED, REGISTERED);
    withdrawReason = reason;
    state = WITHDRAWN;
    endUnhandled(Outcome.WITHDRAWN, now);
    record(new Withdrawn(reason));
  }

  // ---------------------------------------------------------------- registration (立案)

  /** Staff return it to the deputy with reasons (退回修改); the deputy edits and submits again. */
  public void returnToDeputy(CurrentUser actor, String reason) {
    requireStaff(actor);
    Guard.inState(state, "return", SUBMITTED);
    lastReturnReason = Guard.text("reason", reason, MAX_TEXT);
    state = DRAFT;
    record(new Returned(reason));
  }

  /** Staff register it (立案), possibly re-categorised and linked to similar items. */
  public void register(CurrentUser actor, SuggestionCategory newCategory, List<String> similarIds) {
    requireStaff(actor);
    Guard.inState(state, "register", SUBMITTED);
    if (newCategory != null) {
      category = newCategory;
    }
    linkedIds = new ArrayList<>(similarIds == null ? List.of() : similarIds);
    linkedIds.remove(id);
    state = REGISTERED;
    record(new Registered(category, linkedIds));
  }

  /** Staff decide not to register it (不予立案), e.g. to handle it as a citizen letter. */
  public void notRegister(CurrentUser actor, String reason, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "decline registration", SUBMITTED);
    notRegisteredReason = Guard.text("reason", reason, MAX_TEXT);
    state = NOT_REGISTERED;
    endUnhandled(Outcome.NOT_REGISTERED, now);
    record(new NotRegistered(reason, null, null));
  }

  /**
   * Staff merge it into a similar registered item (合并办理); it is not registered on its own. It
   * keeps the target's number, which its deputies are told; they follow the target (see
   * {@link MergedItems}).
   */
  public void mergeInto(CurrentUser actor, Suggestion target, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "merge", SUBMITTED);
    Guard.rule(target != null && !target.id().equals(id), "targetId", "merge into another item");
    Guard.rule(target.congressId().equals(congressId) && target.number() != null
        && EnumSet.of(DRAFT, SUBMITTED, NOT_REGISTERED, WITHDRAWN).stream().noneMatch(x -> x == target.state()),
        "targetId", "merge into a registered item; " + target.id() + " is " + target.state());
    mergedInto = target.id();
    mergedIntoNumber = target.number().toString();
    notRegisteredReason = "合并至 / merged into " + mergedIntoNumber;
    state = NOT_REGISTERED;
    endUnhandled(Outcome.NOT_REGISTERED, now);
    record(new NotRegistered(notRegisteredReason, mergedInto, mergedIntoNumber));
  }

  // ---------------------------------------------------------------- a motion's own path (议案)

  /**
   * The presidium (during the session) or the chair's council (between sessions) places a
   * registered motion on the agenda and hands it to a special committee (列入议程，交专门委员会审议);
   * the committee office records the decision on the body's behalf. A motion is never assigned to
   * a unit as a suggestion is.
   */
  public void placeOnAgenda(CurrentUser actor, String committee, String note, Instant now) {
    requireRegisteredMotion(actor, "place on the agenda");
    MotionBody body = MotionBody.deciding(session);
    String kept = optionalText("note", note);
    motionDecision = new MotionDecision(body, MotionDecision.Path.ON_AGENDA, Guard.text("committee", committee, 200),
        kept, actor.subject(), now);
    state = ON_AGENDA;
    record(new MotionPlacedOnAgenda(body, motionDecision.committee(), kept));
  }

  /**
   * The office records the special committee's deliberation and its outcome (审议结果): adopted,
   * not adopted, or referred (with a note saying where). The motion's path ends here.
   */
  public void recordDeliberation(CurrentUser actor, MotionResult result, String note, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "record a deliberation", ON_AGENDA);
    Guard.present("result", result);
    Guard.rule(result != MotionResult.REFERRED || !Guard.blank(note), "note",
        "a motion referred onwards says in the note where it was referred");
    String kept = optionalText("note", note);
    deliberation = new MotionDeliberation(result, kept, actor.subject(), now);
    state = DELIBERATED;
    closedAt = now;
    record(new MotionDeliberated(motionDecision.committee(), result, kept));
  }

  /** The checks of {@link #convertToSuggestion}, so that a number is reserved only for a motion that can be converted. */
  public void checkCanConvert(CurrentUser actor) {
    requireRegisteredMotion(actor, "convert to a suggestion");
  }

  /**
   * The presidium or the chair's council converts a registered motion to a suggestion (转为建议):
   * a new item {@code suggestionId} with its own number, registered (to be assigned as every
   * suggestion is), with the motion's content, proposer and co-signers, and a link back; the
   * motion shows the suggestion's id and number. Returns the new suggestion, to be inserted.
   */
  public Suggestion convertToSuggestion(CurrentUser actor, String suggestionId, SuggestionNumber suggestionNumber,
      String note, Instant now) {
    checkCanConvert(actor);
    Guard.rule(Guard.present("number", suggestionNumber).kind() == SuggestionKind.SUGGESTION, "number",
        "the converted item is numbered as a suggestion");
    String kept = optionalText("note", note);
    Suggestion converted = new Suggestion();
    converted.id = suggestionId;
    converted.congressId = congressId;
    converted.kind = SuggestionKind.SUGGESTION;
    converted.session = session;
    converted.title = title;
    converted.body = body;
    converted.category = category;
    converted.proposerDeputyId = proposerDeputyId;
    converted.coSigners = new ArrayList<>(coSigners);
    converted.number = suggestionNumber;
    converted.createdAt = now;
    converted.submittedAt = submittedAt;
    converted.convertedFromId = id;
    converted.convertedFromNumber = number.toString();
    converted.state = REGISTERED;
    converted.record(new ConvertedFromMotion(id, converted.convertedFromNumber));
    MotionBody decidedBy = MotionBody.deciding(session);
    motionDecision = new MotionDecision(decidedBy, MotionDecision.Path.CONVERTED_TO_SUGGESTION, null, kept,
        actor.subject(), now);
    convertedToId = suggestionId;
    convertedToNumber = suggestionNumber.toString();
    state = CONVERTED_TO_SUGGESTION;
    closedAt = now;
    record(new MotionConverted(decidedBy, convertedToId, convertedToNumber, kept));
    return converted;
  }

  private void requireRegisteredMotion(CurrentUser actor, String action) {
    requireStaff(actor);
    Guard.inState(state, action, REGISTERED);
    Guard.transition(kind == SuggestionKind.MOTION, action + ": only a motion (议案) takes this path", state.name());
  }

  private static String optionalText(String field, String text) {
    return Guard.blank(text) ? null : Guard.text(field, text, MAX_TEXT);
  }

  // ---------------------------------------------------------------- assignment (交办)

  /**
   * Staff assign a registered suggestion to a lead unit and optional co-units; the reply is due in
   * 3 (complex: 6) months. A motion is not assigned: the presidium or the chair's council decides
   * it ({@link #placeOnAgenda}, {@link #convertToSuggestion}).
   */
  public void assign(CurrentUser actor, AssignTo to, SuggestionPolicy policy, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "assign", REGISTERED);
    Guard.transition(kind != SuggestionKind.MOTION,
        "assign a motion: the presidium or the chair's council places it on the agenda or converts it", state.name());
    setAssignment(to, policy, now);
    record(new Assigned(assignment.leadUnitId(), assignment.coUnitIds(), assignment.complex(), assignment.replyDueDate()));
  }

  /** The lead unit disputes the assignment (交办异议) within the configured working days. */
  public void dispute(CurrentUser actor, String reason, SuggestionPolicy policy, WorkingCalendar calendar, Instant now) {
    requireLeadUnit(actor);
    Guard.inState(state, "dispute the assignment", ASSIGNED);
    LocalDate last = calendar.plusWorkingDays(assignment.assignedOn(), policy.disputeWorkingDays());
    Guard.rule(!today(now, policy).isAfter(last), "reason", "an assignment can be disputed within "
        + policy.disputeWorkingDays() + " working days, until " + last);
    disputeReason = Guard.text("reason", reason, MAX_TEXT);
    state = ASSIGNMENT_DISPUTED;
    record(new AssignmentDisputed(reason, assignment.leadUnitId()));
  }

  /** Staff reassign a disputed item (重新交办); the reply is due counting from now. */
  public void reassign(CurrentUser actor, AssignTo to, SuggestionPolicy policy, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "reassign", ASSIGNMENT_DISPUTED);
    String previous = assignment.leadUnitId();
    setAssignment(to, policy, now);
    disputeReason = null;
    record(new Reassigned(assignment.leadUnitId(), assignment.coUnitIds(), assignment.complex(),
        assignment.replyDueDate(), previous));
  }

  // ---------------------------------------------------------------- handling (办理)

  /** The lead unit accepts it, naming its handler (承办人员) and responsible leader (包案领导). */
  public void accept(CurrentUser actor, String handler, String leader, Instant now) {
    requireLeadUnit(actor);
    Guard.inState(state, "accept", ASSIGNED);
    handlerName = Guard.text("handlerName", handler, 100);
    responsibleLeader = Guard.text("responsibleLeader", leader, 100);
    state = IN_PROGRESS;
    record(new HandlingStarted(handlerName, responsibleLeader));
  }

  /**
   * The lead unit logs a contact with the deputy (三访: 办前、办中、办后). The deputy does not log
   * contacts: the proposer confirms or disputes the unit's entries ({@link #answerContact}).
   */
  public void logContact(CurrentUser actor, ContactPhase phase, LocalDate date, ContactMode mode, String notes,
      SuggestionPolicy policy, Instant now) {
    requireLeadUnit(actor);
    Guard.inState(state, "log a contact", IN_PROGRESS, REHANDLING, REPLIED, EVALUATED);
    Guard.present("phase", phase);
    Guard.present("mode", mode);
    Guard.rule(!Guard.present("date", date).isAfter(today(now, policy)), "date",
        "a contact cannot be logged in the future");
    int contactNumber = contacts.size() + 1;
    contacts.add(new Contact(contactNumber, phase, date, mode, Guard.text("notes", notes, MAX_TEXT), actor.subject(),
        null));
    record(new ContactLogged(phase, mode, date, false, contactNumber, null, null));
  }

  /**
   * The proposing deputy confirms a contact the unit logged (代表确认), or disputes it with the
   * reason (代表异议) — once per entry, while the item is handled or after it closed.
   */
  public void answerContact(CurrentUser actor, int contactNumber, ContactResponse response, String reason,
      Instant now) {
    requireProposer(actor);
    Guard.inState(state, "answer a contact", IN_PROGRESS, REHANDLING, REPLIED, EVALUATED, CLOSED, PUBLISHED);
    Guard.rule(contactNumber >= 1 && contactNumber <= contacts.size(), "number",
        "no contact " + contactNumber + " on this item; the unit logged " + contacts.size());
    Guard.present("response", response);
    Contact contact = contacts.get(contactNumber - 1);
    Guard.transition(contact.deputyAnswer() == null, "answer contact " + contactNumber + " twice", state.name());
    Guard.rule(response != ContactResponse.DISPUTED || !Guard.blank(reason), "reason",
        "a dispute of a contact gives its reason");
    String kept = Guard.blank(reason) ? null : Guard.text("reason", reason, MAX_TEXT);
    contacts.set(contactNumber - 1,
        contact.answered(new Contact.DeputyAnswer(response, kept, actor.deputyId(), now)));
    record(new ContactLogged(contact.phase(), contact.mode(), contact.date(), response == ContactResponse.CONFIRMED,
        contactNumber, response, response == ContactResponse.DISPUTED ? kept : null));
  }

  /** A co-unit sends its opinion to the lead unit (协办意见), once per round. */
  public void submitCoUnitOpinion(CurrentUser actor, String text, Instant now) {
    Guard.role(actor, Role.UNIT_HANDLER, Role.UNIT_HEAD);
    Guard.permitted(SuggestionAccess.isCoUnit(this, actor), "only a co-unit of this item gives a co-unit opinion");
    Guard.inState(state, "give a co-unit opinion", ASSIGNED, IN_PROGRESS, REHANDLING);
    Guard.transition(coUnitOpinions.stream().noneMatch(o -> o.unitId().equals(actor.unitId()) && o.round() == round),
        "give a second co-unit opinion in the same round", state.name());
    coUnitOpinions.add(new CoUnitOpinion(actor.unitId(), round, Guard.text("text", text, MAX_TEXT), now));
    record(new CoUnitOpinionSubmitted(actor.unitId(), round));
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
  public void draftReply(CurrentUser actor, ReplyContent reply, SuggestionPolicy policy, Instant now) {
    requireLeadUnit(actor);
    Guard.role(actor, Role.UNIT_HANDLER);
    Guard.inState(state, "draft a reply", IN_PROGRESS, REHANDLING);
    ReplyCategory replyCategory = Guard.present("category", reply.category());
    Guard.text("text", reply.text(), MAX_TEXT);
    List<CommitmentDraft> drafts = reply.commitments();
    Guard.rule(replyCategory != ReplyCategory.B || !drafts.isEmpty(), "commitments",
        "a B reply (being solved or planned) must list commitments");
    Guard.rule(replyCategory != ReplyCategory.C || !Guard.blank(reply.reason()), "reason",
        "a C reply must give the reason it cannot be solved now");
    Guard.rule(coUnitsWithoutOpinion().isEmpty() || !Guard.blank(reply.missingOpinionsReason()), "missingOpinionsReason",
        "co-units " + coUnitsWithoutOpinion() + " have not answered: wait for them or say why");
    LocalDate today = today(now, policy);
    List<Commitment> made = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      CommitmentDraft d = drafts.get(i);
      Guard.text("commitments[" + i + "].description", d.description(), 2_000);
      Guard.rule(d.dueDate() != null && d.dueDate().isAfter(today), "commitments[" + i + "].dueDate",
          "a commitment is due after today");
      made.add(new Commitment(UUID.randomUUID().toString(), d.description(), d.dueDate(), Commitment.Status.OPEN,
          null, null, null));
    }
    replyDraft = new Reply(round, assignment.leadUnitId(), replyCategory, reply.text(), reply.reason(),
        List.copyOf(made), actor.subject(), now, null, null, null, null);
    record(new ReplyDrafted(replyCategory, made.size()));
  }

  /**
   * The unit head signs the drafted reply (签发). Where the committee reviews replies
   * ({@link ReplyReviewScope}) it goes to the office's review ({@link #reviewReply}) and the leader's
   * sign-off ({@link #signOffReply}) first; otherwise it is sent at once ({@link #send}). Whether it
   * is on time is decided by this signature against the reply's due date.
   */
  public void signReply(CurrentUser actor, ReplyReviewScope review, SuggestionPolicy policy, Instant now) {
    requireLeadUnit(actor);
    Guard.role(actor, Role.UNIT_HEAD);
    Guard.inState(state, "sign a reply", IN_PROGRESS, REHANDLING);
    Guard.transition(replyDraft != null, "sign a reply before one is drafted", state.name());
    LocalDate today = today(now, policy);
    Reply signed = replyDraft.signed(actor.subject(), now, today, replyDueDate);
    replyDraft = null;
    if (review.appliesTo(congressId)) {
      replyUnderReview = signed;
      reviewStartedOn = today;
      state = REPLY_IN_REVIEW;
      record(new ReplySigned(round, signed.category(), signed.onTime()));
    } else {
      send(signed, today, policy);
    }
  }

  /**
   * The deputy-affairs office reviews the signed reply (代表工作部门审核): approved, it goes to the
   * leader's sign-off; sent back (reason required), it returns to the unit ({@link #sendBack}).
   */
  public void reviewReply(CurrentUser actor, ReviewDecision decision, String reason, SuggestionPolicy policy,
      Instant now) {
    requireStaff(actor);
    Guard.inState(state, "review a reply", REPLY_IN_REVIEW);
    ReplyReviewStep step = reviewStep(actor, ReviewStage.OFFICE_REVIEW, decision, reason, now);
    if (decision == ReviewDecision.APPROVED) {
      state = REPLY_AWAITING_SIGN_OFF;
      record(new ReplyReviewed(round));
    } else {
      sendBack(step, policy, now);
    }
  }

  /**
   * A leader signs the reviewed reply off (分管主任审定): approved, it is sent to the deputies now —
   * {@link Replied}, the evaluation window from today; sent back (reason required), it returns to
   * the unit ({@link #sendBack}).
   */
  public void signOffReply(CurrentUser actor, ReviewDecision decision, String reason, SuggestionPolicy policy,
      Instant now) {
    Guard.role(actor, Role.LEADER);
    Guard.inState(state, "sign off a reply", REPLY_AWAITING_SIGN_OFF);
    ReplyReviewStep step = reviewStep(actor, ReviewStage.LEADER_SIGN_OFF, decision, reason, now);
    if (decision == ReviewDecision.APPROVED) {
      Reply approved = replyUnderReview;
      replyUnderReview = null;
      reviewStartedOn = null;
      send(approved, today(now, policy), policy);
    } else {
      sendBack(step, policy, now);
    }
  }

  private ReplyReviewStep reviewStep(CurrentUser actor, ReviewStage stage, ReviewDecision decision, String reason,
      Instant now) {
    Guard.present("decision", decision);
    Guard.rule(decision != ReviewDecision.SENT_BACK || !Guard.blank(reason), "reason",
        "a reply sent back to the unit gives the reason");
    String kept = Guard.blank(reason) ? null : Guard.text("reason", reason, MAX_TEXT);
    ReplyReviewStep step = new ReplyReviewStep(round, stage, decision, kept, actor.subject(), now);
    replyReviews.add(step);
    return step;
  }

  /**
   * The reply goes back to the unit (退回承办单位) to be drafted and signed again, in the round it
   * belongs to. The reply deadline stood still while the committee held the reply: the days from
   * signing to sending back are added to the due date, so the unit has as many days left (or is as
   * many days late) as when it signed.
   */
  private void sendBack(ReplyReviewStep step, SuggestionPolicy policy, Instant now) {
    long held = ChronoUnit.DAYS.between(reviewStartedOn, today(now, policy));
    replyDueDate = replyDueDate.plusDays(Math.max(0, held));
    replyUnderReview = null;
    reviewStartedOn = null;
    state = round > 0 ? REHANDLING : IN_PROGRESS;
    record(new ReplySentBack(round, step.stage(), step.reason(), step.by()));
  }

  /** The signed (and, where reviewed, approved) reply goes to the deputies, who have 30 days to rate it. */
  private void send(Reply signed, LocalDate today, SuggestionPolicy policy) {
    repliedOn = today;
    replies.add(signed);
    commitments.addAll(signed.commitments());
    evaluationDueDate = repliedOn.plusDays(policy.evaluationDays());
    state = REPLIED;
    record(new Replied(round, signed.category(), signed.onTime(), evaluationDueDate,
        signed.commitments().stream().map(Promise::of).toList()));
  }

  // ---------------------------------------------------------------- evaluation and re-handling

  /**
   * A deputy rates the reply (征询意见), once per round. The proposer's rating decides the outcome:
   * satisfied or basically satisfied closes the item; unsatisfied waits for the committee to order
   * re-handling — or closes when the rounds are used up. Co-signers rate while the evaluation
   * window of the round is open, also after the proposer's rating closed the item; their ratings
   * are recorded and counted in the handling report as co-signers' ratings. A rating that cannot
   * count is refused: before the round's reply (409), after re-handling was ordered (409: the
   * round's reply is superseded), twice (409), after the window closed (422).
   */
  public void evaluate(CurrentUser actor, Rating rating, String comment, SuggestionPolicy policy, Instant now) {
    Guard.role(actor, Role.DEPUTY);
    Guard.permitted(SuggestionAccess.involvesDeputy(this, actor.deputyId()),
        "only the proposer and co-signers rate the reply");
    Guard.transition(!replies.isEmpty(), "evaluate before any reply", state.name());
    Guard.transition(latestReply().round() == round && AFTER_REPLY.contains(state),
        "evaluate: re-handling was ordered, the reply of round " + latestReply().round()
            + " is superseded; rate the reply of round " + round + " when it is signed", state.name());
    Guard.rule(!today(now, policy).isAfter(evaluationDueDate), "rating",
        "the evaluation window of round " + round + " closed on " + evaluationDueDate + ": a rating cannot count");
    Guard.transition(evaluations.stream().noneMatch(e -> e.deputyId().equals(actor.deputyId()) && e.round() == round),
        "evaluate twice", state.name());
    boolean proposer = actor.deputyId().equals(proposerDeputyId);
    evaluations.add(new Evaluation(actor.deputyId(), round, Guard.present("rating", rating), comment, now));
    record(new Evaluated(actor.deputyId(), rating, round, proposer));
    if (proposer && state == REPLIED) {
      state = EVALUATED;
      if (rating.satisfied()) {
        close(Outcome.valueOf(rating.name()), now);
      } else if (round >= policy.maxRehandlingRounds()) {
        close(Outcome.UNSATISFIED, now);
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
    Guard.inState(state, "order re-handling", EVALUATED);
    Guard.transition(proposerRating() == Rating.UNSATISFIED, "order re-handling of a satisfied item", state.name());
    Guard.rule(round < policy.maxRehandlingRounds(), "unitId",
        "at most " + policy.maxRehandlingRounds() + " re-handling rounds");
    round++;
    String lead = unitId == null || unitId.isBlank() ? assignment.leadUnitId() : unitId;
    LocalDate today = today(now, policy);
    assignment = new Assignment(lead, assignment.coUnitIds().stream().filter(u -> !u.equals(lead)).toList(),
        assignment.complex(), now, today, today.plusMonths(policy.rehandlingMonths()));
    replyDueDate = assignment.replyDueDate();
    evaluationDueDate = null;
    state = REHANDLING;
    record(new RehandlingOrdered(round, lead, replyDueDate));
  }

  /** Staff close an item whose proposer stays unsatisfied without ordering another round. */
  public void closeUnsatisfied(CurrentUser actor, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "close", EVALUATED);
    close(Outcome.UNSATISFIED, now);
  }

  // ---------------------------------------------------------------- publication (公开)

  /** Staff keep it from publication (不予公开) — personal data, state secrets — with the reason. */
  public void markNotPublic(CurrentUser actor, String reason) {
    requireStaff(actor);
    Guard.transition(state != PUBLISHED, "withhold a published item", state.name());
    notPublic = true;
    notPublicReason = Guard.text("reason", reason, MAX_TEXT);
    record(new MarkedNotPublic(reason));
  }

  /**
   * Staff publish a closed item with its replies (公开). The text to publish — the item's own, or
   * the redacted {@code publicText} staff send — is checked for likely personal data
   * ({@link PersonalDataScan}); findings refuse publication (422, each by kind and position, never
   * the value) unless staff confirm them ({@link PersonalDataCheck#CONFIRMED_BY_STAFF}). The
   * public version is kept apart: the item's own text stays as written.
   */
  public void publish(CurrentUser actor, PublicText publicText, PersonalDataCheck check, Instant now) {
    requireStaff(actor);
    Guard.inState(state, "publish", CLOSED);
    Guard.rule(!notPublic, "notPublic", "marked not public: " + notPublicReason);
    Guard.transition(outcome != Outcome.WITHDRAWN && outcome != Outcome.NOT_REGISTERED,
        "publish an item that was never handled", state.name());
    PublicText original = PublicText.of(this);
    PublicText toPublish = publicText == null ? original : publicText.over(original);
    List<PersonalDataScan.Finding> findings = PersonalDataScan.in(toPublish);
    Guard.rule(findings.isEmpty() || check == PersonalDataCheck.CONFIRMED_BY_STAFF, "publicText",
        PersonalDataScan.describe(findings));
    publicVersion = toPublish;
    publishedAt = now;
    state = PUBLISHED;
    record(new Published(now, !toPublish.equals(original), !findings.isEmpty(), toPublish.title()));
  }

  // ---------------------------------------------------------------- key items, direct channel

  /**
   * Staff mark it a key suggestion (重点督办) with its supervising leader (领衔督办): a deputy id of the
   * register, whose seat on the chair's council is checked against it ({@link RegisterExtract#checkSupervisingLeader}).
   */
  public void markKey(CurrentUser actor, String leaderId) {
    requireStaff(actor);
    Guard.inState(state, "mark as key", REGISTERED, ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REPLIED, EVALUATED,
        REHANDLING);
    supervisingLeaderId = Guard.text("leaderId", leaderId, 100);
    record(new MarkedKey(leaderId));
  }

  /**
   * Whether {@code actor} is this key item's supervising leader: their deputy id (the leader's sign-in
   * names the deputy of the register they are) or, for items marked before leaders were checked
   * against the register, their sign-in subject.
   */
  public boolean isSupervisingLeader(CurrentUser actor) {
    return supervisingLeaderId != null
        && (supervisingLeaderId.equals(actor.deputyId()) || supervisingLeaderId.equals(actor.subject()));
  }

  /**
   * The supervising leader adds a note (督办意见), possibly asking the lead unit for a progress report
   * by {@code reportDueDate} (要求报告办理进展: a day after today; no date without a request). Notes
   * are numbered from 1; a unit's report answers a note by its number ({@link #submitProgressReport}).
   */
  public void addSupervisionNote(CurrentUser actor, String text, ProgressReport report, LocalDate reportDueDate,
      SuggestionPolicy policy, Instant now) {
    Guard.role(actor, Role.LEADER);
    // a leader may supervise, but this item is not theirs to: a rule about the item, not the role
    Guard.rule(isSupervisingLeader(actor), "leaderId",
        supervisingLeaderId == null
            ? "this is not a key item; staff mark key items and name their supervising leader"
            : "only the supervising leader of this key item adds notes");
    Guard.inState(state, "add a supervision note", ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REPLIED, EVALUATED,
        REHANDLING);
    boolean requested = report == ProgressReport.REQUESTED;
    Guard.rule(!requested || (reportDueDate != null && reportDueDate.isAfter(today(now, policy))), "reportDueDate",
        "a progress report is requested by a day after today");
    Guard.rule(requested || reportDueDate == null, "reportDueDate",
        "a due date is given only with a request for a progress report");
    int noteNumber = supervisionNotes.size() + 1;
    supervisionNotes.add(new SupervisionNote(noteNumber, actor.subject(), Guard.text("text", text, MAX_TEXT), requested,
        reportDueDate, null, now));
    record(new SupervisionNoteAdded(actor.subject(), requested));
    if (requested) {
      record(new ProgressReportRequested(noteNumber, actor.subject(), reportDueDate));
    }
  }

  /**
   * The lead unit submits the progress report (进展报告) that supervision note {@code noteNumber}
   * requested — only the lead unit, once per request (409 a second time), also after the due date
   * (then marked late).
   */
  public void submitProgressReport(CurrentUser actor, int noteNumber, String text, SuggestionPolicy policy,
      Instant now) {
    requireLeadUnit(actor);
    Guard.inState(state, "submit a progress report", UNDER_SUPERVISION);
    Guard.rule(noteNumber >= 1 && noteNumber <= supervisionNotes.size(), "number",
        "no supervision note " + noteNumber + " on this item; it has " + supervisionNotes.size());
    SupervisionNote note = supervisionNotes.get(noteNumber - 1);
    Guard.rule(note.progressReportRequested(), "number",
        "supervision note " + noteNumber + " did not request a progress report");
    Guard.transition(note.progressReport() == null, "submit the progress report of note " + noteNumber + " twice",
        state.name());
    boolean late = note.reportDueDate() != null && today(now, policy).isAfter(note.reportDueDate());
    supervisionNotes.set(noteNumber - 1, note.withReport(new UnitProgressReport(actor.unitId(),
        Guard.text("text", text, MAX_TEXT), actor.subject(), now, late)));
    record(new ProgressReportSubmitted(noteNumber, actor.unitId(), note.reportDueDate(), late));
  }

  /**
   * Staff set a key item's working group of deputies (重点督办专班/调研组), replacing the one it had:
   * at least one deputy, at most {@link #MAX_WORKING_GROUP}, each once; that they are active deputies
   * of the congress is checked against the register ({@link RegisterExtract#checkWorkingGroup}). The
   * group's deputies may read the item and record inspection findings on it.
   */
  public void setWorkingGroup(CurrentUser actor, List<String> deputyIds) {
    requireStaff(actor);
    Guard.inState(state, "set a working group", UNDER_SUPERVISION);
    Guard.transition(supervisingLeaderId != null, "set a working group on an item that is not a key item",
        state.name());
    List<String> group = deputyIds == null ? List.of()
        : deputyIds.stream().filter(d -> !Guard.blank(d)).distinct().toList();
    Guard.rule(!group.isEmpty(), "deputyIds", "name at least one deputy for the working group");
    Guard.rule(group.size() <= MAX_WORKING_GROUP, "deputyIds",
        "a working group has at most " + MAX_WORKING_GROUP + " deputies");
    List<String> added = group.stream().filter(d -> !workingGroupDeputyIds.contains(d)).toList();
    workingGroupDeputyIds = new ArrayList<>(group);
    record(new WorkingGroupSet(group, added));
  }

  /**
   * A deputy of the working group records what an inspection or survey of the key item found
   * (视察/调研发现): the day it took place (not in the future) and the findings (at most
   * {@link #MAX_FINDINGS} characters); numbered from 1, shown on the item and in its audit trail.
   */
  public void recordInspection(CurrentUser actor, LocalDate inspectedOn, String findings, SuggestionPolicy policy,
      Instant now) {
    Guard.deputy(actor);
    Guard.inState(state, "record inspection findings", UNDER_SUPERVISION);
    Guard.permitted(SuggestionAccess.inWorkingGroup(this, actor.deputyId()),
        "only a deputy of this key item's working group records inspection findings");
    Guard.rule(!Guard.present("inspectedOn", inspectedOn).isAfter(today(now, policy)), "inspectedOn",
        "an inspection is recorded after it took place");
    int inspectionNumber = inspections.size() + 1;
    inspections.add(new Inspection(inspectionNumber, actor.deputyId(), inspectedOn,
        Guard.text("findings", findings, MAX_FINDINGS), now));
    record(new InspectionRecorded(inspectionNumber, actor.deputyId(), inspectedOn));
  }

  /**
   * Between sessions, staff send an important item straight to the party committee's and the
   * government's leaders (直通车). The recipients are units of the register — the offices of the
   * party committee and of the government are entered there as units — so that they are told; an id
   * the register does not hold as active is refused by name (422, {@link RegisterExtract#directChannelRecipients}).
   */
  public void sendDirectChannel(CurrentUser actor, List<String> recipientUnitIds, RegisterExtract register,
      Instant now) {
    requireStaff(actor);
    Guard.inState(state, "send by direct channel", REGISTERED, ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING);
    Guard.rule(session == Session.RECESS, "session", "the direct channel is for items submitted between sessions");
    Guard.transition(directChannel == null, "send by direct channel twice", state.name());
    List<String> unitIds = recipientUnitIds == null ? List.of()
        : recipientUnitIds.stream().filter(u -> !Guard.blank(u)).distinct().toList();
    Guard.rule(!unitIds.isEmpty(), "recipientUnitIds", "name at least one recipient unit");
    List<String> names = register.directChannelRecipients(unitIds);
    directChannel = new DirectChannel(names, unitIds, now, null, null, null);
    record(new DirectChannelSent(names, unitIds));
  }

  /** Staff record the leaders' instruction (批示) on a direct-channel item. */
  public void recordInstruction(CurrentUser actor, String text, String by, Instant now) {
    requireStaff(actor);
    Guard.transition(directChannel != null, "record an instruction before sending by direct channel", state.name());
    Guard.transition(directChannel.instruction() == null, "record a second instruction", state.name());
    directChannel = directChannel.withInstruction(Guard.text("text", text, MAX_TEXT), Guard.text("by", by, 100), now);
    record(new InstructionRecorded(by));
  }

  // ---------------------------------------------------------------- commitments ledger

  /** The lead unit reports a commitment fulfilled, with evidence (承诺兑现). */
  public void fulfilCommitment(CurrentUser actor, String commitmentId, String evidence, SuggestionPolicy policy,
      Instant now) {
    requireLeadUnit(actor);
    Guard.transition(AFTER_REPLY.contains(state) || state == REHANDLING, "fulfil a commitment", state.name());
    int index = indexOfCommitment(commitmentId);
    Commitment c = commitments.get(index);
    Guard.transition(c.unfulfilled(), "fulfil a commitment twice", c.status().name());
    commitments.set(index, c.fulfilled(Guard.text("evidence", evidence, MAX_TEXT), now, today(now, policy)));
    record(new CommitmentFulfilled(commitmentId, c.dueDate(), c.status() == Commitment.Status.OVERDUE));
  }

  /** Staff open a look-back (回头看) on a closed item whose commitments are not all fulfilled. */
  public void openLookBack(CurrentUser actor, String note) {
    requireStaff(actor);
    Guard.inState(state, "open a look-back", CLOSED, PUBLISHED);
    Guard.rule(commitments.stream().anyMatch(Commitment::unfulfilled), "commitments",
        "every commitment is fulfilled: nothing to look back on");
    lookBack = true;
    record(new LookBackOpened(note));
  }

  // ---------------------------------------------------------------- deadlines

  /**
   * Applies what the date brings ({@link DeadlineSchedule}): reminders (each once — remembered by
   * key), commitments turning overdue, the evaluation window closing. Returns whether anything changed.
   */
  public boolean applyDeadlines(LocalDate today, SuggestionPolicy policy, Instant now) {
    int before = pendingEvents.size();
    for (Due due : new DeadlineSchedule(policy).dueOn(this, today)) {
      if (due instanceof Reminder reminder) {
        if (remindersSent.add(reminder.key())) {
          record(reminder.event());
        }
        // a missed larger threshold is not sent late: the tighter one says more
        remindersSent.addAll(reminder.moot());
      } else if (due instanceof CommitmentTurnsOverdue overdue) {
        int index = indexOfCommitment(overdue.event().commitmentId());
        commitments.set(index, commitments.get(index).overdue());
        record(overdue.event());
      } else {
        close(Outcome.NOT_EVALUATED, now);
      }
    }
    return pendingEvents.size() > before;
  }

  /** The deputies who have not rated this round's reply: the proposer and co-signers. */
  public List<String> deputiesYetToEvaluate() {
    List<String> all = new ArrayList<>();
    all.add(proposerDeputyId);
    coSigners.forEach(c -> all.add(c.deputyId()));
    all.removeIf(d -> evaluations.stream().anyMatch(e -> e.deputyId().equals(d) && e.round() == round));
    return all;
  }

  /** Whether the units owe a reply past its due date (逾期未答复). */
  public boolean isOverdueOn(LocalDate today) {
    return state.isHandling() && replyDueDate != null && today.isAfter(replyDueDate);
  }

  /** The events of the changes since it was loaded; taken once, by the save. */
  public List<SuggestionEvent> takeEvents() {
    List<SuggestionEvent> events = List.copyOf(pendingEvents);
    pendingEvents.clear();
    return events;
  }

  // ---------------------------------------------------------------- helpers

  private void setContent(String newTitle, String newBody, SuggestionCategory newCategory, List<String> coSignerIds) {
    title = Guard.text("title", newTitle, MAX_TITLE).strip();
    body = Guard.text("body", newBody, MAX_BODY).strip();
    category = Guard.present("category", newCategory);
    List<CoSigner> next = new ArrayList<>();
    for (String deputyId : coSignerIds == null ? List.<String>of() : coSignerIds) {
      if (Guard.blank(deputyId) || deputyId.equals(proposerDeputyId)
          || next.stream().anyMatch(c -> c.deputyId().equals(deputyId))) {
        continue;
      }
      int old = indexOfCoSigner(deputyId);
      next.add(old >= 0 ? coSigners.get(old) : new CoSigner(deputyId, null));
    }
    coSigners = next;
  }

  private void setAssignment(AssignTo to, SuggestionPolicy policy, Instant now) {
    String leadUnitId = Guard.text("leadUnitId", to.leadUnitId(), 100);
    List<String> coUnits = to.coUnitIds().stream()
        .filter(u -> !Guard.blank(u) && !u.equals(leadUnitId)).distinct().toList();
    LocalDate today = today(now, policy);
    LocalDate due = today.plusMonths(to.complex() ? policy.complexReplyMonths() : policy.replyMonths());
    assignment = new Assignment(leadUnitId, coUnits, to.complex(), now, today, due);
    replyDueDate = due;
    state = ASSIGNED;
  }

  /** The item ends without having been handled (withdrawn, not registered): no closing event, its state stays. */
  private void endUnhandled(Outcome how, Instant now) {
    outcome = how;
    closedAt = now;
  }

  /** The item closes after handling (办结). */
  private void close(Outcome how, Instant now) {
    outcome = how;
    closedAt = now;
    state = CLOSED;
    record(new Closed(how, round));
  }

  private void record(SuggestionEvent event) {
    if (pendingEvents == null) {
      pendingEvents = new ArrayList<>();
    }
    pendingEvents.add(event);
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

  private void requireProposer(CurrentUser actor) {
    Guard.role(actor, Role.DEPUTY);
    Guard.permitted(proposerDeputyId.equals(actor.deputyId()), "only the proposing deputy may do this");
  }

  private void requireLeadUnit(CurrentUser actor) {
    Guard.role(actor, Role.UNIT_HANDLER, Role.UNIT_HEAD);
    Guard.permitted(SuggestionAccess.isLeadUnit(this, actor), "only the lead unit of this item may do this");
  }

  private static void requireStaff(CurrentUser actor) {
    Guard.role(actor, Role.COMMITTEE_STAFF);
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
  /** The number of the item it was merged into, as its deputies are told (合并至…号). */
  public String mergedIntoNumber() { return mergedIntoNumber; }
  public String withdrawReason() { return withdrawReason; }
  public List<String> linkedIds() { return List.copyOf(linkedIds); }
  public Assignment assignment() { return assignment; }
  /** The presidium's or the chair's council's decision on a motion, or null. */
  public MotionDecision motionDecision() { return motionDecision; }
  /** The recorded deliberation of a motion on the agenda, or null. */
  public MotionDeliberation deliberation() { return deliberation; }
  /** The suggestion a motion was converted to (转为建议), or null. */
  public String convertedToId() { return convertedToId; }
  public String convertedToNumber() { return convertedToNumber; }
  /** The motion this suggestion was converted from, or null. */
  public String convertedFromId() { return convertedFromId; }
  public String convertedFromNumber() { return convertedFromNumber; }
  public String disputeReason() { return disputeReason; }
  public LocalDate replyDueDate() { return replyDueDate; }
  public int round() { return round; }
  public String handlerName() { return handlerName; }
  public String responsibleLeader() { return responsibleLeader; }
  public List<Contact> contacts() { return List.copyOf(contacts); }
  public List<CoUnitOpinion> coUnitOpinions() { return List.copyOf(coUnitOpinions); }
  public Reply replyDraft() { return replyDraft; }
  /** The signed reply the committee is checking (答复审核中), or null; not yet the deputies'. */
  public Reply replyUnderReview() { return replyUnderReview; }
  /** The day the reply under review was signed, or null. */
  public LocalDate reviewStartedOn() { return reviewStartedOn; }
  /** Every check of a signed reply, oldest first ({@link ReplyReviewStep}). */
  public List<ReplyReviewStep> replyReviews() { return List.copyOf(replyReviews); }
  public List<Reply> replies() { return List.copyOf(replies); }
  /** The latest signed reply, or null. */
  public Reply latestReply() { return replies.isEmpty() ? null : replies.get(replies.size() - 1); }
  public LocalDate repliedOn() { return repliedOn; }
  public LocalDate evaluationDueDate() { return evaluationDueDate; }
  public List<Evaluation> evaluations() { return List.copyOf(evaluations); }
  public String supervisingLeaderId() { return supervisingLeaderId; }
  public List<SupervisionNote> supervisionNotes() { return List.copyOf(supervisionNotes); }
  /** The deputies of a key item's working group (督办专班/调研组), empty if none is set. */
  public List<String> workingGroupDeputyIds() { return List.copyOf(workingGroupDeputyIds); }
  /** The working group's inspection findings (视察/调研发现), oldest first. */
  public List<Inspection> inspections() { return List.copyOf(inspections); }
  public DirectChannel directChannel() { return directChannel; }
  public boolean notPublic() { return notPublic; }
  public String notPublicReason() { return notPublicReason; }
  public Instant publishedAt() { return publishedAt; }
  /** The text the public reads (公开文本), set at publication; the item's own text stays as written. */
  public PublicText publicVersion() { return publicVersion; }
  public Instant closedAt() { return closedAt; }
  public Outcome outcome() { return outcome; }
  public List<Commitment> commitments() { return List.copyOf(commitments); }
  public boolean lookBack() { return lookBack; }
  public Set<String> remindersSent() { return Set.copyOf(remindersSent); }
  /** Where the draft came from (a voter's opinion taken up), or null when the deputy wrote it. */
  public DraftOrigin origin() { return origin; }
}
