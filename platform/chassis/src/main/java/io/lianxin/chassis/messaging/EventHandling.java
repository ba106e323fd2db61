package io.lianxin.chassis.messaging;

import io.lianxin.chassis.observability.TraceContext;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import java.util.function.Consumer;
import org.slf4j.MDC;

/**
 * Decodes a record into an event and runs a handler with the event's trace context and tenant in
 * the log context. A record that is not a valid event throws {@code InvalidEventException}, which
 * the error handler sends straight to the dead-letter topic.
 */
public final class EventHandling {

  private final EventCodec codec;
  private final String service;

  public EventHandling(EventCodec codec, String service) {
    this.codec = codec;
    this.service = service;
  }

  public void handle(String record, Consumer<EventEnvelope> handler) {
    EventEnvelope event = codec.decode(record);
    try (TraceContext.Scope scope = TraceContext.continueFrom(event.traceparent())) {
      MDC.put("service", service);
      MDC.put("congressId", event.congressId());
      MDC.put("eventId", event.id());
      handler.accept(event);
    } finally {
      MDC.remove("service");
      MDC.remove("congressId");
      MDC.remove("eventId");
    }
  }
}
