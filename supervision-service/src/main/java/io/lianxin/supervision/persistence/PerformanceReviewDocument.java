package io.lianxin.supervision.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.domain.PerformanceReviewStatus;
import io.lianxin.supervision.domain.ReviewedSubject;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A performance review round as stored, id {@code <congressId>/<reviewId>}; {@code subjectUnitIds}
 * are the units whose subjects it reviews, for a unit's list.
 */
@Document(PerformanceReviewDocument.COLLECTION)
public class PerformanceReviewDocument extends AggregateDocument {

  public static final String COLLECTION = "performance_reviews";

  String congressId;
  String reviewId;
  int year;
  PerformanceReview.Details details;
  PerformanceReviewStatus status;
  List<ReviewedSubject> subjects;
  List<String> subjectUnitIds;
  /** The units whose people may read the round (party committee, superiors, the subjects' units). */
  List<String> readerUnitIds;
  String pendingVoteRequestId;
  int voteRequests;
  String pollId;

  static PerformanceReviewDocument of(PerformanceReview r, Long version) {
    PerformanceReviewDocument doc = new PerformanceReviewDocument();
    doc.setId(OpinionDocument.idOf(r.congressId(), r.reviewId()));
    doc.setVersion(version);
    doc.congressId = r.congressId();
    doc.reviewId = r.reviewId();
    doc.year = r.details().year();
    doc.details = r.details();
    doc.status = r.status();
    doc.subjects = r.subjects();
    doc.subjectUnitIds = r.subjectUnitIds();
    doc.readerUnitIds = r.readerUnitIds();
    doc.pendingVoteRequestId = r.pendingVoteRequestId();
    doc.voteRequests = r.voteRequests();
    doc.pollId = r.pollId();
    return doc;
  }

  PerformanceReview toReview() {
    return PerformanceReview.restore(congressId, reviewId, details,
        new PerformanceReview.State(status, subjects, pendingVoteRequestId, voteRequests, pollId));
  }
}
