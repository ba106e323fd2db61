package io.lianxin.supervision.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.supervision.domain.AnnualPlan;
import io.lianxin.supervision.domain.PlanItem;
import io.lianxin.supervision.domain.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** An annual plan as stored, id {@code <congressId>/<year>}: one plan per congress and year by the key. */
@Document(PlanDocument.COLLECTION)
public class PlanDocument extends AggregateDocument {

  public static final String COLLECTION = "plans";

  String congressId;
  int year;
  PlanStatus status;
  List<PlanItem> items;
  LocalDate adoptedOn;

  static String idOf(String congressId, int year) {
    return OpinionDocument.idOf(congressId, String.valueOf(year));
  }

  static PlanDocument of(AnnualPlan p, Long version) {
    PlanDocument doc = new PlanDocument();
    doc.setId(idOf(p.congressId(), p.year()));
    doc.setVersion(version);
    doc.congressId = p.congressId();
    doc.year = p.year();
    doc.status = p.status();
    doc.items = p.items();
    doc.adoptedOn = p.adoptedOn();
    return doc;
  }

  AnnualPlan toPlan() {
    return AnnualPlan.restore(congressId, year, new AnnualPlan.State(status, items == null ? List.of() : items,
        adoptedOn));
  }
}
