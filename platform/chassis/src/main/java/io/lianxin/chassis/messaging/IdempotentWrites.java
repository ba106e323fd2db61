package io.lianxin.chassis.messaging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The two ways a consumer applies an event at most once. */
public final class IdempotentWrites {

  /** How many processed event ids a document remembers. */
  public static final int REMEMBERED_EVENTS = 200;

  private final MongoTemplate mongo;

  public IdempotentWrites(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Inserts a document whose id is deterministic; false when it already exists. */
  public boolean insertIfAbsent(Object document, String collection) {
    try {
      mongo.insert(document, collection);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Applies {@code update} to one document unless it already recorded {@code eventId}, and records
   * it in the same write. False when the event was applied before (or the document is missing).
   */
  public boolean updateOnce(String collection, Object documentId, String eventId, Update update) {
    update.push("processedEventIds").slice(-REMEMBERED_EVENTS).each(eventId);
    Query notYet = Query.query(Criteria.where("_id").is(documentId).and("processedEventIds").ne(eventId));
    return mongo.updateFirst(notYet, update, collection).getModifiedCount() > 0;
  }
}
