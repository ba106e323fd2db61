package io.lianxin.notification.messaging;

import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.NotificationEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delivery's domain events as the contract publishes them: the delivery's snapshot (ids, person,
 * channel), then the event's facts. Caused by the service itself, so the actor is "system".
 */
public final class DeliveryEvents {

  static final String SERVICE = "notification";

  private DeliveryEvents() {}

  public static List<PendingEvent> pending(Delivery delivery, List<NotificationEvent> events) {
    return events.stream()
        .map(event -> TypedEvents.pending(SERVICE, delivery.congressId(), snapshot(delivery), event, event.summary(),
            null))
        .toList();
  }

  static Map<String, Object> snapshot(Delivery delivery) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("deliveryId", delivery.id());
    snapshot.put("notificationId", delivery.notificationId());
    snapshot.put("congressId", delivery.congressId());
    snapshot.put("personId", delivery.personId());
    snapshot.put("channel", delivery.channel().name());
    return snapshot;
  }
}
