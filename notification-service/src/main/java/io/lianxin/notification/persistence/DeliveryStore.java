package io.lianxin.notification.persistence;

import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.notification.domain.Delivery;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Deliveries: planned once (deterministic id), then moved by version-guarded saves. */
@Repository
public class DeliveryStore {

  private final MongoTemplate mongo;
  private final AggregateStore store;
  private final IdempotentWrites writes;

  public DeliveryStore(MongoTemplate mongo, AggregateStore store, IdempotentWrites writes) {
    this.mongo = mongo;
    this.store = store;
    this.writes = writes;
    mongo.indexOps(DeliveryDocument.COLLECTION).createIndex(
        new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
  }

  /** Plans a delivery; false when it was planned before (a redelivered event). */
  public boolean plan(String id, Delivery delivery) {
    DeliveryDocument doc = DeliveryDocument.of(id, delivery);
    doc.setVersion(1L);
    return writes.insertIfAbsent(doc, DeliveryDocument.COLLECTION);
  }

  /** Pending deliveries due now, and sending ones whose worker's lease ran out. */
  public List<DeliveryDocument> due(Instant now, int limit) {
    Query query = Query.query(new Criteria().orOperator(
        Criteria.where("status").is(Delivery.Status.PENDING).and("dueAt").lte(now),
        Criteria.where("status").is(Delivery.Status.SENDING).and("delivery.leaseUntil").lt(now))).limit(limit);
    return mongo.find(query, DeliveryDocument.class);
  }

  /** Saves a changed delivery (version-guarded) with the events it stages. */
  public void save(DeliveryDocument doc, List<PendingEvent> events) {
    store.save(doc.refresh(), events);
  }

  /** Deliveries that failed for good, or are still retrying (attempted but not sent), newest first. */
  public List<DeliveryDocument> troubled(String congressId, boolean failedOnly, int limit) {
    Criteria c = Criteria.where("delivery.congressId").is(congressId);
    c = failedOnly ? c.and("status").is(Delivery.Status.FAILED)
        : c.orOperator(Criteria.where("status").is(Delivery.Status.FAILED),
            Criteria.where("status").in(Delivery.Status.PENDING, Delivery.Status.SENDING).and("delivery.attempts").gt(0));
    return mongo.find(Query.query(c).with(Sort.by(Sort.Direction.DESC, "delivery.plannedAt")).limit(limit),
        DeliveryDocument.class);
  }

  /**
   * Takes one from a person's budget of the clock hour {@code hour} (e.g. 2026030509): one atomic
   * {@code $inc} on a counter per person and hour. False when the budget was already used up.
   */
  public boolean takeBudget(String congressId, String personId, String hour, int limit) {
    org.bson.Document counter = mongo.findAndModify(
        Query.query(Criteria.where("_id").is(congressId + "|" + personId + "|" + hour)),
        new org.springframework.data.mongodb.core.query.Update().inc("taken", 1),
        org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true).upsert(true),
        org.bson.Document.class, "email_budgets");
    return counter.getInteger("taken") <= limit;
  }

  public long count(Delivery.Status status) {
    return mongo.count(Query.query(Criteria.where("status").is(status)), DeliveryDocument.class);
  }
}
