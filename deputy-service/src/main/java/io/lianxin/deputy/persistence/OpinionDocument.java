package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.FeedbackMode;
import io.lianxin.deputy.domain.Opinion;
import io.lianxin.deputy.domain.OpinionState;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A voter's opinion as stored: id {@code <congressId>/<trackingCode>}, so a code is unique in its congress by the key. */
@Document(OpinionDocument.COLLECTION)
public class OpinionDocument extends AggregateDocument {

  public static final String COLLECTION = "opinions";

  String congressId;
  String trackingCode;
  String dayId;
  String stationId;
  LocalDate receivedOn;
  String visitId;
  String visitorName;
  String visitorContact;
  String text;
  OpinionState state;
  String unitId;
  String deputyId;
  String draftTitle;
  LocalDate handedOn;
  String answer;
  LocalDate answeredOn;
  FeedbackMode feedbackMode;
  LocalDate fedBackOn;

  static OpinionDocument of(Opinion o, Long version) {
    OpinionDocument doc = new OpinionDocument();
    doc.setId(DeputyDocument.idOf(o.congressId(), o.trackingCode()));
    doc.setVersion(version);
    doc.congressId = o.congressId();
    doc.trackingCode = o.trackingCode();
    doc.dayId = o.origin().dayId();
    doc.stationId = o.origin().stationId();
    doc.receivedOn = o.origin().receivedOn();
    doc.visitId = o.origin().visitId();
    doc.visitorName = o.visitor().name();
    doc.visitorContact = o.visitor().contact();
    doc.text = o.text();
    doc.state = o.state();
    if (o.handling() != null) {
      doc.unitId = o.handling().unitId();
      doc.deputyId = o.handling().deputyId();
      doc.draftTitle = o.handling().draftTitle();
      doc.handedOn = o.handling().on();
    }
    if (o.answer() != null) {
      doc.answer = o.answer().text();
      doc.answeredOn = o.answer().on();
    }
    if (o.feedback() != null) {
      doc.feedbackMode = o.feedback().mode();
      doc.fedBackOn = o.feedback().on();
    }
    return doc;
  }

  Opinion toOpinion() {
    return Opinion.restore(congressId, trackingCode, new Opinion.Origin(dayId, stationId, receivedOn, visitId),
        new Opinion.Visitor(visitorName, visitorContact), text, state,
        handedOn == null ? null : new Opinion.Handling(unitId, deputyId, draftTitle, handedOn),
        answeredOn == null ? null : new Opinion.Answer(answer, answeredOn),
        fedBackOn == null ? null : new Opinion.Feedback(feedbackMode, fedBackOn));
  }
}
