package io.lianxin.deputy.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.deputy.domain.Contact;
import io.lianxin.deputy.domain.ContactKind;
import io.lianxin.deputy.domain.ContactMode;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A contact of the two links as stored: id {@code <congressId>/<contactId>}, with its year to count by. */
@Document(ContactDocument.COLLECTION)
public class ContactDocument extends AggregateDocument {

  public static final String COLLECTION = "contacts";

  String congressId;
  String contactId;
  ContactKind kind;
  String personId;
  String counterpartDeputyId;
  ContactMode mode;
  LocalDate on;
  int year;
  Integer votersMet;
  String summary;

  static ContactDocument of(Contact c) {
    ContactDocument doc = new ContactDocument();
    doc.setId(DeputyDocument.idOf(c.congressId(), c.contactId()));
    doc.congressId = c.congressId();
    doc.contactId = c.contactId();
    doc.kind = c.details().kind();
    doc.personId = c.details().personId();
    doc.counterpartDeputyId = c.details().counterpartDeputyId();
    doc.mode = c.details().mode();
    doc.on = c.details().on();
    doc.year = c.details().on().getYear();
    doc.votersMet = c.details().votersMet();
    doc.summary = c.details().summary();
    return doc;
  }

  Contact toContact() {
    return Contact.restore(congressId, contactId,
        new Contact.Details(kind, personId, counterpartDeputyId, mode, on, votersMet, summary));
  }
}
