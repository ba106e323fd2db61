package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;

/**
 * One oversight activity (监督活动) scheduled from an item of the adopted annual plan, id
 * {@code <planYear>-<itemNumber>}: PLANNED → PREPARING (deputies allocated to take part, 列席; lead
 * speakers named, 中心发言人) → HELD (attendance, findings, site checks including unannounced ones,
 * 明查暗访) → OPINION_ISSUED (the review opinion that carries it into the two lists) → CLOSED;
 * CANCELLED with a reason from any open state. A thematic inquiry (专题询问) has its questions
 * drafted while preparing and answered when held; a commitment in an answer is tracked to its due day.
 */
public final class SupervisionActivity {

  /** A topic has 3 to 4 lead speakers (中心发言人), members of the standing committee. */
  public static final int LEAD_SPEAKERS_MIN = 3;
  public static final int LEAD_SPEAKERS_MAX = 4;

  /** The key of the opinion form's due-soon reminder among those sent: one form per activity, one reminder. */
  static final String FORM_DUE_SOON = "opinion-form-due-soon";

  /** What the plan's item says: the year and item it comes from, what it is, the body, the quarter, what it follows up. */
  public record Schedule(int planYear, int itemNumber, ActivityType activityType, String title, String bodyUnitId,
      String bodyName, int plannedQuarter, List<String> followsUp) {
    public Schedule {
      Objects.requireNonNull(activityType, "activityType");
      Objects.requireNonNull(title, "title");
      followsUp = followsUp == null ? List.of() : List.copyOf(followsUp);
    }

    public static Schedule of(int planYear, PlanItem item) {
      return new Schedule(planYear, item.number(), item.activityType(), item.title(), item.bodyUnitId(), item.bodyName(),
          item.quarter(), item.followsUp());
    }
  }

  /** The state as stored. */
  public record State(ActivityStatus status, List<String> allocatedDeputies, List<String> leadSpeakers, Hearing hearing,
      String opinionId, String cancelReason, List<InquiryQuestion> questions, Collection<String> remindersSent,
      OpinionForm opinionForm) {}

  private final String congressId;
  private final String activityId;
  private final Schedule schedule;
  private ActivityStatus status;
  private List<String> allocatedDeputies;
  private List<String> leadSpeakers;
  private Hearing hearing;
  private String opinionId;
  private String cancelReason;
  private final List<InquiryQuestion> questions;
  private final TreeSet<String> remindersSent;
  private OpinionForm opinionForm;
  private final List<SupervisionEvent> events = new ArrayList<>();

  private SupervisionActivity(String congressId, String activityId, Schedule schedule, State state) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.activityId = Objects.requireNonNull(activityId, "activityId");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.status = state.status();
    this.allocatedDeputies = List.copyOf(state.allocatedDeputies());
    this.leadSpeakers = List.copyOf(state.leadSpeakers());
    this.hearing = state.hearing();
    this.opinionId = state.opinionId();
    this.cancelReason = state.cancelReason();
    this.questions = new ArrayList<>(state.questions());
    this.remindersSent = new TreeSet<>(state.remindersSent());
    this.opinionForm = state.opinionForm();
  }

  /** The activity an adopted plan's item schedules, under the id {@link AnnualPlan#activityId}. */
  public static SupervisionActivity schedule(String congressId, Schedule schedule) {
    SupervisionActivity a = new SupervisionActivity(congressId,
        AnnualPlan.activityId(schedule.planYear(), schedule.itemNumber()), schedule,
        new State(ActivityStatus.PLANNED, List.of(), List.of(), null, null, null, List.of(), List.of(), null));
    a.events.add(new SupervisionEvent.ActivityScheduled());
    return a;
  }

  public static SupervisionActivity restore(String congressId, String activityId, Schedule schedule, State state) {
    return new SupervisionActivity(congressId, activityId, schedule, state);
  }

  /** Preparation begins (筹备). */
  public void startPreparing() {
    requireStatus("start preparing", ActivityStatus.PLANNED);
    status = ActivityStatus.PREPARING;
    events.add(new SupervisionEvent.ActivityPreparationStarted());
  }

  /** The deputies who take part (安排代表列席), all active deputies of the register; replaces the earlier allocation. */
  public void allocateDeputies(List<String> deputyIds, Collection<String> activeDeputies) {
    requireStatus("allocate deputies", ActivityStatus.PREPARING);
    List<String> distinct = distinct("deputyIds", deputyIds);
    if (distinct.isEmpty()) {
      throw new RuleViolationException("deputyIds", "至少安排一名代表 / allocate at least one deputy");
    }
    requireAmong("deputyIds", distinct, activeDeputies, "名册中没有这些在任代表 / not active deputies of the register: ");
    allocatedDeputies = distinct;
    events.add(new SupervisionEvent.DeputiesAllocated(distinct));
  }

  /** The lead speakers (中心发言人): 3 to 4 members of the standing committee; replaces the earlier ones. */
  public void nameLeadSpeakers(List<String> deputyIds, Collection<String> standingCommittee) {
    requireStatus("name lead speakers", ActivityStatus.PREPARING);
    List<String> distinct = distinct("deputyIds", deputyIds);
    if (distinct.size() < LEAD_SPEAKERS_MIN || distinct.size() > LEAD_SPEAKERS_MAX) {
      throw new RuleViolationException("deputyIds", "中心发言人为 " + LEAD_SPEAKERS_MIN + " 至 " + LEAD_SPEAKERS_MAX
          + " 名 / " + LEAD_SPEAKERS_MIN + " to " + LEAD_SPEAKERS_MAX + " lead speakers");
    }
    requireAmong("deputyIds", distinct, standingCommittee,
        "不是常委会组成人员 / not members of the standing committee: ");
    leadSpeakers = distinct;
    events.add(new SupervisionEvent.LeadSpeakersNamed(distinct));
  }

  /**
   * The opinion form (征求意见表) sent to the deputies allocated now: 1 to {@link OpinionForm#MAX_QUESTIONS}
   * questions, due today or later. Once per activity, while preparing.
   */
  public void sendOpinionForm(List<String> formQuestions, LocalDate dueOn, LocalDate today) {
    requireStatus("send the opinion form", ActivityStatus.PREPARING);
    if (opinionForm != null) {
      throw new IllegalTransitionException("send the opinion form again", "SENT");
    }
    if (allocatedDeputies.isEmpty()) {
      throw new RuleViolationException("deputyIds", "请先安排参加的代表 / allocate the deputies first");
    }
    if (formQuestions.isEmpty() || formQuestions.size() > OpinionForm.MAX_QUESTIONS
        || formQuestions.stream().anyMatch(q -> q == null || q.isBlank())) {
      throw new RuleViolationException("questions", "征求意见表须有 1 至 " + OpinionForm.MAX_QUESTIONS
          + " 个问题 / a form asks 1 to " + OpinionForm.MAX_QUESTIONS + " questions, none blank");
    }
    if (dueOn.isBefore(today)) {
      throw new RuleViolationException("dueOn", "反馈期限不能早于今天 / answers are due today or later");
    }
    opinionForm = new OpinionForm(formQuestions, today, dueOn, allocatedDeputies, List.of());
    events.add(new SupervisionEvent.OpinionFormSent(formQuestions.size(), dueOn, allocatedDeputies));
  }

  /**
   * A deputy the form went to answers it (填写征求意见表), once, one answer per question, by its due day;
   * to anyone else the form is not there.
   */
  public void answerOpinionForm(String deputyId, List<String> formAnswers, LocalDate today) {
    if (opinionForm == null || !opinionForm.sentTo(deputyId)) {
      throw new NotFoundException("opinion form", activityId);
    }
    if (status == ActivityStatus.CANCELLED) {
      throw new IllegalTransitionException("answer the opinion form", status.name());
    }
    if (opinionForm.answerOf(deputyId).isPresent()) {
      throw new IllegalTransitionException("answer the opinion form again", "ANSWERED");
    }
    if (today.isAfter(opinionForm.dueOn())) {
      throw new IllegalTransitionException("answer the opinion form after " + opinionForm.dueOn(), "DUE");
    }
    if (formAnswers.size() != opinionForm.questions().size()
        || formAnswers.stream().anyMatch(a -> a == null || a.isBlank())) {
      throw new RuleViolationException("answers", "每个问题一条意见 / one answer per question ("
          + opinionForm.questions().size() + "), none blank");
    }
    opinionForm = opinionForm.with(new OpinionForm.Answer(deputyId, formAnswers, today));
    events.add(new SupervisionEvent.OpinionFormAnswered(deputyId, opinionForm.answered().size(),
        opinionForm.deputyIds().size()));
  }

  /** The activity was held (召开/开展): attendance (active deputies), findings, site checks. */
  public void hold(Hearing held, Collection<String> activeDeputies) {
    requireStatus("record the activity held", ActivityStatus.PREPARING);
    List<String> present = distinct("attendance", held.attendance());
    requireAmong("attendance", present, activeDeputies, "名册中没有这些在任代表 / not active deputies of the register: ");
    hearing = new Hearing(held.heldOn(), present, held.findings(), held.siteChecks());
    status = ActivityStatus.HELD;
    events.add(new SupervisionEvent.ActivityHeld(held.heldOn(), present.size(), held.siteChecks().size(),
        (int) hearing.unannouncedChecks()));
  }

  /** The review opinion of the activity was issued (形成审议意见); the opinion goes on through the two lists. */
  public void opinionIssued(String issuedOpinionId) {
    requireStatus("record the review opinion", ActivityStatus.HELD);
    opinionId = Objects.requireNonNull(issuedOpinionId, "opinionId");
    status = ActivityStatus.OPINION_ISSUED;
    events.add(new SupervisionEvent.ActivityOpinionIssued(issuedOpinionId));
  }

  /** The activity is closed (办结) once its opinion is issued. */
  public void close() {
    requireStatus("close the activity", ActivityStatus.OPINION_ISSUED);
    status = ActivityStatus.CLOSED;
    events.add(new SupervisionEvent.ActivityClosed());
  }

  /** Cancelled (取消) with a reason from any open state; the deputies allocated are told. */
  public void cancel(String reason) {
    if (!status.open()) {
      throw new IllegalTransitionException("cancel the activity", status.name());
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException("reason", "取消须说明理由 / a cancellation needs a reason");
    }
    cancelReason = reason;
    status = ActivityStatus.CANCELLED;
    events.add(new SupervisionEvent.ActivityCancelled(reason, allocatedDeputies));
  }

  /**
   * A question of a thematic inquiry drafted while preparing (询问问题): its 五问 category, the
   * question, the deputy asking, the answerer and their body. Returns its number.
   */
  public int draftQuestion(FiveQuestion category, String question, String askedBy, String answererName,
      String answererUnitId, String answererBodyName) {
    requireInquiry();
    if (status != ActivityStatus.PLANNED && status != ActivityStatus.PREPARING) {
      throw new IllegalTransitionException("draft a question", status.name());
    }
    InquiryQuestion q = new InquiryQuestion(questions.size() + 1, category, question, askedBy, answererName,
        answererUnitId, answererBodyName, null, List.of(), null, null);
    questions.add(q);
    events.add(new SupervisionEvent.InquiryQuestionDrafted(q.number(), category, answererName));
    return q.number();
  }

  /**
   * The answer given at the inquiry, with its follow-ups (追问); a commitment made in it (承诺) is
   * tracked: due on or after the day held, reminded once when overdue. A question is answered once.
   */
  public void answerQuestion(int number, String answer, List<InquiryQuestion.FollowUp> followUps,
      InquiryQuestion.Commitment commitment) {
    requireInquiry();
    requireStatus("answer a question", ActivityStatus.HELD);
    InquiryQuestion q = question(number);
    if (q.answered()) {
      throw new IllegalTransitionException("answer the question again", "ANSWERED");
    }
    if (commitment != null && commitment.dueOn().isBefore(hearing.heldOn())) {
      throw new RuleViolationException("commitment.dueOn", "承诺时限不能早于询问日 / a commitment is due on or after the inquiry");
    }
    questions.set(number - 1, q.answered(answer, followUps, commitment));
    events.add(new SupervisionEvent.InquiryQuestionAnswered(number, q.category(), q.answererName(),
        followUps.size(), commitment == null ? null : commitment.dueOn()));
  }

  /**
   * The commitment of an answered question recorded as fulfilled (承诺兑现) on a day between the inquiry and
   * today, with its evidence; its overdue reminder, not yet sent, is then never sent. Once only; not for a
   * cancelled activity.
   */
  public void fulfilCommitment(int number, LocalDate fulfilledOn, String evidence, LocalDate today) {
    requireInquiry();
    if (status == ActivityStatus.CANCELLED) {
      throw new IllegalTransitionException("record a commitment fulfilled", status.name());
    }
    InquiryQuestion q = question(number);
    if (q.commitment() == null) {
      throw new RuleViolationException("questionNumber", "该问题的答复没有承诺事项 / the answer made no commitment");
    }
    if (q.fulfilment() != null) {
      throw new IllegalTransitionException("record the commitment fulfilled again", "FULFILLED");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new RuleViolationException("evidence", "承诺兑现须附佐证 / a fulfilment needs its evidence");
    }
    if (fulfilledOn.isBefore(hearing.heldOn()) || fulfilledOn.isAfter(today)) {
      throw new RuleViolationException("fulfilledOn", "兑现日期须在询问日与今天之间 / fulfilled between the inquiry ("
          + hearing.heldOn() + ") and today (" + today + ")");
    }
    InquiryQuestion.Fulfilment done = new InquiryQuestion.Fulfilment(fulfilledOn, evidence,
        !fulfilledOn.isAfter(q.commitment().dueOn()));
    questions.set(number - 1, q.fulfilled(done));
    events.add(new SupervisionEvent.InquiryCommitmentFulfilled(number, q.commitment().text(), q.answererName(),
        q.answererUnitId(), q.askedBy(), q.commitment().dueOn(), fulfilledOn, done.onTime(), evidence));
  }

  private InquiryQuestion question(int number) {
    if (number < 1 || number > questions.size()) {
      throw new NotFoundException("question", String.valueOf(number));
    }
    return questions.get(number - 1);
  }

  /**
   * The reminders due on {@code today}, each once while the activity is not cancelled: commitments past their due
   * day and not fulfilled (承诺逾期); the opinion form due soon (征求意见表即将到期) to the deputies who have not
   * answered — none when all have, skipped when its window passed unsent (the form is then closed to answers).
   */
  public boolean applyDeadlines(LocalDate today, SupervisionPolicy policy) {
    int before = events.size();
    if (status != ActivityStatus.CANCELLED) {
      for (InquiryQuestion q : questions) {
        if (q.commitmentPending() && today.isAfter(q.commitment().dueOn())
            && remindersSent.add("commitment-overdue:" + q.number())) {
          events.add(new SupervisionEvent.CommitmentOverdue(q.number(), q.commitment().text(), q.answererName(),
              q.answererUnitId(), q.commitment().dueOn()));
        }
      }
      if (formReminderPending() && !today.isBefore(opinionForm.dueOn().minus(policy.dueSoonBefore()))) {
        remindersSent.add(FORM_DUE_SOON);
        if (!today.isAfter(opinionForm.dueOn())) {
          events.add(new SupervisionEvent.OpinionFormDueSoon(opinionForm.dueOn(), opinionForm.notAnswered(),
              opinionForm.deputyIds().size()));
        }
      }
    }
    return events.size() > before;
  }

  /** The first day a reminder not yet sent could be due — a commitment overdue, the form due soon — or null. */
  public LocalDate nextDeadlineCheck(SupervisionPolicy policy) {
    if (status == ActivityStatus.CANCELLED) {
      return null;
    }
    List<LocalDate> candidates = new ArrayList<>();
    questions.stream().filter(q -> q.commitmentPending() && !remindersSent.contains("commitment-overdue:"
        + q.number())).forEach(q -> candidates.add(q.commitment().dueOn().plusDays(1)));
    if (formReminderPending()) {
      candidates.add(opinionForm.dueOn().minus(policy.dueSoonBefore()));
    }
    return candidates.stream().min(LocalDate::compareTo).orElse(null);
  }

  /** The form's due-soon reminder is still to send: a form is out, someone has not answered, not reminded yet. */
  private boolean formReminderPending() {
    return opinionForm != null && !opinionForm.notAnswered().isEmpty() && !remindersSent.contains(FORM_DUE_SOON);
  }

  private void requireInquiry() {
    if (schedule.activityType() != ActivityType.THEMATIC_INQUIRY) {
      throw new RuleViolationException("activityType", "只有专题询问有询问问题 / only a thematic inquiry has questions");
    }
  }

  private static List<String> distinct(String field, List<String> ids) {
    List<String> distinct = ids.stream().distinct().toList();
    if (distinct.size() != ids.size()) {
      throw new RuleViolationException(field, "名单中有重复 / a deputy is named twice");
    }
    return distinct;
  }

  private static void requireAmong(String field, List<String> ids, Collection<String> allowed, String message) {
    Set<String> known = new HashSet<>(allowed);
    List<String> unknown = ids.stream().filter(id -> !known.contains(id)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException(field, message + String.join(", ", unknown));
    }
  }

  private void requireStatus(String action, ActivityStatus required) {
    if (status != required) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  /** Whether the deputy takes part: allocated or a lead speaker. */
  public boolean involves(String deputyId) {
    return deputyId != null && (allocatedDeputies.contains(deputyId) || leadSpeakers.contains(deputyId));
  }

  public List<SupervisionEvent> takeEvents() {
    List<SupervisionEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String congressId() {
    return congressId;
  }

  public String activityId() {
    return activityId;
  }

  public Schedule schedule() {
    return schedule;
  }

  public ActivityStatus status() {
    return status;
  }

  public List<String> allocatedDeputies() {
    return allocatedDeputies;
  }

  public List<String> leadSpeakers() {
    return leadSpeakers;
  }

  public Hearing hearing() {
    return hearing;
  }

  public String opinionId() {
    return opinionId;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public List<InquiryQuestion> questions() {
    return List.copyOf(questions);
  }

  public List<String> remindersSent() {
    return List.copyOf(remindersSent);
  }

  /** The opinion form sent to the deputies, or null. */
  public OpinionForm opinionForm() {
    return opinionForm;
  }
}
