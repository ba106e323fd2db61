package io.lianxin.notification.messaging;

import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.notification.domain.NotificationRouting;
import java.util.Map;

/**
 * Reads the other services' events as routing takes them: the envelope's ids and the data as plain
 * values. Any event type is read alike — the routing table, not code, decides which fields matter —
 * so only data that is not a JSON object is invalid (and goes to the dead-letter topic).
 */
public final class InboundEvents {

  private InboundEvents() {}

  /** @throws InvalidEventException when the data does not read as an object */
  public static NotificationRouting.RoutableEvent read(EventEnvelope event) {
    @SuppressWarnings("unchecked")
    Map<String, Object> data = TypedEvents.read(event, Map.class);
    return new NotificationRouting.RoutableEvent(event.id(), event.type(), event.congressId(), event.subject(),
        event.time(), data);
  }
}
