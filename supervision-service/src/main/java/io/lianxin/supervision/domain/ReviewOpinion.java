package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A review opinion (审议意见) of the standing committee to a body (被监督单位), tracked through the two
 * lists (两清单) to closure: the problem list issued with it, the body's rectification list covering
 * every problem, measures done with evidence, the report to the chair's council within three months,
 * the standing committee's satisfaction vote — satisfied closes it, unsatisfied orders a second
 * deliberation (二次审议), unsatisfied again leads to accountability (追责问效) and then closes.
 */
public final class ReviewOpinion {

  /** What the opinion says and to whom: the body is a handling unit of the register. */
  public record Details(String title, String text, String bodyUnitId, String bodyName, String supervisingLeaderId,
      String activityId) {
    public Details {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(bodyUnitId, "bodyUnitId");
      Objects.requireNonNull(bodyName, "bodyName");
    }
  }

  /** The state as stored, for {@link #restore}. */
  public record State(OpinionStatus status, OpinionOutcome outcome, LocalDate issuedOn, List<Round> rounds,
      List<Reinspection> reinspections, Accountability accountability, boolean published, String pendingVoteRequestId,
      int voteRequests, Collection<String> remindersSent) {}

  private final String congressId;
  private final String opinionId;
  private final Details details;
  private final List<Problem> problems;
  private OpinionStatus status;
  private OpinionOutcome outcome;
  private final LocalDate issuedOn;
  private final List<Round> rounds;
  private final List<Reinspection> reinspections;
  private Accountability accountability;
  private boolean published;
  private VoteRequests votes;
  private final TreeSet<String> remindersSent;
  private final List<SupervisionEvent> events = new ArrayList<>();

  private ReviewOpinion(String congressId, String opinionId, Details details, List<Problem> problems, State state) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.opinionId = Objects.requireNonNull(opinionId, "opinionId");
    this.details = Objects.requireNonNull(details, "details");
    this.problems = List.copyOf(problems);
    this.status = state.status();
    this.outcome = state.outcome();
    this.issuedOn = state.issuedOn();
    this.rounds = new ArrayList<>(state.rounds());
    this.reinspections = new ArrayList<>(state.reinspections());
    this.accountability = state.accountability();
    this.published = state.published();
    this.votes = new VoteRequests(state.pendingVoteRequestId(), state.voteRequests());
    this.remindersSent = new TreeSet<>(state.remindersSent());
  }

  /** Issues an opinion with its numbered problem list (交办审议意见及问题清单); at least one problem. */
  public static ReviewOpinion issue(String congressId, String opinionId, Details details, List<String> problems,
      LocalDate on, SupervisionPolicy policy) {
    if (problems.isEmpty()) {
      throw new RuleViolationException("problems", "问题清单不能为空 / the problem list needs at least one problem");
    }
    List<Problem> numbered = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      numbered.add(new Problem(i + 1, problems.get(i)));
    }
    ReviewOpinion opinion = new ReviewOpinion(congressId, opinionId, details, numbered, new State(OpinionStatus.ISSUED,
        null, on, List.of(Round.start(1, on, policy)), List.of(), null, false, null, 0, List.of()));
    opinion.events.add(new SupervisionEvent.OpinionIssued());
    return opinion;
  }

  public static ReviewOpinion restore(String congressId, String opinionId, Details details, List<Problem> problems,
      State state) {
    return new ReviewOpinion(congressId, opinionId, details, problems, state);
  }

  /**
   * The body's rectification list (报送整改清单): every problem needs at least one measure, every measure
   * names problems of the list; else nothing changes and the problems are named.
   */
  public void submitList(List<MeasurePlan> plans, LocalDate on) {
    requireStatus("submit a rectification list", status.awaitsList());
    if (plans.isEmpty()) {
      throw new RuleViolationException("measures", "整改清单不能为空 / the rectification list needs measures");
    }
    Set<Integer> known = new TreeSet<>(problems.stream().map(Problem::number).toList());
    List<Integer> unknown = plans.stream().flatMap(p -> p.problemNumbers().stream())
        .filter(n -> !known.contains(n)).distinct().sorted().toList();
    if (!unknown.isEmpty() || plans.stream().anyMatch(p -> p.problemNumbers().isEmpty())) {
      throw new RuleViolationException("measures", "问题清单中没有这些编号 / not numbers of the problem list: "
          + (unknown.isEmpty() ? "(none given)" : join(unknown)));
    }
    Set<Integer> covered = new TreeSet<>();
    plans.forEach(p -> covered.addAll(p.problemNumbers()));
    List<Integer> uncovered = known.stream().filter(n -> !covered.contains(n)).toList();
    if (!uncovered.isEmpty()) {
      throw new RuleViolationException("measures", "这些问题没有整改措施 / problems without a measure: " + join(uncovered));
    }
    List<Integer> dueBeforeTheList = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      if (plans.get(i).dueOn().isBefore(on)) {
        dueBeforeTheList.add(i + 1);
      }
    }
    if (!dueBeforeTheList.isEmpty()) {
      throw new RuleViolationException("measures", "整改措施的完成时限早于今天 / measures due before today: "
          + join(dueBeforeTheList));
    }
    int round = current().number();
    List<Measure> measures = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      MeasurePlan p = plans.get(i);
      String id = (round == 1 ? "M" : "R" + round + "-M") + (i + 1);
      measures.add(Measure.planned(id, p.problemNumbers(), p.action(), p.owner(), p.dueOn()));
    }
    replaceCurrent(current().withList(on, measures));
    status = OpinionStatus.RECTIFYING;
    events.add(new SupervisionEvent.RectificationListSubmitted(round, measures.size()));
  }

  /** Staff send the list back (退回整改清单) before the report: the list is awaited again, same deadline. */
  public void rejectList(String reason) {
    requireStatus("reject the rectification list", status == OpinionStatus.RECTIFYING);
    int round = current().number();
    replaceCurrent(current().withList(null, List.of()));
    status = round == 1 ? OpinionStatus.ISSUED : OpinionStatus.SECOND_DELIBERATION;
    // the next list's measures are numbered afresh and the list is awaited again: their reminders are due anew
    String measurePrefix = "measure-overdue:" + (round == 1 ? "M" : "R" + round + "-M");
    remindersSent.removeIf(key -> key.startsWith(measurePrefix) || key.equals("list-overdue:" + round));
    events.add(new SupervisionEvent.RectificationListRejected(round, reason));
  }

  /**
   * A measure's progress (整改进度): planned → in progress → done, or planned → done; done needs the
   * evidence. Measures progress until the vote is decided.
   */
  public void updateMeasure(String measureId, MeasureStatus next, String evidence, LocalDate on) {
    requireStatus("update a measure", status == OpinionStatus.RECTIFYING || status == OpinionStatus.REPORTED
        || status == OpinionStatus.VOTING);
    Measure measure = current().measures().stream().filter(m -> m.measureId().equals(measureId)).findFirst()
        .orElseThrow(() -> new NotFoundException("measure", measureId));
    boolean forward = measure.status() == MeasureStatus.PLANNED && next != MeasureStatus.PLANNED
        || measure.status() == MeasureStatus.IN_PROGRESS && next == MeasureStatus.DONE;
    if (!forward) {
      throw new IllegalTransitionException("move measure " + measureId + " to " + next, measure.status().name());
    }
    if (next == MeasureStatus.DONE && (evidence == null || evidence.isBlank())) {
      throw new RuleViolationException("evidence", "完成整改需提供佐证材料 / a measure done needs its evidence");
    }
    List<Measure> measures = new ArrayList<>(current().measures());
    measures.replaceAll(m -> m.measureId().equals(measureId) ? m.progressed(next, evidence, on) : m);
    replaceCurrent(current().withMeasures(measures));
    events.add(new SupervisionEvent.MeasureUpdated(measureId, next, measure.problemNumbers()));
  }

  /** The body reports on the rectification to the chair's council (向主任会议报告整改情况). */
  public void submitReport(String report, LocalDate on) {
    requireStatus("submit the report", status == OpinionStatus.RECTIFYING);
    replaceCurrent(current().withReport(on, report));
    status = OpinionStatus.REPORTED;
    events.add(new SupervisionEvent.ReportSubmitted(current().number()));
  }

  /**
   * Asks voting-service for the standing committee's satisfaction vote on the report (满意度测评);
   * the roll is the standing committee's members from the register, at least one.
   *
   * @return the request id the result will carry
   */
  public String requestSatisfactionVote(List<String> roll, Instant closesAt, boolean secret, List<String> scrutineers,
      Instant now) {
    requireStatus("request the satisfaction vote", status == OpinionStatus.REPORTED);
    SatisfactionResult.requireScrutineersOnlyWhenSecret(secret, scrutineers);
    if (roll.isEmpty()) {
      throw new RuleViolationException("roll", "名册中没有常委会组成人员 / the register has no standing committee members");
    }
    votes = votes.ask("opinion:" + opinionId + ":round-" + current().number() + ":", closesAt, now);
    status = OpinionStatus.VOTING;
    events.add(new SupervisionEvent.SatisfactionVoteRequested(votes.awaited(), congressId,
        SatisfactionResult.title("对" + details.bodyName() + "落实《" + details.title() + "》整改情况的满意度测评",
            "对" + details.bodyName() + "落实审议意见整改情况的满意度测评"), "REVIEW_OPINION", opinionId,
        List.of(details.bodyName() + "整改情况报告"), roll, closesAt, secret, published, scrutineers));
    return votes.awaited();
  }

  /**
   * The vote's result, read back by its request id: satisfied closes the opinion; unsatisfied in the
   * first round orders a second deliberation, in the second leads to accountability; a vote that is
   * not valid puts the report back before the council for a new vote. A result this opinion is not
   * waiting for (delivered again, or of an older request) changes nothing.
   *
   * @return whether the opinion changed
   */
  public boolean recordVote(SatisfactionResult result, LocalDate on, SupervisionPolicy policy) {
    if (status != OpinionStatus.VOTING || !votes.awaits(result.requestId())) {
      return false;
    }
    boolean satisfied = result.satisfied(policy.satisfiedPercentAbove());
    int round = current().number();
    votes = votes.ended();
    events.add(new SupervisionEvent.SatisfactionVoteRecorded(result.requestId(), round, result.favourable(),
        result.base(), result.valid(), satisfied));
    if (!result.valid()) {
      status = OpinionStatus.REPORTED;
      return true;
    }
    replaceCurrent(current().withResult(result));
    if (satisfied) {
      close(OpinionOutcome.SATISFIED);
    } else if (round == 1) {
      Round second = Round.start(2, on, policy);
      rounds.add(second);
      status = OpinionStatus.SECOND_DELIBERATION;
      events.add(new SupervisionEvent.SecondDeliberationOrdered(2, second.listDueOn(), second.reportDueOn()));
    } else {
      status = OpinionStatus.ACCOUNTABILITY;
    }
    return true;
  }

  /**
   * Staff withdraw the vote asked for (it was cancelled in voting-service, or will never open): the
   * report is before the council again and a new vote may be asked; the withdrawn one's result, if it
   * still comes, is not awaited any more and changes nothing.
   */
  public void withdrawSatisfactionVote(String reason) {
    requireStatus("withdraw the satisfaction vote", status == OpinionStatus.VOTING);
    String withdrawn = votes.awaited();
    votes = votes.ended();
    status = OpinionStatus.REPORTED;
    events.add(new SupervisionEvent.SatisfactionVoteWithdrawn(withdrawn, reason));
  }

  /**
   * voting-service cancelled the poll of the vote this opinion waits for (取消表决): the vote ends cancelled with
   * voting's reason, the report is before the council again and staff may ask anew. A cancel of another request
   * (delivered again, an older one, or after a withdrawal) changes nothing.
   *
   * @return whether the opinion changed
   */
  public boolean voteCancelled(String requestId, String pollId, String reason) {
    if (status != OpinionStatus.VOTING || !votes.awaits(requestId)) {
      return false;
    }
    votes = votes.ended();
    status = OpinionStatus.REPORTED;
    events.add(new SupervisionEvent.SatisfactionVoteCancelled(requestId, pollId, reason));
    return true;
  }

  /** The accountability referral (追责问效) after the second unsatisfactory vote; then the opinion closes. */
  public void referAccountability(String referredTo, String text, LocalDate on) {
    requireStatus("refer for accountability", status == OpinionStatus.ACCOUNTABILITY);
    accountability = new Accountability(referredTo, text, on);
    events.add(new SupervisionEvent.AccountabilityReferred(referredTo, text));
    close(OpinionOutcome.ACCOUNTABILITY_REFERRED);
  }

  /** A re-inspection (再次调研视察) may be opened at any point before closing. */
  public void openReinspection(LocalDate on, String purpose) {
    requireStatus("open a re-inspection", status != OpinionStatus.CLOSED);
    reinspections.add(new Reinspection(on, purpose));
    events.add(new SupervisionEvent.ReinspectionOpened(on, purpose));
  }

  /** Publishes the opinion with its lists and progress (公开); publishing again changes nothing. */
  public void publish() {
    if (!published) {
      published = true;
      events.add(new SupervisionEvent.OpinionPublished());
    }
  }

  /**
   * Sends the reminders that are due on {@code today}, each once: the list due soon and overdue, the
   * report due soon and overdue, each measure overdue.
   *
   * @return whether a reminder was sent
   */
  public boolean applyDeadlines(LocalDate today, SupervisionPolicy policy) {
    int before = events.size();
    Round r = current();
    int n = r.number();
    if (status.awaitsList()) {
      remindSoon("list-due-soon:" + n, today, r.listDueOn(), policy, new SupervisionEvent.RectificationListDueSoon(n, r.listDueOn()));
      remind("list-overdue:" + n, today.isAfter(r.listDueOn()), new SupervisionEvent.RectificationOverdue(n, r.listDueOn()));
    }
    if (status.awaitsList() || status == OpinionStatus.RECTIFYING) {
      remindSoon("report-due-soon:" + n, today, r.reportDueOn(), policy, new SupervisionEvent.ReportDueSoon(n, r.reportDueOn()));
      remind("report-overdue:" + n, today.isAfter(r.reportDueOn()), new SupervisionEvent.ReportOverdue(n, r.reportDueOn()));
    }
    if (measuresRunning()) {
      for (Measure m : r.measures()) {
        remind("measure-overdue:" + m.measureId(), m.status() != MeasureStatus.DONE && today.isAfter(m.dueOn()),
            new SupervisionEvent.MeasureOverdue(m.measureId(), m.owner(), m.dueOn()));
      }
    }
    return events.size() > before;
  }

  /** The first day a reminder not yet sent could be due, or null when none can be. */
  public LocalDate nextDeadlineCheck(SupervisionPolicy policy) {
    Round r = current();
    int n = r.number();
    List<LocalDate> candidates = new ArrayList<>();
    if (status.awaitsList()) {
      pending("list-due-soon:" + n, r.listDueOn().minus(policy.dueSoonBefore()), candidates);
      pending("list-overdue:" + n, r.listDueOn().plusDays(1), candidates);
    }
    if (status.awaitsList() || status == OpinionStatus.RECTIFYING) {
      pending("report-due-soon:" + n, r.reportDueOn().minus(policy.dueSoonBefore()), candidates);
      pending("report-overdue:" + n, r.reportDueOn().plusDays(1), candidates);
    }
    if (measuresRunning()) {
      r.measures().stream().filter(m -> m.status() != MeasureStatus.DONE)
          .forEach(m -> pending("measure-overdue:" + m.measureId(), m.dueOn().plusDays(1), candidates));
    }
    return candidates.stream().min(LocalDate::compareTo).orElse(null);
  }

  private void pending(String key, LocalDate from, List<LocalDate> candidates) {
    if (!remindersSent.contains(key)) {
      candidates.add(from);
    }
  }

  private boolean measuresRunning() {
    return status == OpinionStatus.RECTIFYING || status == OpinionStatus.REPORTED || status == OpinionStatus.VOTING;
  }

  private static boolean dueSoon(LocalDate today, LocalDate dueOn, SupervisionPolicy policy) {
    return !today.isBefore(dueOn.minus(policy.dueSoonBefore())) && !today.isAfter(dueOn);
  }

  /** A "due soon" reminder whose window passed unsent (the engine was not running) is skipped: the overdue one tells. */
  private void remindSoon(String key, LocalDate today, LocalDate dueOn, SupervisionPolicy policy,
      SupervisionEvent reminder) {
    if (today.isAfter(dueOn)) {
      remindersSent.add(key);
    } else {
      remind(key, dueSoon(today, dueOn, policy), reminder);
    }
  }

  private void remind(String key, boolean due, SupervisionEvent reminder) {
    if (due && remindersSent.add(key)) {
      events.add(reminder);
    }
  }

  private void close(OpinionOutcome how) {
    status = OpinionStatus.CLOSED;
    outcome = how;
    events.add(new SupervisionEvent.OpinionClosed(how));
  }

  private void requireStatus(String action, boolean allowed) {
    if (!allowed) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  private Round current() {
    return rounds.get(rounds.size() - 1);
  }

  private void replaceCurrent(Round next) {
    rounds.set(rounds.size() - 1, next);
  }

  private static String join(Collection<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  public List<SupervisionEvent> takeEvents() {
    List<SupervisionEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String congressId() {
    return congressId;
  }

  public String opinionId() {
    return opinionId;
  }

  public Details details() {
    return details;
  }

  public List<Problem> problems() {
    return problems;
  }

  public OpinionStatus status() {
    return status;
  }

  public OpinionOutcome outcome() {
    return outcome;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public List<Round> rounds() {
    return List.copyOf(rounds);
  }

  public Round currentRound() {
    return current();
  }

  /** Every measure of every round. */
  public List<Measure> allMeasures() {
    return rounds.stream().flatMap(r -> r.measures().stream()).toList();
  }

  public List<Reinspection> reinspections() {
    return List.copyOf(reinspections);
  }

  public Accountability accountability() {
    return accountability;
  }

  public boolean published() {
    return published;
  }

  public String pendingVoteRequestId() {
    return votes.awaited();
  }

  public int voteRequests() {
    return votes.asked();
  }

  public List<String> remindersSent() {
    return List.copyOf(remindersSent);
  }

  /** The current round's measures of one problem, and how many of them are done (进度). */
  public Progress progressOf(int problemNumber) {
    List<Measure> of = current().measures().stream().filter(m -> m.problemNumbers().contains(problemNumber)).toList();
    return new Progress(of.stream().filter(m -> m.status() == MeasureStatus.DONE).count(), of.size());
  }

  /** Measures done and all measures of the current round. */
  public Progress progress() {
    return new Progress(current().measuresDone(), current().measures().size());
  }

  /** Measures done of all measures (整改完成进度). */
  public record Progress(long done, long total) {}
}
