package io.lianxin.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One domain event as a CloudEvents 1.0 event in structured JSON mode (领域事件信封).
 *
 * <p>{@code subject} is the aggregate id (also the Kafka record key), {@code congressId} the
 * tenant, {@code sequence} the aggregate's version after the change, {@code traceparent} the W3C
 * trace context of the request that caused it (may be null).
 */
public record EventEnvelope(
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String dataschema,
    String congressId,
    long sequence,
    String traceparent,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  public EventEnvelope {
    requireText(id, "id");
    requireText(source, "source");
    requireText(type, "type");
    requireText(subject, "subject");
    Objects.requireNonNull(time, "time");
    requireText(congressId, "congressid");
    Objects.requireNonNull(data, "data");
  }

  /** A new event with a fresh id and the schema URI of its type. */
  public static EventEnvelope create(
      EventType type, String source, String subject, String congressId, long sequence,
      Instant time, String traceparent, JsonNode data) {
    return new EventEnvelope(
        UUID.randomUUID().toString(), source, type.name(), subject, time, type.schemaUri(),
        congressId, sequence, traceparent, data);
  }

  private static void requireText(String value, String attribute) {
    if (value == null || value.isBlank()) {
      throw new InvalidEventException("missing CloudEvents attribute '" + attribute + "'");
    }
  }
}
