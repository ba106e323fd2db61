package io.lianxin.voting.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.voting.domain.Poll;
import org.springframework.data.mongodb.core.mapping.Document;

/** A poll as stored: the aggregate under {@code poll} plus version, outbox and history. */
@Document(PollDocument.COLLECTION)
public class PollDocument extends AggregateDocument {

  public static final String COLLECTION = "polls";

  private Poll poll;

  public static PollDocument of(Poll poll) {
    PollDocument doc = new PollDocument();
    doc.setId(poll.id());
    doc.poll = poll;
    return doc;
  }

  public Poll getPoll() {
    return poll;
  }

  public void setPoll(Poll poll) {
    this.poll = poll;
  }
}
