package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.StationKind;
import io.lianxin.deputy.domain.StationStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A home or station as stored: id {@code <congressId>/<stationId>}. */
@Document(StationDocument.COLLECTION)
public class StationDocument extends AggregateDocument {

  public static final String COLLECTION = "stations";

  String congressId;
  String stationId;
  StationKind kind;
  String name;
  String address;
  String township;
  List<String> deputyIds;
  StationStatus status;
  LocalDate closedOn;

  static StationDocument of(Station s, Long version) {
    StationDocument doc = new StationDocument();
    doc.setId(DeputyDocument.idOf(s.congressId(), s.stationId()));
    doc.setVersion(version);
    doc.congressId = s.congressId();
    doc.stationId = s.stationId();
    doc.kind = s.details().kind();
    doc.name = s.details().name();
    doc.address = s.details().place().address();
    doc.township = s.details().place().township();
    doc.deputyIds = s.deputyIds();
    doc.status = s.status();
    doc.closedOn = s.closedOn();
    return doc;
  }

  Station toStation() {
    return Station.restore(congressId, stationId,
        new Station.Details(kind, name, new Station.Place(address, township)),
        deputyIds == null ? List.of() : deputyIds, status, closedOn);
  }
}
