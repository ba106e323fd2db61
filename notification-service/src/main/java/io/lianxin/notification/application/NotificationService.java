package io.lianxin.notification.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.events.EventEnvelope;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.NotificationRouting;
import io.lianxin.notification.persistence.NotificationStore;
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

  public NotificationService(NotificationStore store, NotificationRouting routing) {
    this.store = store;
    this.routing = routing;
  }

  /** Number of notifications created (0 when the event was seen before or has no route). */
  public int onEvent(EventEnvelope event) {
    Map<String, Object> data = JSON.convertValue(event.data(), new TypeReference<Map<String, Object>>() {});
    var routable = new NotificationRouting.RoutableEvent(
        event.id(), event.type(), event.congressId(), event.subject(), event.time(), data);
    List<Notification> notifications = routing.route(routable, DeterministicIds::of);
    int created = 0;
    for (Notification notification : notifications) {
      if (store.insertIfAbsent(notification)) {
        created++;
      }
    }
    log.debug("event {} {} → {} new notification(s) of {}", event.type(), event.id(), created, notifications.size());
    return created;
  }

  /** One page of the caller's inbox, newest first, with the totals. */
  public record InboxPage(List<Notification> items, long total, long unread, int page, int size) {}

  public InboxPage inbox(CurrentUser user, boolean unreadOnly, int page, int size) {
    List<String> keys = user.recipientKeys();
    return new InboxPage(store.inbox(user.congressId(), keys, unreadOnly, page, size),
        store.count(user.congressId(), keys, unreadOnly), store.count(user.congressId(), keys, true), page, size);
  }
}
