package io.lianxin.events;

/**
 * A registered event type: its CloudEvents {@code type}, the topic it is published on, and where
 * its JSON Schema (of the {@code data} member) and example live on the class path.
 */
public record EventType(String name, String topic, String description) {

  public static final String SCHEMA_BASE_URI = "https://lianxin.io/schemas/events/";

  public String schemaUri() {
    return SCHEMA_BASE_URI + name + ".json";
  }

  public String schemaResource() {
    return "lianxin/events/schemas/" + name + ".json";
  }

  public String exampleResource() {
    return "lianxin/events/examples/" + name + ".json";
  }
}
