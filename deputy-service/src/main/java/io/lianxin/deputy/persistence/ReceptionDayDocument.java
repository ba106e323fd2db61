package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.Presence;
import io.lianxin.deputy.domain.ReceptionDay;
import io.lianxin.deputy.domain.ReceptionDayStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reception day as stored: id {@code <congressId>/<dayId>}, with its year and quarter to find it by. */
@Document(ReceptionDayDocument.COLLECTION)
public class ReceptionDayDocument extends AggregateDocument {

  public static final String COLLECTION = "reception_days";

  String congressId;
  String dayId;
  String stationId;
  LocalDate date;
  int year;
  int quarter;
  String startsAt;
  String endsAt;
  List<String> deputyIds;
  ReceptionDayStatus status;
  List<String> deputiesPresent;

  static ReceptionDayDocument of(ReceptionDay d, Long version) {
    ReceptionDayDocument doc = new ReceptionDayDocument();
    doc.setId(DeputyDocument.idOf(d.congressId(), d.dayId()));
    doc.setVersion(version);
    doc.congressId = d.congressId();
    doc.dayId = d.dayId();
    doc.stationId = d.plan().stationId();
    doc.date = d.plan().date();
    doc.year = d.plan().date().getYear();
    doc.quarter = Presence.quarterOf(d.plan().date());
    doc.startsAt = d.plan().startsAt().toString();
    doc.endsAt = d.plan().endsAt().toString();
    doc.deputyIds = d.plan().deputyIds();
    doc.status = d.status();
    doc.deputiesPresent = d.deputiesPresent();
    return doc;
  }

  ReceptionDay toDay() {
    return ReceptionDay.restore(congressId, dayId, new ReceptionDay.Plan(stationId, date, LocalTime.parse(startsAt),
        LocalTime.parse(endsAt), deputyIds == null ? List.of() : deputyIds), status,
        deputiesPresent == null ? List.of() : deputiesPresent);
  }
}
