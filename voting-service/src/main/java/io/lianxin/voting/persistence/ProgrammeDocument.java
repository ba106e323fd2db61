package io.lianxin.voting.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.voting.domain.Programme;
import org.springframework.data.mongodb.core.mapping.Document;

/** A livelihood-project programme as stored, with version, outbox and history. */
@Document(ProgrammeDocument.COLLECTION)
public class ProgrammeDocument extends AggregateDocument {

  public static final String COLLECTION = "programmes";

  private Programme programme;

  public static ProgrammeDocument of(Programme programme) {
    ProgrammeDocument doc = new ProgrammeDocument();
    doc.setId(programme.id());
    doc.programme = programme;
    return doc;
  }

  public Programme getProgramme() {
    return programme;
  }

  public void setProgramme(Programme programme) {
    this.programme = programme;
  }
}
