package io.lianxin.notification.persistence;

import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.InboxFilter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
        .on("congressId", Sort.Direction.ASC).on("recipientKey", Sort.Direction.ASC).on("storedAt", Sort.Direction.DESC));
  }

  /** True when it was new. */
  public boolean insertIfAbsent(Notification notification) {
    return writes.insertIfAbsent(notification, COLLECTION);
  }

  public List<Notification> inbox(String congressId, List<String> recipientKeys, InboxFilter filter, int page, int size) {
    Query query = Query.query(criteria(congressId, recipientKeys, filter))
        .with(Sort.by(Sort.Direction.DESC, "storedAt", "_id")).skip((long) page * size).limit(size);
    return mongo.find(query, Notification.class, COLLECTION);
  }

  public long count(String congressId, List<String> recipientKeys, InboxFilter filter) {
    return mongo.count(Query.query(criteria(congressId, recipientKeys, filter)), COLLECTION);
  }

  public Optional<Notification> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Notification.class, COLLECTION));
  }

  /** Marks one notification read, if it is the reader's; false when it is not theirs. */
  public boolean markRead(String congressId, List<String> recipientKeys, String id, Instant at) {
    Query mine = Query.query(Criteria.where("_id").is(id).and("congressId").is(congressId).and("recipientKey").in(recipientKeys));
    if (!mongo.exists(mine, COLLECTION)) {
      return false;
    }
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("readAt").is(null)), new Update().set("readAt", at),
        COLLECTION);
    return true;
  }

  /** Marks all of the reader's unread notifications read; returns how many. */
  public long markAllRead(String congressId, List<String> recipientKeys, Instant at) {
    return mongo.updateMulti(Query.query(criteria(congressId, recipientKeys, InboxFilter.UNREAD)),
        new Update().set("readAt", at), COLLECTION).getModifiedCount();
  }

  /** The reader's notifications stored after the given point, oldest first (the live stream). */
  public List<Notification> storedAfter(String congressId, List<String> recipientKeys, Instant after, String afterId,
      int limit) {
    Criteria base = criteria(congressId, recipientKeys, InboxFilter.ALL);
    Criteria later = after == null ? base : new Criteria().andOperator(base, new Criteria().orOperator(
        Criteria.where("storedAt").gt(after),
        Criteria.where("storedAt").is(after).and("_id").gt(afterId)));
    return mongo.find(Query.query(later).with(Sort.by("storedAt", "_id")).limit(limit), Notification.class, COLLECTION);
  }

  private static Criteria criteria(String congressId, List<String> recipientKeys, InboxFilter filter) {
    Criteria criteria = Criteria.where("congressId").is(congressId).and("recipientKey").in(recipientKeys);
    if (filter.unreadOnly()) {
      criteria = criteria.and("readAt").is(null);
    }
    if (filter.area() != null) {
      criteria = criteria.and("eventType").regex("^lianxin\\." + java.util.regex.Pattern.quote(filter.area()) + "\\.");
    }
    if (filter.priority() != null) {
      criteria = criteria.and("priority").is(filter.priority());
    }
    if (filter.subjectId() != null) {
      criteria = criteria.and("subjectId").is(filter.subjectId());
    }
    return criteria;
  }
}
