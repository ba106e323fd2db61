package io.lianxin.chassis.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a trace through the outbox and Kafka: the W3C {@code traceparent} of the command is
 * staged in the event (CloudEvents' distributed-tracing extension), so that a publish by the
 * sweeper after a crash, and every consumer, continue the command's trace whatever thread or
 * process handles them. Built on Micrometer Tracing; without a tracer nothing is recorded.
 */
public final class EventTracing {

  private static final String TRACEPARENT = "traceparent";

  private final Tracer tracer;
  private final Propagator propagator;

  public EventTracing(Tracer tracer, Propagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** A tracing that records nothing (tests, tools). */
  public static EventTracing none() {
    return new EventTracing(Tracer.NOOP, Propagator.NOOP);
  }

  /** The traceparent of the span in progress on this thread, or null. */
  public String currentTraceparent() {
    TraceContext context = tracer.currentTraceContext().context();
    if (context == null) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>();
    propagator.inject(context, carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  /**
   * Starts a span continuing {@code traceparent} (a new trace when it is null or malformed) and
   * makes it current until the returned scope is closed, which ends it.
   */
  public Scope continueFrom(String traceparent, String name, Span.Kind kind) {
    Map<String, String> carrier = traceparent == null ? Map.of() : Map.of(TRACEPARENT, traceparent);
    Span span = propagator.extract(carrier, Map::get).name(name).kind(kind).start();
    Tracer.SpanInScope inScope = tracer.withSpan(span);
    return new Scope() {
      @Override
      public void error(Throwable error) {
        span.error(error);
      }

      @Override
      public void close() {
        inScope.close();
        span.end();
      }
    };
  }

  /** A span in scope; closing it ends the span. */
  public interface Scope extends AutoCloseable {
    /** Marks the span as failed. */
    void error(Throwable error);

    @Override
    void close();
  }
}
