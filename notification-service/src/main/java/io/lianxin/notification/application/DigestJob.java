package io.lianxin.notification.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.notification.domain.InboxFilter;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.Preferences;
import io.lianxin.notification.domain.Priority;
import io.lianxin.notification.persistence.DirectoryStore;
import io.lianxin.notification.persistence.NotificationStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Digests (摘要): one e-mail per person per day (or week) with their low-priority notifications of
 * that period, grouped by item. A digest is claimed by inserting its record (id = person and
 * period) before it is sent, so it goes once even with several replicas; a claim whose sender
 * died is taken over after a lease.
 */
@Component
public class DigestJob {

  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
  static final String COLLECTION = "digests";

  private final DirectoryStore directory;
  private final NotificationStore notifications;
  private final PreferencesService preferences;
  private final EmailChannel email;
  private final MongoTemplate mongo;
  private final Clock clock;
  private final ZoneId zone;
  private final LocalTime sendAt;

  public DigestJob(DirectoryStore directory, NotificationStore notifications, PreferencesService preferences,
      EmailChannel email, MongoTemplate mongo, Clock clock,
      @Value("${lianxin.notification.zone:Asia/Shanghai}") String zone,
      @Value("${lianxin.notification.digest-at:08:00}") LocalTime sendAt) {
    this.directory = directory;
    this.notifications = notifications;
    this.preferences = preferences;
    this.email = email;
    this.mongo = mongo;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
    this.sendAt = sendAt;
  }

  /** After the configured hour, yesterday's daily digests; on Mondays also last week's weekly ones. */
  @Scheduled(fixedDelayString = "${lianxin.notification.digest-interval:5m}")
  public void scheduled() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (LocalTime.ofInstant(clock.instant(), zone).isBefore(sendAt)) {
      return;
    }
    send(Preferences.Digest.DAILY, today.minusDays(1), today);
    if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
      send(Preferences.Digest.WEEKLY, today.minusWeeks(1), today);
    }
  }

  /** Sends the digests of the period [from, to) to everyone who chose {@code kind}; returns how many. */
  public int send(Preferences.Digest kind, LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.atStartOfDay(zone).toInstant();
    int sent = 0;
    for (Person person : directory.withEmail()) {
      Preferences chosen = preferences.of(person);
      if (chosen.digest() != kind) {
        continue;
      }
      String id = person.congressId() + "|" + person.personId() + "|" + kind + "|" + from;
      if (alreadySent(id)) {
        continue; // the job runs every few minutes; a sent digest needs no second look at the inbox
      }
      List<Notification> items = notifications.inbox(person.congressId(),
          CurrentUser.recipientKeys(person.personId(), person.deputyId(), person.unitId(), person.roles()),
          InboxFilter.ALL, 0, 500).stream()
          .filter(n -> n.priority() == Priority.LOW && !n.storedAt().isBefore(start) && n.storedAt().isBefore(end))
          .filter(n -> chosen.emails(n.eventType()))
          .toList();
      if (items.isEmpty()) {
        continue;
      }
      if (!claim(id)) {
        continue;
      }
      try {
        email.sendDigest(id, person.email(), chosen.language(), from, to.minusDays(1), grouped(items));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", "SENT")
            .set("items", items.size()), COLLECTION);
        sent++;
      } catch (SendFailure e) {
        log.warn("digest {} failed ({}): {}", id, e.permanent() ? "permanent" : "temporary", e.getMessage());
        if (!e.permanent()) {
          mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION); // try again next run
        }
      }
    }
    return sent;
  }

  private boolean alreadySent(String id) {
    return mongo.exists(Query.query(Criteria.where("_id").is(id).and("status").is("SENT")), COLLECTION);
  }

  private boolean claim(String id) {
    Instant now = clock.instant();
    try {
      mongo.insert(new Document("_id", id).append("status", "SENDING")
          .append("leaseUntil", Date.from(now.plus(Duration.ofMinutes(10)))), COLLECTION);
      return true;
    } catch (DuplicateKeyException taken) {
      return mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is("SENDING")
              .and("leaseUntil").lt(Date.from(now))),
          new Update().set("leaseUntil", Date.from(now.plus(Duration.ofMinutes(10)))),
          FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION) != null;
    }
  }

  /** The items of a digest, grouped by the item they are about, in the order they came. */
  static Map<String, List<Notification>> grouped(List<Notification> items) {
    Map<String, List<Notification>> bySubject = new LinkedHashMap<>();
    List<Notification> oldestFirst = new ArrayList<>(items);
    java.util.Collections.reverse(oldestFirst);
    oldestFirst.forEach(n -> bySubject.computeIfAbsent(n.subjectId(), s -> new ArrayList<>()).add(n));
    return bySubject;
  }
}
