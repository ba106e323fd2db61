package io.lianxin.supervision.persistence;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.supervision.application.port.TopicStore;
import io.lianxin.supervision.domain.SupervisionTopic;
import io.lianxin.supervision.domain.TopicStatus;
import io.lianxin.supervision.messaging.SupervisionEventMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Supervision topics in MongoDB; each write is the topic with its events (outbox). */
@Repository
public class MongoTopicStore implements TopicStore {

  private final MongoTemplate mongo;
  private final AggregateStore aggregates;

  public MongoTopicStore(MongoTemplate mongo, AggregateStore aggregates) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    mongo.indexOps(TopicDocument.COLLECTION).createIndex(new Index().on("congressId", Sort.Direction.ASC)
        .on("proposedOn", Sort.Direction.DESC));
  }

  @Override
  public Optional<Loaded<SupervisionTopic>> find(String congressId, String topicId) {
    return Optional.ofNullable(mongo.findById(OpinionDocument.idOf(congressId, topicId), TopicDocument.class))
        .map(d -> new Loaded<>(d.toTopic(), d.getVersion()));
  }

  @Override
  public List<SupervisionTopic> list(String congressId, TopicStatus status, int page, int size) {
    Query query = query(congressId, status).with(Sort.by(Sort.Direction.DESC, "proposedOn").and(Sort.by("topicId")))
        .skip((long) page * size).limit(size);
    return mongo.find(query, TopicDocument.class).stream().map(TopicDocument::toTopic).toList();
  }

  @Override
  public long count(String congressId, TopicStatus status) {
    return mongo.count(query(congressId, status), TopicDocument.class);
  }

  @Override
  public Loaded<SupervisionTopic> insert(SupervisionTopic topic, CurrentUser actor) {
    return write(topic, null, actor);
  }

  @Override
  public Loaded<SupervisionTopic> save(Loaded<SupervisionTopic> topic, CurrentUser actor) {
    return write(topic.item(), topic.version(), actor);
  }

  private Loaded<SupervisionTopic> write(SupervisionTopic topic, Long version, CurrentUser actor) {
    TopicDocument doc = TopicDocument.of(topic, version);
    aggregates.save(doc, SupervisionEventMapper.forTopic(topic, topic.takeEvents(), actor));
    return new Loaded<>(topic, doc.getVersion());
  }

  private static Query query(String congressId, TopicStatus status) {
    Criteria criteria = Criteria.where("congressId").is(congressId);
    if (status != null) {
      criteria = criteria.and("status").is(status);
    }
    return Query.query(criteria);
  }
}
