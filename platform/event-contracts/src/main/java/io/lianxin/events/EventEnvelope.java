package io.lianxin.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One domain event as a CloudEvents 1.0 event in structured JSON mode (领域事件信封).
 *
 * <p>{@code subject} is the aggregate id (also the Kafka record key), {@code congressId} the
 * tenant, {@code sequence} the CloudEvents sequence extension: a string that orders
 * lexicographically and increases along one aggregate's events — the aggregate's version after the
 * change and the event's place among the events of that change ({@link #sequence(long, int)}),
 * {@code traceparent} the W3C trace context of the request that caused it (may be null).
 */
public record EventEnvelope(
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String dataschema,
    String congressId,
    String sequence,
    String traceparent,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  /**
   * The sequence of the {@code index}-th event (from 0) of the change that made the aggregate's
   * version {@code version}: fixed-width digits, so that text order is the order of the events.
   */
  public static String sequence(long version, int index) {
    if (version < 0 || index < 0 || index > 9999) {
      throw new IllegalArgumentException("version >= 0 and 0 <= index <= 9999");
    }
    return String.format("%016d.%04d", version, index);
  }

  /** An event whose sequence is the first of version {@code version} (tests, events of one per change). */
  public EventEnvelope(String id, String source, String type, String subject, Instant time, String dataschema,
      String congressId, long version, String traceparent, JsonNode data) {
    this(id, source, type, subject, time, dataschema, congressId, sequence(version, 0), traceparent, data);
  }

  public EventEnvelope {
    requireText(id, "id");
    requireText(source, "source");
    requireText(type, "type");
    requireText(subject, "subject");
    Objects.requireNonNull(time, "time");
    requireText(congressId, "congressid");
    requireText(sequence, "sequence");
    Objects.requireNonNull(data, "data");
  }

  /** A new event with a fresh id and the schema URI of its type. */
  public static EventEnvelope create(
      EventType type, String source, String subject, String congressId, String sequence,
      Instant time, String traceparent, JsonNode data) {
    return new EventEnvelope(
        UUID.randomUUID().toString(), source, type.name(), subject, time, type.schemaUri(),
        congressId, sequence, traceparent, data);
  }

  /** A new event, the first of version {@code version}. */
  public static EventEnvelope create(
      EventType type, String source, String subject, String congressId, long version,
      Instant time, String traceparent, JsonNode data) {
    return create(type, source, subject, congressId, sequence(version, 0), time, traceparent, data);
  }

  private static void requireText(String value, String attribute) {
    if (value == null || value.isBlank()) {
      throw new InvalidEventException("missing CloudEvents attribute '" + attribute + "'");
    }
  }
}
