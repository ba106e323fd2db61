package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.TrainingMode;
import io.lianxin.deputy.domain.TrainingSession;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A training session as stored: id {@code <congressId>/<sessionId>}, with its year to list by. */
@Document(TrainingSessionDocument.COLLECTION)
public class TrainingSessionDocument extends AggregateDocument {

  public static final String COLLECTION = "training_sessions";

  String congressId;
  String sessionId;
  String title;
  LocalDate date;
  int year;
  TrainingMode mode;
  List<String> attendees;

  static TrainingSessionDocument of(TrainingSession s, Long version) {
    TrainingSessionDocument doc = new TrainingSessionDocument();
    doc.setId(DeputyDocument.idOf(s.congressId(), s.sessionId()));
    doc.setVersion(version);
    doc.congressId = s.congressId();
    doc.sessionId = s.sessionId();
    doc.title = s.details().title();
    doc.date = s.details().date();
    doc.year = s.details().date().getYear();
    doc.mode = s.details().mode();
    doc.attendees = s.attendees();
    return doc;
  }

  TrainingSession toSession() {
    return TrainingSession.restore(congressId, sessionId, new TrainingSession.Details(title, date, mode),
        attendees == null ? List.of() : attendees);
  }
}
