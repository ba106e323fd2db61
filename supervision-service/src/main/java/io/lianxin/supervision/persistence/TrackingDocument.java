package io.lianxin.supervision.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.supervision.domain.Milestone;
import io.lianxin.supervision.domain.ProjectTracking;
import io.lianxin.supervision.domain.SatisfactionResult;
import io.lianxin.supervision.domain.SiteInspection;
import io.lianxin.supervision.domain.TrackingStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A livelihood project's tracking as stored, id {@code <congressId>/<trackingId>} (the project's
 * proposal id: one tracking per project, a second insert is refused by the key).
 */
@Document(TrackingDocument.COLLECTION)
public class TrackingDocument extends AggregateDocument {

  public static final String COLLECTION = "trackings";

  String congressId;
  String trackingId;
  ProjectTracking.Project project;
  int year;
  String unitId;
  TrackingStatus status;
  ProjectTracking.Responsibility responsibility;
  List<Milestone> milestones;
  List<SiteInspection> inspections;
  String pendingVoteRequestId;
  int voteRequests;
  SatisfactionResult rating;
  List<String> remindersSent;
  LocalDate nextDeadlineCheck;

  static TrackingDocument of(ProjectTracking t, Long version, LocalDate nextDeadlineCheck) {
    TrackingDocument doc = new TrackingDocument();
    doc.setId(OpinionDocument.idOf(t.congressId(), t.trackingId()));
    doc.setVersion(version);
    doc.congressId = t.congressId();
    doc.trackingId = t.trackingId();
    doc.project = t.project();
    doc.year = t.project().year();
    doc.unitId = t.responsibility() == null ? null : t.responsibility().unitId();
    doc.status = t.status();
    doc.responsibility = t.responsibility();
    doc.milestones = t.milestones();
    doc.inspections = t.inspections();
    doc.pendingVoteRequestId = t.pendingVoteRequestId();
    doc.voteRequests = t.voteRequests();
    doc.rating = t.rating();
    doc.remindersSent = t.remindersSent();
    doc.nextDeadlineCheck = OpinionDocument.orNoDeadline(nextDeadlineCheck);
    return doc;
  }

  ProjectTracking toTracking() {
    return ProjectTracking.restore(congressId, trackingId, project, new ProjectTracking.State(status, responsibility,
        milestones == null ? List.of() : milestones, inspections == null ? List.of() : inspections,
        pendingVoteRequestId, voteRequests, rating, remindersSent == null ? List.of() : remindersSent));
  }
}
