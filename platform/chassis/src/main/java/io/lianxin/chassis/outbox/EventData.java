package io.lianxin.chassis.outbox;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's data as a service stages it: the aggregate's snapshot (what every event of that
 * aggregate carries) and the typed event record with its own facts. The facts' null fields are
 * left out, so an optional fact is absent rather than null on the wire.
 */
public record EventData(Map<String, Object> snapshot, Object facts) {

  /** The data as published: the snapshot's fields, then the facts' non-null fields. */
  public JsonNode toJson(ObjectMapper mapper) {
    ObjectNode data = mapper.valueToTree(snapshot);
    JsonNode own = mapper.valueToTree(facts);
    if (own != null && own.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = own.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getValue().isNull()) {
          data.set(field.getKey(), field.getValue());
        }
      }
    }
    return data;
  }
}
