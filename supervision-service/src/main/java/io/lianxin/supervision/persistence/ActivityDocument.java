package io.lianxin.supervision.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.supervision.domain.ActivityStatus;
import io.lianxin.supervision.domain.Hearing;
import io.lianxin.supervision.domain.InquiryQuestion;
import io.lianxin.supervision.domain.OpinionForm;
import io.lianxin.supervision.domain.SupervisionActivity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An oversight activity as stored, id {@code <congressId>/<planYear>-<itemNumber>} (an adoption
 * retried meets the key); {@code participants} are the deputies allocated and the lead speakers, for
 * a deputy's list; {@code nextDeadlineCheck} the day the deadline engine looks at it next (a commitment overdue, the opinion form due soon; {@link OpinionDocument#NO_DEADLINE}: none);
 * {@code opinionForm} the opinion form sent to the deputies with their answers (null: none sent).
 */
@Document(ActivityDocument.COLLECTION)
public class ActivityDocument extends AggregateDocument {

  public static final String COLLECTION = "activities";

  String congressId;
  String activityId;
  int planYear;
  int itemNumber;
  SupervisionActivity.Schedule schedule;
  ActivityStatus status;
  List<String> allocatedDeputies;
  List<String> leadSpeakers;
  List<String> participants;
  Hearing hearing;
  String opinionId;
  String cancelReason;
  List<InquiryQuestion> questions;
  List<String> remindersSent;
  LocalDate nextDeadlineCheck;
  OpinionForm opinionForm;

  static ActivityDocument of(SupervisionActivity a, Long version, LocalDate nextDeadlineCheck) {
    ActivityDocument doc = new ActivityDocument();
    doc.setId(OpinionDocument.idOf(a.congressId(), a.activityId()));
    doc.setVersion(version);
    doc.congressId = a.congressId();
    doc.activityId = a.activityId();
    doc.planYear = a.schedule().planYear();
    doc.itemNumber = a.schedule().itemNumber();
    doc.schedule = a.schedule();
    doc.status = a.status();
    doc.allocatedDeputies = a.allocatedDeputies();
    doc.leadSpeakers = a.leadSpeakers();
    doc.participants = Stream.concat(a.allocatedDeputies().stream(), a.leadSpeakers().stream()).distinct().toList();
    doc.hearing = a.hearing();
    doc.opinionId = a.opinionId();
    doc.cancelReason = a.cancelReason();
    doc.questions = a.questions();
    doc.remindersSent = a.remindersSent();
    doc.nextDeadlineCheck = OpinionDocument.orNoDeadline(nextDeadlineCheck);
    doc.opinionForm = a.opinionForm();
    return doc;
  }

  SupervisionActivity toActivity() {
    return SupervisionActivity.restore(congressId, activityId, schedule, new SupervisionActivity.State(status,
        allocatedDeputies == null ? List.of() : allocatedDeputies, leadSpeakers == null ? List.of() : leadSpeakers,
        hearing, opinionId, cancelReason, questions == null ? List.of() : questions,
        remindersSent == null ? List.of() : remindersSent, opinionForm));
  }
}
