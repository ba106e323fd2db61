package io.lianxin.supervision.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.supervision.domain.AnnualPlan;
import io.lianxin.supervision.domain.Milestone;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.domain.ProjectTracking;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.Round;
import io.lianxin.supervision.domain.SupervisionActivity;
import io.lianxin.supervision.domain.SupervisionEvent;
import io.lianxin.supervision.domain.SupervisionTopic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * supervision-service's events as the contracts say (lianxin.supervision.*.v1): the opinion's or
 * tracking's snapshot — who it concerns, where it stands, its deadlines and progress — then the
 * event's own facts.
 * The satisfaction-vote request is voting-service's contract: the request alone.
 */
public final class SupervisionEventMapper {

  static final String SERVICE = "supervision";

  private SupervisionEventMapper() {}

  public static List<PendingEvent> forOpinion(ReviewOpinion o, List<SupervisionEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = snapshot(o);
    return events.stream().map(e -> TypedEvents.pending(SERVICE, o.congressId(),
        e instanceof SupervisionEvent.SatisfactionVoteRequested ? Map.of() : snapshot, e, e.summary(), actor)).toList();
  }

  public static List<PendingEvent> forTracking(ProjectTracking t, List<SupervisionEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("trackingId", t.trackingId());
    snapshot.put("congressId", t.congressId());
    snapshot.put("programmeId", t.project().programmeId());
    snapshot.put("year", t.project().year());
    snapshot.put("title", t.project().title());
    snapshot.put("department", t.project().department());
    snapshot.put("budgetYuan", t.project().budgetYuan());
    snapshot.put("status", t.status().name());
    if (t.responsibility() != null) {
      snapshot.put("leadLeaderId", t.responsibility().leadLeaderId());
      snapshot.put("office", t.responsibility().office());
      snapshot.put("unitId", t.responsibility().unitId());
      snapshot.put("unitName", t.responsibility().unitName());
    }
    snapshot.put("milestonesReached", t.milestones().stream().filter(Milestone::reached).count());
    snapshot.put("milestonesTotal", t.milestones().size());
    snapshot.values().removeIf(Objects::isNull);
    return events.stream().map(e -> TypedEvents.pending(SERVICE, t.congressId(),
        e instanceof SupervisionEvent.SatisfactionVoteRequested ? Map.of() : snapshot, e, e.summary(), actor)).toList();
  }

  /** A topic's snapshot: what it is, who proposed it, where it stands. */
  public static List<PendingEvent> forTopic(SupervisionTopic t, List<SupervisionEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("topicId", t.topicId());
    snapshot.put("congressId", t.congressId());
    snapshot.put("title", t.proposal().title());
    snapshot.put("proposerId", t.proposal().proposerId());
    snapshot.put("proposedOn", t.proposal().proposedOn().toString());
    snapshot.put("status", t.status().name());
    snapshot.put("mergedIntoTopicId", t.mergedIntoTopicId());
    snapshot.values().removeIf(Objects::isNull);
    return pending(t.congressId(), snapshot, events, actor);
  }

  /** A plan's snapshot: its year, where it stands, how many items. */
  public static List<PendingEvent> forPlan(AnnualPlan p, List<SupervisionEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("congressId", p.congressId());
    snapshot.put("year", p.year());
    snapshot.put("status", p.status().name());
    snapshot.put("itemCount", p.items().size());
    snapshot.put("adoptedOn", p.adoptedOn() == null ? null : p.adoptedOn().toString());
    snapshot.values().removeIf(Objects::isNull);
    return pending(p.congressId(), snapshot, events, actor);
  }

  /** An activity's snapshot: the plan item it comes from, what and whom it oversees, where it stands. */
  public static List<PendingEvent> forActivity(SupervisionActivity a, List<SupervisionEvent> events,
      CurrentUser actor) {
    SupervisionActivity.Schedule s = a.schedule();
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("activityId", a.activityId());
    snapshot.put("congressId", a.congressId());
    snapshot.put("planYear", s.planYear());
    snapshot.put("itemNumber", s.itemNumber());
    snapshot.put("activityType", s.activityType().name());
    snapshot.put("title", s.title());
    snapshot.put("bodyUnitId", s.bodyUnitId());
    snapshot.put("bodyName", s.bodyName());
    snapshot.put("plannedQuarter", s.plannedQuarter());
    snapshot.put("followsUp", s.followsUp());
    snapshot.put("status", a.status().name());
    snapshot.put("allocatedCount", a.allocatedDeputies().size());
    snapshot.put("leadSpeakerCount", a.leadSpeakers().size());
    snapshot.values().removeIf(Objects::isNull);
    return pending(a.congressId(), snapshot, events, actor);
  }

  /**
   * A performance review's snapshot: its year and title, where it stands, and who is told of its result —
   * the party committee, the subjects' units and their superior bodies. The score-vote request is
   * voting-service's contract: the request alone.
   */
  public static List<PendingEvent> forReview(PerformanceReview r, List<SupervisionEvent> events, CurrentUser actor) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("reviewId", r.reviewId());
    snapshot.put("congressId", r.congressId());
    snapshot.put("year", r.details().year());
    snapshot.put("title", r.details().title());
    snapshot.put("status", r.status().name());
    snapshot.put("subjectCount", r.subjects().size());
    snapshot.put("partyCommitteeUnitId", r.details().partyCommitteeUnitId());
    snapshot.put("partyCommitteeName", r.details().partyCommitteeName());
    snapshot.put("subjectUnitIds", r.subjectUnitIds());
    snapshot.put("superiorUnitIds", r.superiorUnitIds());
    snapshot.put("activityId", r.details().activityId());
    snapshot.values().removeIf(Objects::isNull);
    return events.stream().map(e -> TypedEvents.pending(SERVICE, r.congressId(),
        e instanceof SupervisionEvent.ScoreVoteRequested ? Map.of() : snapshot, e, e.summary(), actor)).toList();
  }

  private static List<PendingEvent> pending(String congressId, Map<String, Object> snapshot,
      List<SupervisionEvent> events, CurrentUser actor) {
    return events.stream().map(e -> TypedEvents.pending(SERVICE, congressId, snapshot, e, e.summary(), actor)).toList();
  }

  static Map<String, Object> snapshot(ReviewOpinion o) {
    Round round = o.currentRound();
    ReviewOpinion.Progress progress = o.progress();
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("opinionId", o.opinionId());
    snapshot.put("congressId", o.congressId());
    snapshot.put("title", o.details().title());
    snapshot.put("bodyUnitId", o.details().bodyUnitId());
    snapshot.put("bodyName", o.details().bodyName());
    snapshot.put("supervisingLeaderId", o.details().supervisingLeaderId());
    snapshot.put("activityId", o.details().activityId());
    snapshot.put("status", o.status().name());
    snapshot.put("outcome", o.outcome() == null ? null : o.outcome().name());
    snapshot.put("round", round.number());
    snapshot.put("issuedOn", o.issuedOn().toString());
    snapshot.put("listDueOn", round.listDueOn().toString());
    snapshot.put("reportDueOn", round.reportDueOn().toString());
    snapshot.put("problemCount", o.problems().size());
    snapshot.put("measuresDone", progress.done());
    snapshot.put("measuresTotal", progress.total());
    snapshot.put("published", o.published());
    snapshot.values().removeIf(Objects::isNull); // an optional field the opinion lacks is absent
    return snapshot;
  }
}
