package io.lianxin.supervision.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.supervision.domain.Accountability;
import io.lianxin.supervision.domain.OpinionOutcome;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.Problem;
import io.lianxin.supervision.domain.Reinspection;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.Round;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A review opinion as stored, id {@code <congressId>/<opinionId>}; {@code nextDeadlineCheck} is the
 * day the deadline engine looks at it next ({@link #NO_DEADLINE}: nothing left to remind).
 */
@Document(OpinionDocument.COLLECTION)
public class OpinionDocument extends AggregateDocument {

  public static final String COLLECTION = "opinions";

  /**
   * The next deadline check of an aggregate with nothing left to remind: a day the engine never reaches. Not null,
   * because a save sets the fields it has and never unsets one (the chassis' {@code $set}): a null would leave the
   * last day stored, and the engine would load the aggregate on every pass for ever.
   */
  static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

  static LocalDate orNoDeadline(LocalDate next) {
    return next == null ? NO_DEADLINE : next;
  }

  String congressId;
  String opinionId;
  ReviewOpinion.Details details;
  List<Problem> problems;
  OpinionStatus status;
  OpinionOutcome outcome;
  LocalDate issuedOn;
  int issuedInYear;
  List<Round> rounds;
  List<Reinspection> reinspections;
  Accountability accountability;
  boolean published;
  String pendingVoteRequestId;
  int voteRequests;
  List<String> remindersSent;
  LocalDate nextDeadlineCheck;

  static String idOf(String congressId, String opinionId) {
    return congressId + "/" + opinionId;
  }

  static OpinionDocument of(ReviewOpinion o, Long version, LocalDate nextDeadlineCheck) {
    OpinionDocument doc = new OpinionDocument();
    doc.setId(idOf(o.congressId(), o.opinionId()));
    doc.setVersion(version);
    doc.congressId = o.congressId();
    doc.opinionId = o.opinionId();
    doc.details = o.details();
    doc.problems = o.problems();
    doc.status = o.status();
    doc.outcome = o.outcome();
    doc.issuedOn = o.issuedOn();
    doc.issuedInYear = o.issuedOn().getYear();
    doc.rounds = o.rounds();
    doc.reinspections = o.reinspections();
    doc.accountability = o.accountability();
    doc.published = o.published();
    doc.pendingVoteRequestId = o.pendingVoteRequestId();
    doc.voteRequests = o.voteRequests();
    doc.remindersSent = o.remindersSent();
    doc.nextDeadlineCheck = orNoDeadline(nextDeadlineCheck);
    return doc;
  }

  ReviewOpinion toOpinion() {
    return ReviewOpinion.restore(congressId, opinionId, details, problems, new ReviewOpinion.State(status, outcome,
        issuedOn, rounds, reinspections == null ? List.of() : reinspections, accountability, published,
        pendingVoteRequestId, voteRequests, remindersSent == null ? List.of() : remindersSent));
  }
}
