package io.lianxin.notification.persistence;

import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.notification.domain.Notification;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Notifications keyed by their deterministic id; an insert that meets an existing id is a no-op. */
@Repository
public class NotificationStore {

  public static final String COLLECTION = "notifications";

  private final MongoTemplate mongo;
  private final IdempotentWrites writes;

  public NotificationStore(MongoTemplate mongo, IdempotentWrites writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(COLLECTION).createIndex(new Index()
        .on("congressId", Sort.Direction.ASC).on("recipientKey", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
  }

  /** True when it was new. */
  public boolean insertIfAbsent(Notification notification) {
    return writes.insertIfAbsent(notification, COLLECTION);
  }

  public List<Notification> inbox(String congressId, List<String> recipientKeys, boolean unreadOnly, int page, int size) {
    Query query = inboxQuery(congressId, recipientKeys, unreadOnly)
        .with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size);
    return mongo.find(query, Notification.class, COLLECTION);
  }

  public long count(String congressId, List<String> recipientKeys, boolean unreadOnly) {
    return mongo.count(inboxQuery(congressId, recipientKeys, unreadOnly), COLLECTION);
  }

  private static Query inboxQuery(String congressId, List<String> recipientKeys, boolean unreadOnly) {
    Criteria criteria = Criteria.where("congressId").is(congressId).and("recipientKey").in(recipientKeys);
    if (unreadOnly) {
      criteria = criteria.and("readAt").is(null);
    }
    return Query.query(criteria);
  }
}
