package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.MinimumNotice;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A notice of deputies below the minimums as stored: id {@code <congressId>/<year>:<issuedOn>}. */
@Document(MinimumNoticeDocument.COLLECTION)
public class MinimumNoticeDocument extends AggregateDocument {

  public static final String COLLECTION = "minimum_notices";

  String congressId;
  int year;
  LocalDate issuedOn;
  List<MinimumNotice.Shortfall> shortfalls;

  static MinimumNoticeDocument of(MinimumNotice n) {
    MinimumNoticeDocument doc = new MinimumNoticeDocument();
    doc.setId(DeputyDocument.idOf(n.congressId(), n.noticeId()));
    doc.congressId = n.congressId();
    doc.year = n.year();
    doc.issuedOn = n.issuedOn();
    doc.shortfalls = n.shortfalls();
    return doc;
  }

  MinimumNotice toNotice() {
    return MinimumNotice.restore(congressId, year, issuedOn, shortfalls);
  }
}
