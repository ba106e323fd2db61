package io.lianxin.notification.persistence;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.notification.application.port.DeliveryStore;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.messaging.DeliveryEvents;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Deliveries in {@code deliveries}; e-mail budgets in {@code email_budgets}. */
@Repository
public class MongoDeliveryStore implements DeliveryStore {

  private final MongoTemplate mongo;
  private final AggregateStore store;
  private final IdempotentWrites writes;

  private final EventTracing tracing;

  public MongoDeliveryStore(MongoTemplate mongo, AggregateStore store, IdempotentWrites writes, EventTracing tracing) {
    this.tracing = tracing;
    this.mongo = mongo;
    this.store = store;
    this.writes = writes;
    mongo.indexOps(DeliveryDocument.COLLECTION).createIndex(
        new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
    // the office's troubled deliveries of its congress, newest first
    mongo.indexOps(DeliveryDocument.COLLECTION).createIndex(new Index().on("delivery.congressId", Sort.Direction.ASC)
        .on("delivery.plannedAt", Sort.Direction.DESC));
  }

  @Override
  public boolean plan(Delivery delivery) {
    // planned while an event is handled: the trace of that event (like events staged in the outbox)
    delivery.plannedInTrace(tracing.currentTraceparent());
    return writes.insertIfAbsent(DeliveryDocument.of(delivery, 1L), DeliveryDocument.COLLECTION);
  }

  @Override
  public List<Loaded<Delivery>> due(Instant now, int limit) {
    Query query = Query.query(new Criteria().orOperator(
        Criteria.where("status").is(Delivery.Status.PENDING).and("dueAt").lte(now),
        Criteria.where("status").is(Delivery.Status.SENDING).and("delivery.leaseUntil").lt(now))).limit(limit);
    return mongo.find(query, DeliveryDocument.class).stream()
        .map(doc -> new Loaded<>(doc.toDelivery(), doc.getVersion())).toList();
  }

  @Override
  public Loaded<Delivery> save(Loaded<Delivery> changed) {
    Delivery delivery = changed.item();
    DeliveryDocument doc = DeliveryDocument.of(delivery, changed.version());
    try {
      store.save(doc, DeliveryEvents.pending(delivery, delivery.takeEvents()));
    } catch (OptimisticLockingFailureException e) {
      throw new ChangedMeanwhile(e.getMessage(), e);
    }
    return new Loaded<>(delivery, doc.getVersion());
  }

  @Override
  public List<Delivery> troubled(String congressId, Trouble trouble, int page, int size) {
    Query query = Query.query(troubledIn(congressId, trouble))
        .with(Sort.by(Sort.Direction.DESC, "delivery.plannedAt").and(Sort.by("_id"))).skip((long) page * size).limit(size);
    return mongo.find(query, DeliveryDocument.class).stream().map(DeliveryDocument::toDelivery).toList();
  }

  @Override
  public long countTroubled(String congressId, Trouble trouble) {
    return mongo.count(Query.query(troubledIn(congressId, trouble)), DeliveryDocument.class);
  }

  private static Criteria troubledIn(String congressId, Trouble trouble) {
    Criteria c = Criteria.where("delivery.congressId").is(congressId);
    return trouble == Trouble.FAILED ? c.and("status").is(Delivery.Status.FAILED)
        : c.orOperator(Criteria.where("status").in(Delivery.Status.FAILED, Delivery.Status.DEFERRED),
            Criteria.where("status").in(Delivery.Status.PENDING, Delivery.Status.SENDING).and("delivery.attempts").gt(0),
            Criteria.where("standing").is(Delivery.Standing.HELD));
  }

  @Override
  public List<Loaded<Delivery>> deferred(String congressId, String personId) {
    Query query = Query.query(Criteria.where("delivery.congressId").is(congressId).and("delivery.personId").is(personId)
        .and("status").is(Delivery.Status.DEFERRED)).with(Sort.by("delivery.plannedAt"));
    return mongo.find(query, DeliveryDocument.class).stream()
        .map(doc -> new Loaded<>(doc.toDelivery(), doc.getVersion())).toList();
  }

  /** One atomic {@code $inc} on a counter per person and hour. */
  @Override
  public boolean takeBudget(String congressId, String personId, String hour, int limit) {
    Document counter = mongo.findAndModify(
        Query.query(Criteria.where("_id").is(congressId + "|" + personId + "|" + hour)),
        new Update().inc("taken", 1), FindAndModifyOptions.options().returnNew(true).upsert(true),
        Document.class, "email_budgets");
    return counter.getInteger("taken") <= limit;
  }

  @Override
  public long count(Delivery.Status status) {
    return mongo.count(Query.query(Criteria.where("status").is(status)), DeliveryDocument.class);
  }
}
