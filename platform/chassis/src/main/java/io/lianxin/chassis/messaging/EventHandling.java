package io.lianxin.chassis.messaging;

import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.micrometer.tracing.Span;
import io.micrometer.core.instrument.MeterRegistry;
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
  private final MeterRegistry meters;

  public EventHandling(EventCodec codec, String service, EventTracing tracing, MeterRegistry meters) {
    this.codec = codec;
    this.service = service;
    this.tracing = tracing;
    this.meters = meters;
  }

  /**
   * Handles one record. Meters: {@code lianxin.events.consumed} per event type and outcome
   * ({@code handled}, {@code failed} — a failed attempt, retried by the binder until its attempts
   * are used up — and {@code invalid}, not an event at all).
   */
  public void handle(String record, Consumer<EventEnvelope> handler) {
    EventEnvelope event;
    try {
      event = codec.decode(record);
    } catch (RuntimeException e) {
      count("unknown", "invalid");
      throw e;
    }
    try (EventTracing.Scope span = tracing.continueFrom(event.traceparent(), "handle " + event.type(),
        Span.Kind.CONSUMER)) {
      MDC.put("congressId", event.congressId());
      MDC.put("eventId", event.id());
      try {
        handler.accept(event);
        count(event.type(), "handled");
      } catch (RuntimeException e) {
        span.error(e);
        count(event.type(), e instanceof io.lianxin.events.InvalidEventException ? "invalid" : "failed");
        throw e;
      }
    } finally {
      MDC.remove("congressId");
      MDC.remove("eventId");
    }
  }

  private void count(String type, String outcome) {
    meters.counter("lianxin.events.consumed", "type", type, "outcome", outcome).increment();
  }
}
