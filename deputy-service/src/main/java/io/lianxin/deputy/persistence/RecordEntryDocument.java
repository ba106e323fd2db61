package io.lianxin.deputy.persistence;

import io.lianxin.deputy.domain.RecordEntry;
import io.lianxin.deputy.domain.RecordKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One counted entry of a deputy's record: id {@code <congressId>/<deputyId>/<itemId>}, so that a
 * deputy's work on one item is stored once (a second insert fails on the key), with the id of the
 * event it was counted from.
 */
@Document(RecordEntryDocument.COLLECTION)
public class RecordEntryDocument {

  public static final String COLLECTION = "record_entries";

  @Id
  String id;
  String congressId;
  String deputyId;
  RecordKind kind;
  String itemId;
  int year;
  String eventId;

  static RecordEntryDocument of(RecordEntry e) {
    RecordEntryDocument doc = new RecordEntryDocument();
    doc.id = e.congressId() + "/" + e.deputyId() + "/" + e.itemId();
    doc.congressId = e.congressId();
    doc.deputyId = e.deputyId();
    doc.kind = e.kind();
    doc.itemId = e.itemId();
    doc.year = e.year();
    doc.eventId = e.eventId();
    return doc;
  }
}
