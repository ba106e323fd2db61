package io.lianxin.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an encoded event against the CloudEvents envelope schema and its type's data schema.
 * Producer tests run every event they emit through it.
 */
public final class EventSchemaValidator {

  private static final String ENVELOPE_SCHEMA = "lianxin/events/schemas/cloudevent.json";

  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** The problems found; empty when the event is valid. */
  public List<String> problems(String encodedEvent) {
    JsonNode event = mapper.readTree(encodedEvent);
    List<String> problems = new ArrayList<>();
    schema(ENVELOPE_SCHEMA).validate(event).forEach(e -> problems.add("envelope: " + describe(e)));
    String type = event.path("type").asString("");
    EventType eventType = EventCatalog.find(type).orElse(null);
    if (eventType == null) {
      problems.add("unknown event type '" + type + "'");
      return problems;
    }
    if (!eventType.schemaUri().equals(event.path("dataschema").asString(""))) {
      problems.add("dataschema must be " + eventType.schemaUri());
    }
    schema(eventType.schemaResource())
        .validate(event.path("data"))
        .forEach(e -> problems.add("data: " + describe(e)));
    return problems;
  }

  /** Throws with every problem listed when the event is not valid. */
  public void assertValid(String encodedEvent) {
    List<String> problems = problems(encodedEvent);
    if (!problems.isEmpty()) {
      throw new AssertionError("event does not match its schema: " + problems + "\n" + encodedEvent);
    }
  }

  private Schema schema(String resource) {
    return schemas.computeIfAbsent(resource, r -> registry.getSchema(read(r)));
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + " " + error.getMessage();
  }

  /** A class path resource of the contracts (schema or example) as text. */
  public static String read(String resource) {
    try (InputStream in = EventSchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class path resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON Schema of a type's data. */
  public static String schema(EventType type) {
    return read(type.schemaResource());
  }

  /** The example event of a type, as stored beside its schema. */
  public static String example(EventType type) {
    return read(type.exampleResource());
  }
}
