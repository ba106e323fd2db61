package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.Congress;
import io.lianxin.deputy.domain.CongressLevel;
import io.lianxin.deputy.domain.Term;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A congress as stored: id {@code <congressId>} (one register for all congresses). */
@Document(CongressDocument.COLLECTION)
public class CongressDocument extends AggregateDocument {

  public static final String COLLECTION = "congresses";

  String congressId;
  String name;
  CongressLevel level;
  String parentCongressId;
  List<TermEntry> terms;

  /** A term as stored. */
  static class TermEntry {
    int number;
    LocalDate start;
    LocalDate end;
  }

  static CongressDocument of(Congress c, Long version) {
    CongressDocument doc = new CongressDocument();
    doc.setId(c.congressId());
    doc.setVersion(version);
    doc.congressId = c.congressId();
    doc.name = c.details().name();
    doc.level = c.details().level();
    doc.parentCongressId = c.details().parentCongressId();
    doc.terms = c.details().terms().stream().map(t -> {
      TermEntry entry = new TermEntry();
      entry.number = t.number();
      entry.start = t.start();
      entry.end = t.end();
      return entry;
    }).toList();
    return doc;
  }

  Congress toCongress() {
    List<Term> stored = terms == null ? List.of() : terms.stream().map(t -> new Term(t.number, t.start, t.end)).toList();
    return Congress.restore(congressId, new Congress.Details(name, level, parentCongressId, stored));
  }
}
