package io.lianxin.notification.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.notification.application.port.DeliveryStore;
import io.lianxin.notification.application.port.NotificationStore;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Inbox;
import io.lianxin.notification.domain.InboxFilter;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.NotificationRouting;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Turns events into notifications (at most once each) and serves the inbox. */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationStore store;
  private final NotificationRouting routing;
  private final DeliveryPlanner planner;
  private final DeliveryStore deliveries;
  private final Clock clock;
  private final NotificationMeters meters;
  private final RegisterCopyService register;

  public NotificationService(NotificationStore store, NotificationRouting routing, DeliveryPlanner planner,
      DeliveryStore deliveries, Clock clock, NotificationMeters meters, RegisterCopyService register) {
    this.register = register;
    this.store = store;
    this.routing = routing;
    this.planner = planner;
    this.deliveries = deliveries;
    this.clock = clock;
    this.meters = meters;
  }

  /** One delivery as admins see it, with where it stands (no message content, no address). */
  public record DeliveryLine(String deliveryId, String notificationId, String personId, Delivery.Channel channel,
      Delivery.Status status, Delivery.Standing state, int attempts, String lastError, Instant plannedAt,
      Instant nextAttemptAt) {

    static DeliveryLine of(Delivery d) {
      return new DeliveryLine(d.id(), d.notificationId(), d.personId(), d.channel(), d.status(), d.standing(),
          d.attempts(), d.lastError(), d.plannedAt(), d.nextAttemptAt());
    }
  }

  /** Deliveries that failed for good, or all not delivered (retrying, held, deferred). */
  public Page<DeliveryLine> troubledDeliveries(String congressId, DeliveryStore.Trouble trouble, int page, int size) {
    return new Page<>(deliveries.troubled(congressId, trouble, page, size), deliveries.countTroubled(congressId, trouble),
        page, size).map(DeliveryLine::of);
  }

  /** Number of notifications created (0 when the event was seen before or has no route). */
  public int onEvent(NotificationRouting.RoutableEvent event) {
    List<Notification> notifications = routing.route(event, DeterministicIds::of, register.names(event.congressId()));
    Instant now = clock.instant();
    int created = 0;
    for (Notification notification : notifications) {
      if (store.insertIfAbsent(notification.storedAt(now))) {
        meters.stored(notification);
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
    Inbox inbox = Inbox.of(user);
    return new InboxPage(store.newestFirst(inbox, filter, page, size), store.count(inbox, filter),
        store.count(inbox, InboxFilter.UNREAD), page, size);
  }

  public long unreadCount(CurrentUser user) {
    return store.count(Inbox.of(user), InboxFilter.UNREAD);
  }

  /** Marks one of the caller's notifications read; 404 when it is not theirs. */
  public void markRead(CurrentUser user, String id) {
    if (!store.markRead(Inbox.of(user), id, clock.instant())) {
      throw new NotFoundException("notification", id);
    }
  }

  public long markAllRead(CurrentUser user) {
    return store.markAllRead(Inbox.of(user), clock.instant());
  }

  /**
   * The newest entries of a congress's public feed (routes addressed to {@code public:feed}).
   *
   * @throws NotFoundException when this service knows no such congress
   */
  public List<Notification> publicFeed(String congressId, int size) {
    List<Notification> entries = store.newestFirst(Inbox.publicFeed(congressId), InboxFilter.ALL, 0, size);
    if (entries.isEmpty() && !register.knows(congressId)) {
      throw new NotFoundException("congress", congressId);
    }
    return entries;
  }

  /** One of the caller's notifications, or null when it is not theirs or does not exist. */
  public Notification mine(CurrentUser user, String id) {
    return store.find(id).filter(Inbox.of(user)::holds).orElse(null);
  }

  /** The newest stored notification of the caller, to start a live stream after it. */
  public Notification newest(CurrentUser user) {
    List<Notification> newest = store.newestFirst(Inbox.of(user), InboxFilter.ALL, 0, 1);
    return newest.isEmpty() ? null : newest.get(0);
  }

  public List<Notification> after(CurrentUser user, Notification last, int limit) {
    return store.storedAfter(Inbox.of(user), last, limit);
  }
}
