package io.lianxin.chassis.messaging;

import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.micrometer.tracing.Span;
import java.util.function.Consumer;
import org.slf4j.MDC;

/**
 * Decodes a record into an event and runs a handler in a span continuing the event's trace, with
 * the tenant and event id in the log context. A record that is not a valid event throws
 * {@code InvalidEventException}, which is not retried: it goes straight to the dead-letter topic.
 */
public final class EventHandling {

  private final EventCodec codec;
  private final String service;
  private final EventTracing tracing;

  public EventHandling(EventCodec codec, String service, EventTracing tracing) {
    this.codec = codec;
    this.service = service;
    this.tracing = tracing;
  }

  public void handle(String record, Consumer<EventEnvelope> handler) {
    EventEnvelope event = codec.decode(record);
    try (EventTracing.Scope span = tracing.continueFrom(event.traceparent(), "handle " + event.type(),
        Span.Kind.CONSUMER)) {
      MDC.put("congressId", event.congressId());
      MDC.put("eventId", event.id());
      try {
        handler.accept(event);
      } catch (RuntimeException e) {
        span.error(e);
        throw e;
      }
    } finally {
      MDC.remove("congressId");
      MDC.remove("eventId");
    }
  }
}
