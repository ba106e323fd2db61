package io.lianxin.notification.persistence;

import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.notification.application.port.NotificationStore;
import io.lianxin.notification.domain.Inbox;
import io.lianxin.notification.domain.InboxFilter;
import io.lianxin.notification.domain.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Notifications in {@code notifications}; an insert that meets an existing id is a no-op. */
@Repository
public class MongoNotificationStore implements NotificationStore {

  public static final String COLLECTION = "notifications";

  private final MongoTemplate mongo;
  private final IdempotentWrites writes;

  public MongoNotificationStore(MongoTemplate mongo, IdempotentWrites writes) {
    this.mongo = mongo;
    this.writes = writes;
    mongo.indexOps(COLLECTION).createIndex(new Index()
        .on("congressId", Sort.Direction.ASC).on("recipientKey", Sort.Direction.ASC).on("storedAt", Sort.Direction.DESC));
  }

  @Override
  public boolean insertIfAbsent(Notification notification) {
    return writes.insertIfAbsent(notification, COLLECTION);
  }

  @Override
  public List<Notification> newestFirst(Inbox inbox, InboxFilter filter, int page, int size) {
    Query query = Query.query(criteria(inbox, filter))
        .with(Sort.by(Sort.Direction.DESC, "storedAt", "_id")).skip((long) page * size).limit(size);
    return mongo.find(query, Notification.class, COLLECTION);
  }

  @Override
  public long count(Inbox inbox, InboxFilter filter) {
    return mongo.count(Query.query(criteria(inbox, filter)), COLLECTION);
  }

  @Override
  public Optional<Notification> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Notification.class, COLLECTION));
  }

  @Override
  public boolean markRead(Inbox inbox, String id, Instant at) {
    Query mine = Query.query(Criteria.where("_id").is(id).and("congressId").is(inbox.congressId())
        .and("recipientKey").in(inbox.recipientKeys()));
    if (!mongo.exists(mine, COLLECTION)) {
      return false;
    }
    mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("readAt").is(null)), new Update().set("readAt", at),
        COLLECTION);
    return true;
  }

  @Override
  public long markAllRead(Inbox inbox, Instant at) {
    return mongo.updateMulti(Query.query(criteria(inbox, InboxFilter.UNREAD)),
        new Update().set("readAt", at), COLLECTION).getModifiedCount();
  }

  @Override
  public List<Notification> storedAfter(Inbox inbox, Notification last, int limit) {
    Criteria base = criteria(inbox, InboxFilter.ALL);
    Criteria later = last == null ? base : new Criteria().andOperator(base, new Criteria().orOperator(
        Criteria.where("storedAt").gt(last.storedAt()),
        Criteria.where("storedAt").is(last.storedAt()).and("_id").gt(last.id())));
    return mongo.find(Query.query(later).with(Sort.by("storedAt", "_id")).limit(limit), Notification.class, COLLECTION);
  }

  private static Criteria criteria(Inbox inbox, InboxFilter filter) {
    Criteria criteria = Criteria.where("congressId").is(inbox.congressId()).and("recipientKey").in(inbox.recipientKeys());
    if (filter.unreadOnly()) {
      criteria = criteria.and("readAt").is(null);
    }
    if (filter.area() != null) {
      criteria = criteria.and("eventType").regex("^lianxin\\." + Pattern.quote(filter.area()) + "\\.");
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
