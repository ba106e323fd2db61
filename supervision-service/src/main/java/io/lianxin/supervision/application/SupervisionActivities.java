package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.ActivityStore;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.FiveQuestion;
import io.lianxin.supervision.domain.Hearing;
import io.lianxin.supervision.domain.InquiryQuestion;
import io.lianxin.supervision.domain.OpinionForm;
import io.lianxin.supervision.domain.ParticipationMinimums;
import io.lianxin.supervision.domain.ParticipationReport;
import io.lianxin.supervision.domain.ReportLanguage;
import io.lianxin.supervision.domain.ReportTable;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.supervision.domain.SupervisionActivity;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Oversight activities as the office runs them (监督活动): preparation, deputies allocated (active
 * deputies of the register), lead speakers (standing-committee members), held with attendance and
 * site checks, the review opinion, closed or cancelled. Leaders, the office and admins read all of
 * the congress; a deputy reads the activities they take part in (another is 404). The reports list
 * every active deputy's allocations and every standing-committee member's lead speeches of a year,
 * with those below the yearly minimum. The opinion form (征求意见表) goes to the deputies allocated: each
 * answers it once, and reads it with their own answer only; the office and leaders read every answer.
 * A commitment made at an inquiry is recorded as fulfilled by the office (which checks the evidence the
 * answerer's body sends it), as the office records the answers themselves.
 */
@Service
public class SupervisionActivities {

  private final ActivityStore activities;
  private final OpinionStore opinions;
  private final RegisterCopyStore register;
  private final ParticipationMinimums minimums;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public SupervisionActivities(ActivityStore activities, OpinionStore opinions, RegisterCopyStore register,
      ParticipationMinimums minimums, SupervisionPolicy policy, Clock clock) {
    this.activities = activities;
    this.opinions = opinions;
    this.register = register;
    this.minimums = minimums;
    this.policy = policy;
    this.clock = clock;
  }

  public SupervisionActivity startPreparing(CurrentUser staff, String activityId) {
    return change(staff, activityId, SupervisionActivity::startPreparing);
  }

  public SupervisionActivity allocateDeputies(CurrentUser staff, String activityId, List<String> deputyIds) {
    List<String> active = register.activeDeputies(staff.congressId());
    return change(staff, activityId, a -> a.allocateDeputies(deputyIds, active));
  }

  public SupervisionActivity nameLeadSpeakers(CurrentUser staff, String activityId, List<String> deputyIds) {
    List<String> members = register.standingCommittee(staff.congressId());
    return change(staff, activityId, a -> a.nameLeadSpeakers(deputyIds, members));
  }

  public SupervisionActivity hold(CurrentUser staff, String activityId, Hearing held) {
    List<String> active = register.activeDeputies(staff.congressId());
    return change(staff, activityId, a -> a.hold(held, active));
  }

  /** The review opinion of the activity: an opinion of the congress that names this activity. */
  public SupervisionActivity opinionIssued(CurrentUser staff, String activityId, String opinionId) {
    boolean namesIt = opinions.find(staff.congressId(), opinionId)
        .filter(o -> activityId.equals(o.item().details().activityId())).isPresent();
    if (!namesIt) {
      throw new RuleViolationException("opinionId",
          "没有针对该活动的审议意见 / no review opinion issued for this activity: " + opinionId);
    }
    return change(staff, activityId, a -> a.opinionIssued(opinionId));
  }

  /** A question of a thematic inquiry: asked by an active deputy, answered by someone of an active unit of the register. */
  public SupervisionActivity draftQuestion(CurrentUser staff, String activityId, FiveQuestion category,
      String question, String askedBy, String answererName, String answererUnitId) {
    if (!register.activeDeputies(staff.congressId()).contains(askedBy)) {
      throw new RuleViolationException("askedBy", "名册中没有这名在任代表 / not an active deputy of the register: " + askedBy);
    }
    RegisteredUnit body = register.unit(staff.congressId(), answererUnitId).filter(RegisteredUnit::active)
        .orElseThrow(() -> new RuleViolationException("answererUnitId",
            "名册中没有这个在册单位 / not an active unit of the register: " + answererUnitId));
    return change(staff, activityId,
        a -> a.draftQuestion(category, question, askedBy, answererName, body.unitId(), body.name()));
  }

  public SupervisionActivity answerQuestion(CurrentUser staff, String activityId, int questionNumber, String answer,
      List<InquiryQuestion.FollowUp> followUps, InquiryQuestion.Commitment commitment) {
    return change(staff, activityId, a -> a.answerQuestion(questionNumber, answer, followUps, commitment));
  }

  /** The commitment of an inquiry's answer fulfilled (承诺兑现), recorded by the office with its evidence. */
  public SupervisionActivity fulfilCommitment(CurrentUser staff, String activityId, int questionNumber,
      LocalDate fulfilledOn, String evidence) {
    LocalDate today = today();
    return change(staff, activityId, a -> a.fulfilCommitment(questionNumber, fulfilledOn, evidence, today));
  }

  /** The opinion form (征求意见表) sent to the deputies allocated. */
  public OpinionForm sendOpinionForm(CurrentUser staff, String activityId, List<String> questions, LocalDate dueOn) {
    LocalDate today = today();
    return change(staff, activityId, a -> a.sendOpinionForm(questions, dueOn, today)).opinionForm();
  }

  /** A deputy the form went to answers it once; returns the form as that deputy sees it. */
  public OpinionForm answerOpinionForm(CurrentUser deputy, String activityId, List<String> answers) {
    LocalDate today = today();
    String deputyId = String.valueOf(deputy.deputyId());
    return change(deputy, activityId, a -> a.answerOpinionForm(deputyId, answers, today)).opinionForm()
        .asSeenBy(deputyId);
  }

  /** The form with every answer for the office and leaders; a deputy it went to sees their own answer only. */
  public OpinionForm opinionForm(CurrentUser caller, String activityId) {
    OpinionForm form = activities.find(caller.congressId(), activityId).map(l -> l.item().opinionForm())
        .filter(f -> seesAll(caller) || f.sentTo(caller.deputyId()))
        .orElseThrow(() -> new NotFoundException("opinion form", activityId));
    return seesAll(caller) ? form : form.asSeenBy(caller.deputyId());
  }

  public SupervisionActivity close(CurrentUser staff, String activityId) {
    return change(staff, activityId, SupervisionActivity::close);
  }

  public SupervisionActivity cancel(CurrentUser staff, String activityId, String reason) {
    return change(staff, activityId, a -> a.cancel(reason));
  }

  public SupervisionActivity activity(CurrentUser caller, String activityId) {
    return activities.find(caller.congressId(), activityId).map(Loaded::item)
        .filter(a -> seesAll(caller) || a.involves(caller.deputyId()))
        .orElseThrow(() -> new NotFoundException("activity", activityId));
  }

  /** A year's activities (null: every year); a deputy sees those they take part in. */
  public Page<SupervisionActivity> list(CurrentUser caller, Integer year, int page, int size) {
    ActivityStore.Filter filter = new ActivityStore.Filter(year,
        seesAll(caller) ? null : String.valueOf(caller.deputyId()));
    return new Page<>(activities.list(caller.congressId(), filter, page, size), page, size,
        activities.count(caller.congressId(), filter));
  }

  /** Every active deputy with the activities of the year they were allocated to, and those below the minimum. */
  public ParticipationReport allocationReport(CurrentUser caller, int year) {
    return ParticipationReport.of(year, minimums.allocationsPerYear(), register.activeDeputies(caller.congressId()),
        ofYear(caller.congressId(), year), SupervisionActivity::allocatedDeputies);
  }

  /** Every standing-committee member with their lead speeches of the year, and those below the minimum. */
  public ParticipationReport leadSpeakerReport(CurrentUser caller, int year) {
    return ParticipationReport.of(year, minimums.leadSpeechesPerYear(),
        register.standingCommittee(caller.congressId()), ofYear(caller.congressId(), year),
        SupervisionActivity::leadSpeakers);
  }

  /** The allocation report as the table its file holds, the deputies named, headers in the reader's language. */
  public ReportTable allocationTable(CurrentUser caller, int year, ReportLanguage language) {
    return ReportTable.allocations(allocationReport(caller, year), register.deputyNames(caller.congressId()), language);
  }

  /** The lead-speaker report as the table its file holds, the members named, headers in the reader's language. */
  public ReportTable leadSpeakerTable(CurrentUser caller, int year, ReportLanguage language) {
    return ReportTable.leadSpeakers(leadSpeakerReport(caller, year), register.deputyNames(caller.congressId()),
        language);
  }

  private List<SupervisionActivity> ofYear(String congressId, int year) {
    List<SupervisionActivity> all = new ArrayList<>();
    activities.forEachOfYear(congressId, year, all::add);
    return all;
  }

  private static boolean seesAll(CurrentUser caller) {
    return caller.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), policy.zone());
  }

  private SupervisionActivity change(CurrentUser staff, String activityId, Consumer<SupervisionActivity> command) {
    Loaded<SupervisionActivity> loaded = activities.find(staff.congressId(), activityId)
        .orElseThrow(() -> new NotFoundException("activity", activityId));
    command.accept(loaded.item());
    return activities.save(loaded, staff).item();
  }
}
