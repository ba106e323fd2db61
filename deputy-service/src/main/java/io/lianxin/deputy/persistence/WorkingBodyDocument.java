package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.WorkingBody;
import io.lianxin.deputy.domain.WorkingBodyKind;
import io.lianxin.deputy.domain.WorkingBodyStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A working body (工委) as stored: id {@code <congressId>/<bodyId>}. */
@Document(WorkingBodyDocument.COLLECTION)
public class WorkingBodyDocument extends AggregateDocument {

  public static final String COLLECTION = "working_bodies";

  String congressId;
  String bodyId;
  String name;
  WorkingBodyKind kind;
  String headDeputyId;
  List<String> memberDeputyIds;
  WorkingBodyStatus status;
  LocalDate dissolvedOn;

  static WorkingBodyDocument of(WorkingBody b, Long version) {
    WorkingBodyDocument doc = new WorkingBodyDocument();
    doc.setId(DeputyDocument.idOf(b.congressId(), b.bodyId()));
    doc.setVersion(version);
    doc.congressId = b.congressId();
    doc.bodyId = b.bodyId();
    doc.name = b.details().name();
    doc.kind = b.details().kind();
    doc.headDeputyId = b.details().headDeputyId();
    doc.memberDeputyIds = b.details().memberDeputyIds();
    doc.status = b.status();
    doc.dissolvedOn = b.dissolvedOn();
    return doc;
  }

  WorkingBody toBody() {
    return WorkingBody.restore(congressId, bodyId, new WorkingBody.Details(name, kind, headDeputyId,
        memberDeputyIds == null ? List.of() : memberDeputyIds), status, dissolvedOn);
  }
}
