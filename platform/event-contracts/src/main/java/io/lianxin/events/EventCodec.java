package io.lianxin.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link EventEnvelope}s as CloudEvents structured JSON. Unknown attributes are
 * ignored so that producers may add extensions without breaking consumers.
 */
public final class EventCodec {

  private final JsonMapper mapper;

  public EventCodec() {
    this(JsonMapper.builder().build());
  }

  public EventCodec(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public String encode(EventEnvelope event) {
    ObjectNode node = mapper.createObjectNode();
    node.put("specversion", EventEnvelope.SPEC_VERSION);
    node.put("id", event.id());
    node.put("source", event.source());
    node.put("type", event.type());
    node.put("subject", event.subject());
    node.put("time", event.time().toString());
    node.put("datacontenttype", "application/json");
    if (event.dataschema() != null) {
      node.put("dataschema", event.dataschema());
    }
    node.put("congressid", event.congressId());
    node.put("sequence", event.sequence());
    if (event.traceparent() != null) {
      node.put("traceparent", event.traceparent());
    }
    node.set("data", event.data());
    return mapper.writeValueAsString(node);
  }

  public EventEnvelope decode(String json) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidEventException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new InvalidEventException("a CloudEvent must be a JSON object");
    }
    if (!EventEnvelope.SPEC_VERSION.equals(text(node, "specversion"))) {
      throw new InvalidEventException("unsupported specversion: " + text(node, "specversion"));
    }
    JsonNode data = node.get("data");
    if (data == null || !data.isObject()) {
      throw new InvalidEventException("missing or non-object 'data'");
    }
    return new EventEnvelope(
        text(node, "id"), text(node, "source"), text(node, "type"), text(node, "subject"),
        instant(node), text(node, "dataschema"), text(node, "congressid"),
        sequence(node), text(node, "traceparent"), data);
  }

  public JsonMapper mapper() {
    return mapper;
  }

  /** The sequence as the extension defines it (a string); a number from before is read as that version's first event. */
  private static String sequence(JsonNode node) {
    JsonNode value = node.get("sequence");
    if (value != null && value.isIntegralNumber() && value.asLong() >= 0) {
      return EventEnvelope.sequence(value.asLong(), 0);
    }
    if (value != null && value.isString() && !value.asString().isBlank()) {
      return value.asString();
    }
    throw new InvalidEventException("missing or invalid CloudEvents attribute 'sequence'");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static Instant instant(JsonNode node) {
    String time = text(node, "time");
    if (time == null) {
      throw new InvalidEventException("missing CloudEvents attribute 'time'");
    }
    try {
      return Instant.parse(time);
    } catch (DateTimeParseException e) {
      throw new InvalidEventException("bad 'time': " + time, e);
    }
  }
}
