package io.lianxin.notification.persistence;

import io.lianxin.notification.application.port.DigestStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The digests' record in {@code digests}: {@code {_id, status: SENDING|SENT, leaseUntil, items}}.
 * A claim is an insert (the id makes it unique) or the takeover of an expired SENDING one.
 */
@Repository
public class MongoDigestStore implements DigestStore {

  static final String COLLECTION = "digests";

  private final MongoTemplate mongo;

  public MongoDigestStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public boolean sent(String digestId) {
    return mongo.exists(Query.query(Criteria.where("_id").is(digestId).and("status").is("SENT")), COLLECTION);
  }

  @Override
  public boolean claim(String digestId, Instant now, Duration lease) {
    Date until = Date.from(now.plus(lease));
    try {
      mongo.insert(new Document("_id", digestId).append("status", "SENDING").append("leaseUntil", until), COLLECTION);
      return true;
    } catch (DuplicateKeyException taken) {
      return mongo.findAndModify(Query.query(Criteria.where("_id").is(digestId).and("status").is("SENDING")
              .and("leaseUntil").lt(Date.from(now))),
          new Update().set("leaseUntil", until), FindAndModifyOptions.options().returnNew(true), Document.class,
          COLLECTION) != null;
    }
  }

  @Override
  public void markSent(String digestId, int items) {
    mongo.updateFirst(Query.query(Criteria.where("_id").is(digestId)), new Update().set("status", "SENT")
        .set("items", items), COLLECTION);
  }

  @Override
  public void release(String digestId) {
    mongo.remove(Query.query(Criteria.where("_id").is(digestId)), COLLECTION);
  }
}
