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
import java.util.TreeSet;

/**
 * The tracking of one livelihood project the deputies selected (民生实事项目督办落实): started from
 * voting's selection, set up by the office with the lead leader (领衔督办), the committee office,
 * the responsible department (a unit of the register) and its milestones (时间节点) and budget; the
 * department reports progress per milestone, deputy groups record site inspections, and at year
 * end all deputies rate it in a satisfaction vote (人大评) whose result is recorded.
 */
public final class ProjectTracking {

  /** The project as the deputies selected it. */
  public record Project(String programmeId, String proposalId, int year, String title, String department,
      long budgetYuan) {
    public Project {
      Objects.requireNonNull(programmeId, "programmeId");
      Objects.requireNonNull(proposalId, "proposalId");
      Objects.requireNonNull(title, "title");
    }
  }

  /** Who tracks it: the lead leader's user id, the committee office, the responsible department. */
  public record Responsibility(String leadLeaderId, String office, String unitId, String unitName) {
    public Responsibility {
      Objects.requireNonNull(leadLeaderId, "leadLeaderId");
      Objects.requireNonNull(office, "office");
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(unitName, "unitName");
    }
  }

  /** A milestone as the office plans it. */
  public record PlannedMilestone(String name, LocalDate dueOn) {}

  /** The state as stored. */
  public record State(TrackingStatus status, Responsibility responsibility, List<Milestone> milestones,
      List<SiteInspection> inspections, String pendingVoteRequestId, int voteRequests, SatisfactionResult rating,
      Collection<String> remindersSent) {}

  private final String congressId;
  private final String trackingId;
  private final Project project;
  private TrackingStatus status;
  private Responsibility responsibility;
  private final List<Milestone> milestones;
  private final List<SiteInspection> inspections;
  private VoteRequests votes;
  private SatisfactionResult rating;
  private final TreeSet<String> remindersSent;
  private final List<SupervisionEvent> events = new ArrayList<>();

  private ProjectTracking(String congressId, String trackingId, Project project, State state) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.trackingId = Objects.requireNonNull(trackingId, "trackingId");
    this.project = Objects.requireNonNull(project, "project");
    this.status = state.status();
    this.responsibility = state.responsibility();
    this.milestones = new ArrayList<>(state.milestones());
    this.inspections = new ArrayList<>(state.inspections());
    this.votes = new VoteRequests(state.pendingVoteRequestId(), state.voteRequests());
    this.rating = state.rating();
    this.remindersSent = new TreeSet<>(state.remindersSent());
  }

  /** The tracking of a project voting selected, waiting to be set up. */
  public static ProjectTracking start(String congressId, String trackingId, Project project) {
    ProjectTracking t = new ProjectTracking(congressId, trackingId, project,
        new State(TrackingStatus.AWAITING_SETUP, null, List.of(), List.of(), null, 0, null, List.of()));
    t.events.add(new SupervisionEvent.ProjectTrackingStarted());
    return t;
  }

  public static ProjectTracking restore(String congressId, String trackingId, Project project, State state) {
    return new ProjectTracking(congressId, trackingId, project, state);
  }

  /** The office sets the tracking up (落实督办责任): who, and the milestones in order of their due days. */
  public void setUp(Responsibility who, List<PlannedMilestone> planned) {
    requireStatus("set up the tracking", status == TrackingStatus.AWAITING_SETUP);
    if (planned.isEmpty()) {
      throw new RuleViolationException("milestones", "至少需要一个时间节点 / at least one milestone");
    }
    for (int i = 1; i < planned.size(); i++) {
      if (planned.get(i).dueOn().isBefore(planned.get(i - 1).dueOn())) {
        throw new RuleViolationException("milestones", "时间节点须按时间先后排列 / milestones in the order of their due days");
      }
    }
    responsibility = who;
    for (int i = 0; i < planned.size(); i++) {
      milestones.add(new Milestone(i + 1, planned.get(i).name(), planned.get(i).dueOn(), List.of(), null));
    }
    status = TrackingStatus.TRACKING;
    events.add(new SupervisionEvent.TrackingSetUp(milestones.size()));
  }

  /** The responsible department reports progress on a milestone (报告进展); "reached" once is reached. */
  public void reportProgress(int milestone, String text, boolean reached, LocalDate on) {
    requireStatus("report progress", status == TrackingStatus.TRACKING);
    Milestone m = milestone(milestone);
    milestones.set(milestone - 1, m.reported(new Milestone.ProgressReport(on, text, reached)));
    events.add(new SupervisionEvent.MilestoneProgressReported(milestone, reached || m.reached()));
  }

  /** A deputy group's site inspection (代表小组视察) while the project is tracked. */
  public void recordInspection(SiteInspection inspection) {
    requireStatus("record a site inspection", status == TrackingStatus.TRACKING);
    inspections.add(inspection);
    events.add(new SupervisionEvent.SiteInspectionRecorded(inspection.on(), inspection.deputyGroup(),
        inspection.deputyIds()));
  }

  /** Asks for the year-end satisfaction vote of all deputies (人大评); the roll is the register's active deputies. */
  public String requestSatisfactionVote(List<String> roll, Instant closesAt, boolean secret, List<String> scrutineers,
      Instant now) {
    requireStatus("request the satisfaction vote", status == TrackingStatus.TRACKING);
    SatisfactionResult.requireScrutineersOnlyWhenSecret(secret, scrutineers);
    if (roll.isEmpty()) {
      throw new RuleViolationException("roll", "名册中没有在任代表 / the register has no active deputies");
    }
    votes = votes.ask("project:" + trackingId + ":", closesAt, now);
    status = TrackingStatus.VOTING;
    events.add(new SupervisionEvent.SatisfactionVoteRequested(votes.awaited(), congressId,
        SatisfactionResult.title(project.year() + "年民生实事项目“" + project.title() + "”代表满意度测评",
            project.year() + "年民生实事项目代表满意度测评"), "LIVELIHOOD_PROJECT", trackingId,
        List.of(project.title()), roll, closesAt, secret, true, scrutineers));
    return votes.awaited();
  }

  /**
   * The vote's result by its request id: recorded and the tracking rated; a vote that is not valid
   * returns it to tracking for a new vote; a result not awaited changes nothing.
   */
  public boolean recordVote(SatisfactionResult result, SupervisionPolicy policy) {
    if (status != TrackingStatus.VOTING || !votes.awaits(result.requestId())) {
      return false;
    }
    votes = votes.ended();
    boolean satisfied = result.satisfied(policy.satisfiedPercentAbove());
    events.add(new SupervisionEvent.ProjectRated(result.requestId(), result.favourable(), result.base(),
        result.valid(), satisfied));
    if (result.valid()) {
      rating = result;
      status = TrackingStatus.RATED;
    } else {
      status = TrackingStatus.TRACKING;
    }
    return true;
  }

  /** Staff withdraw the vote asked for (cancelled, or never opened): tracked again, a later result changes nothing. */
  public void withdrawSatisfactionVote(String reason) {
    requireStatus("withdraw the satisfaction vote", status == TrackingStatus.VOTING);
    String withdrawn = votes.awaited();
    votes = votes.ended();
    status = TrackingStatus.TRACKING;
    events.add(new SupervisionEvent.SatisfactionVoteWithdrawn(withdrawn, reason));
  }

  /**
   * voting-service cancelled the poll of the vote this tracking waits for (取消表决): the vote ends cancelled with
   * voting's reason, the project is tracked again and staff may ask anew; any other request changes nothing.
   *
   * @return whether the tracking changed
   */
  public boolean voteCancelled(String requestId, String pollId, String reason) {
    if (status != TrackingStatus.VOTING || !votes.awaits(requestId)) {
      return false;
    }
    votes = votes.ended();
    status = TrackingStatus.TRACKING;
    events.add(new SupervisionEvent.SatisfactionVoteCancelled(requestId, pollId, reason));
    return true;
  }

  /** Milestones due soon and overdue while tracked, each reminder once. */
  public boolean applyDeadlines(LocalDate today, SupervisionPolicy policy) {
    int before = events.size();
    if (status == TrackingStatus.TRACKING) {
      for (Milestone m : milestones) {
        if (m.reached()) {
          continue;
        }
        String soon = "milestone-due-soon:" + m.number();
        if (today.isAfter(m.dueOn())) {
          remindersSent.add(soon); // its window passed unsent: the overdue reminder tells
          if (remindersSent.add("milestone-overdue:" + m.number())) {
            events.add(new SupervisionEvent.MilestoneOverdue(m.number(), m.name(), m.dueOn()));
          }
        } else if (!today.isBefore(m.dueOn().minus(policy.dueSoonBefore())) && remindersSent.add(soon)) {
          events.add(new SupervisionEvent.MilestoneDueSoon(m.number(), m.name(), m.dueOn()));
        }
      }
    }
    return events.size() > before;
  }

  /** The first day a reminder not yet sent could be due, or null. */
  public LocalDate nextDeadlineCheck(SupervisionPolicy policy) {
    if (status != TrackingStatus.TRACKING) {
      return null;
    }
    LocalDate next = null;
    for (Milestone m : milestones) {
      if (m.reached()) {
        continue;
      }
      LocalDate candidate = !remindersSent.contains("milestone-due-soon:" + m.number())
          ? m.dueOn().minus(policy.dueSoonBefore())
          : !remindersSent.contains("milestone-overdue:" + m.number()) ? m.dueOn().plusDays(1) : null;
      if (candidate != null && (next == null || candidate.isBefore(next))) {
        next = candidate;
      }
    }
    return next;
  }

  private Milestone milestone(int number) {
    if (number < 1 || number > milestones.size()) {
      throw new NotFoundException("milestone", String.valueOf(number));
    }
    return milestones.get(number - 1);
  }

  private void requireStatus(String action, boolean allowed) {
    if (!allowed) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public List<SupervisionEvent> takeEvents() {
    List<SupervisionEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String congressId() {
    return congressId;
  }

  public String trackingId() {
    return trackingId;
  }

  public Project project() {
    return project;
  }

  public TrackingStatus status() {
    return status;
  }

  public Responsibility responsibility() {
    return responsibility;
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public List<SiteInspection> inspections() {
    return List.copyOf(inspections);
  }

  public String pendingVoteRequestId() {
    return votes.awaited();
  }

  public int voteRequests() {
    return votes.asked();
  }

  public SatisfactionResult rating() {
    return rating;
  }

  public List<String> remindersSent() {
    return List.copyOf(remindersSent);
  }
}
