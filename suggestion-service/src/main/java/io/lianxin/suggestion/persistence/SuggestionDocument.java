package io.lianxin.suggestion.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.suggestion.domain.Suggestion;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A suggestion as stored: the aggregate itself under {@code item} (mapped field by field, the
 * domain class carries no annotations) plus version, outbox and history.
 */
@Document(SuggestionDocument.COLLECTION)
public class SuggestionDocument extends AggregateDocument {

  public static final String COLLECTION = "suggestions";

  private Suggestion item;
  /** The day the deadline engine should next look at this item; null when no deadline is pending. */
  private java.time.LocalDate nextDeadlineCheck;

  public static SuggestionDocument of(Suggestion suggestion) {
    SuggestionDocument doc = new SuggestionDocument();
    doc.setId(suggestion.id());
    doc.item = suggestion;
    return doc;
  }

  public Suggestion getItem() {
    return item;
  }

  public void setItem(Suggestion item) {
    this.item = item;
  }

  public java.time.LocalDate getNextDeadlineCheck() {
    return nextDeadlineCheck;
  }

  public void setNextDeadlineCheck(java.time.LocalDate nextDeadlineCheck) {
    this.nextDeadlineCheck = nextDeadlineCheck;
  }
}
