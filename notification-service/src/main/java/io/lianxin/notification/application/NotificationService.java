package io.lianxin.notification.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.events.EventEnvelope;
import io.lianxin.notification.domain.InboxFilter;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.NotificationRouting;
import io.lianxin.notification.persistence.DeliveryStore;
import io.lianxin.notification.persistence.NotificationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns events into notifications (at most once each) and serves the inbox. */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NotificationStore store;
  private final NotificationRouting routing;
  private final DeliveryPlanner planner;
  private final DeliveryStore deliveries;
  private final Clock clock;

  public NotificationService(NotificationStore store, NotificationRouting routing, DeliveryPlanner planner,
      DeliveryStore deliveries, Clock clock) {
    this.store = store;
    this.routing = routing;
    this.planner = planner;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** One troubled delivery as admins see it (no message content, no address). */
  public record DeliveryLine(String deliveryId, String notificationId, String personId,
      io.lianxin.notification.domain.Delivery.Channel channel, io.lianxin.notification.domain.Delivery.Status status,
      int attempts, String lastError, Instant plannedAt, Instant nextAttemptAt) {}

  /** Deliveries that failed for good, or (unless {@code failedOnly}) are still retrying. */
  public List<DeliveryLine> troubledDeliveries(String congressId, boolean failedOnly) {
    return deliveries.troubled(congressId, failedOnly, 200).stream().map(d -> {
      var x = d.getDelivery();
      return new DeliveryLine(d.getId(), x.notificationId(), x.personId(), x.channel(), x.status(), x.attempts(),
          x.lastError(), x.plannedAt(), x.nextAttemptAt());
    }).toList();
  }

  /** Number of notifications created (0 when the event was seen before or has no route). */
  public int onEvent(EventEnvelope event) {
    Map<String, Object> data = JSON.convertValue(event.data(), new TypeReference<Map<String, Object>>() {});
    var routable = new NotificationRouting.RoutableEvent(
        event.id(), event.type(), event.congressId(), event.subject(), event.time(), data);
    List<Notification> notifications = routing.route(routable, DeterministicIds::of);
    Instant now = clock.instant();
    int created = 0;
    for (Notification notification : notifications) {
      if (store.insertIfAbsent(notification.storedAt(now))) {
        created++;
      }
      // Planned whether or not the notification is new: a crash may have come between the two.
      planner.plan(notification);
    }
    log.debug("event {} {} → {} new notification(s) of {}", event.type(), event.id(), created, notifications.size());
    return created;
  }

  /** One page of the caller's inbox, newest first, with the totals. */
  public record InboxPage(List<Notification> items, long total, long unread, int page, int size) {}

  public InboxPage inbox(CurrentUser user, InboxFilter filter, int page, int size) {
    List<String> keys = user.recipientKeys();
    return new InboxPage(store.inbox(user.congressId(), keys, filter, page, size),
        store.count(user.congressId(), keys, filter),
        store.count(user.congressId(), keys, InboxFilter.UNREAD), page, size);
  }

  public long unreadCount(CurrentUser user) {
    return store.count(user.congressId(), user.recipientKeys(), InboxFilter.UNREAD);
  }

  /** Marks one of the caller's notifications read; 404 when it is not theirs. */
  public void markRead(CurrentUser user, String id) {
    if (!store.markRead(user.congressId(), user.recipientKeys(), id, clock.instant())) {
      throw new NotFoundException("notification", id);
    }
  }

  public long markAllRead(CurrentUser user) {
    return store.markAllRead(user.congressId(), user.recipientKeys(), clock.instant());
  }

  /** The newest entries of a congress's public feed (routes addressed to {@code public:feed}). */
  public List<Notification> publicFeed(String congressId, int size) {
    return store.inbox(congressId, List.of("public:feed"), InboxFilter.ALL, 0, size);
  }

  /** One of the caller's notifications, or null when it is not theirs or does not exist. */
  public Notification mine(CurrentUser user, String id) {
    return store.find(id)
        .filter(n -> n.congressId().equals(user.congressId()) && user.recipientKeys().contains(n.recipientKey()))
        .orElse(null);
  }

  /** The newest stored notification of the caller, to start a live stream after it. */
  public Notification newest(CurrentUser user) {
    List<Notification> newest = store.inbox(user.congressId(), user.recipientKeys(), InboxFilter.ALL, 0, 1);
    return newest.isEmpty() ? null : newest.get(0);
  }

  public List<Notification> after(CurrentUser user, Notification last, int limit) {
    return store.storedAfter(user.congressId(), user.recipientKeys(), last == null ? null : last.storedAt(),
        last == null ? null : last.id(), limit);
  }
}
