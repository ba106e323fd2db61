package io.lianxin.supervision.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.supervision.domain.Feasibility;
import io.lianxin.supervision.domain.SupervisionTopic;
import io.lianxin.supervision.domain.TopicStatus;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A supervision topic as stored, id {@code <congressId>/<topicId>}; its supports are in {@code topic_supports}. */
@Document(TopicDocument.COLLECTION)
public class TopicDocument extends AggregateDocument {

  public static final String COLLECTION = "topics";

  String congressId;
  String topicId;
  SupervisionTopic.Proposal proposal;
  LocalDate proposedOn;
  TopicStatus status;
  String mergedIntoTopicId;
  Feasibility feasibility;
  String feasibilityNote;

  static TopicDocument of(SupervisionTopic t, Long version) {
    TopicDocument doc = new TopicDocument();
    doc.setId(OpinionDocument.idOf(t.congressId(), t.topicId()));
    doc.setVersion(version);
    doc.congressId = t.congressId();
    doc.topicId = t.topicId();
    doc.proposal = t.proposal();
    doc.proposedOn = t.proposal().proposedOn();
    doc.status = t.status();
    doc.mergedIntoTopicId = t.mergedIntoTopicId();
    doc.feasibility = t.feasibility();
    doc.feasibilityNote = t.feasibilityNote();
    return doc;
  }

  SupervisionTopic toTopic() {
    return SupervisionTopic.restore(congressId, topicId, proposal,
        new SupervisionTopic.State(status, mergedIntoTopicId, feasibility, feasibilityNote));
  }
}
