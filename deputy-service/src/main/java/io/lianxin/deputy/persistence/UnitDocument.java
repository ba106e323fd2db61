package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.UnitKind;
import io.lianxin.deputy.domain.UnitStatus;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A handling unit as stored: id {@code <congressId>/<unitId>}. */
@Document(UnitDocument.COLLECTION)
public class UnitDocument extends AggregateDocument {

  public static final String COLLECTION = "units";

  String congressId;
  String unitId;
  String name;
  UnitKind kind;
  String superiorUnitId;
  UnitStatus status;
  LocalDate leftOn;

  static UnitDocument of(HandlingUnit u, Long version) {
    UnitDocument doc = new UnitDocument();
    doc.setId(DeputyDocument.idOf(u.congressId(), u.unitId()));
    doc.setVersion(version);
    doc.congressId = u.congressId();
    doc.unitId = u.unitId();
    doc.name = u.details().name();
    doc.kind = u.details().kind();
    doc.superiorUnitId = u.details().superiorUnitId();
    doc.status = u.status();
    doc.leftOn = u.leftOn();
    return doc;
  }

  HandlingUnit toUnit() {
    return HandlingUnit.restore(congressId, unitId, new HandlingUnit.Details(name, kind, superiorUnitId), status, leftOn);
  }
}
