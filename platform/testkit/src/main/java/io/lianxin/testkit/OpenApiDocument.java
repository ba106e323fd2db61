package io.lianxin.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's served OpenAPI document, read as a client generator would: its operations, their
 * parameters and body schemas, and a sample request for each (from the schemas' examples, enums,
 * formats and minimums). Tests that call every operation (bad input, authorization) start here.
 */
public final class OpenApiDocument {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One operation: {@code template} as in the document, e.g. {@code /api/v1/polls/{id}/ballots}. */
  public record Operation(String method, String template, JsonNode node) {
    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private final JsonNode document;
  private final Map<String, String> pathValues;

  /**
   * @param pathValues valid values for path parameters: by "name", or by "path-prefix|name" where one
   *     name means different things under different paths (others get an id that does not exist)
   */
  public OpenApiDocument(JsonNode document, Map<String, String> pathValues) {
    this.document = document;
    this.pathValues = pathValues;
  }

  public JsonNode json() {
    return document;
  }

  /** Every operation but the streams (Server-Sent Events), which a request-response client cannot test. */
  public List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String method = op.getKey().toUpperCase();
        if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method) && !streams(op.getValue())) {
          out.add(new Operation(method, path.getKey(), op.getValue()));
        }
      }
    }
    return out;
  }

  private static boolean streams(JsonNode op) {
    for (JsonNode response : op.path("responses")) {
      if (response.path("content").has("text/event-stream")) {
        return true;
      }
    }
    return false;
  }

  /** Path parameters by name, with their schemas. */
  public Map<String, JsonNode> pathParameters(Operation op) {
    return parameters(op, "path");
  }

  /** Query parameters by name, with their whole parameter object (schema, required). */
  public Map<String, JsonNode> queryParameters(Operation op) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode p : op.node().path("parameters")) {
      JsonNode param = resolve(p);
      if ("query".equals(param.path("in").asString(""))) {
        out.put(param.path("name").asString(), param);
      }
    }
    return out;
  }

  private Map<String, JsonNode> parameters(Operation op, String in) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode p : op.node().path("parameters")) {
      JsonNode param = resolve(p);
      if (in.equals(param.path("in").asString(""))) {
        out.put(param.path("name").asString(), resolve(param.path("schema")));
      }
    }
    return out;
  }

  /** The path with every parameter replaced by its valid value (or by {@code overrides}, raw). */
  public String path(Operation op, Map<String, String> overrides) {
    String path = op.template();
    for (String name : pathParameters(op).keySet()) {
      String raw = overrides.getOrDefault(name, pathValue(op.template(), name));
      path = path.replace("{" + name + "}", raw.contains("%") ? raw : encode(raw).replace("+", "%20"));
    }
    return path;
  }

  /** {@code ?a=…&b=…} for the required query parameters, or "". */
  public String requiredQuery(Operation op) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, JsonNode> q : queryParameters(op).entrySet()) {
      if (q.getValue().path("required").asBoolean(false)) {
        JsonNode value = sample(q.getValue().path("schema"));
        query.append(query.isEmpty() ? "?" : "&").append(encode(q.getKey())).append('=')
            .append(encode(value.isString() ? value.asString() : value.toString()));
      }
    }
    return query.toString();
  }

  /**
   * Request fields without a documented bound: a text without {@code maxLength} (unless an enum or
   * a date format), a list without {@code maxItems}, a map without {@code maxProperties}, in bodies
   * (nested too) and query parameters. A bound that is not in the document is one a client cannot
   * know, and one a test of the document cannot check.
   */
  public List<String> unboundedRequestFields() {
    return unboundedRequestFields(List.of());
  }

  /** As {@link #unboundedRequestFields()}, leaving out the operations named in {@code exempt} ("POST /path"). */
  public List<String> unboundedRequestFields(List<String> exempt) {
    List<String> out = new ArrayList<>();
    for (Operation op : operations()) {
      if (exempt.contains(op.toString())) {
        continue;
      }
      JsonNode body = bodySchema(op);
      if (body != null) {
        unbounded(op + " body", body, out, 0);
      }
      queryParameters(op).forEach((name, param) -> unbounded(op + " ?" + name, param.path("schema"), out, 0));
    }
    return out;
  }

  private void unbounded(String where, JsonNode schemaOrRef, List<String> out, int depth) {
    JsonNode schema = resolve(schemaOrRef);
    if (depth > 6) {
      return;
    }
    switch (type(schema)) {
      case "string" -> {
        boolean bounded = schema.has("maxLength") || schema.has("enum")
            || List.of("date", "date-time", "time", "partial-time", "uuid").contains(schema.path("format").asString(""));
        if (!bounded) {
          out.add(where + ": text without maxLength");
        }
      }
      case "array" -> {
        if (!schema.has("maxItems")) {
          out.add(where + ": list without maxItems");
        }
        unbounded(where + "[]", schema.path("items"), out, depth + 1);
      }
      case "object" -> {
        if (schema.has("additionalProperties") && schema.path("additionalProperties").isObject()) {
          if (!schema.has("maxProperties")) {
            out.add(where + ": map without maxProperties");
          }
          unbounded(where + "{}", schema.path("additionalProperties"), out, depth + 1);
        }
        properties(schema).forEach((name, property) -> unbounded(where + "." + name, property, out, depth + 1));
      }
      default -> { }
    }
  }

  /** The JSON body schema, or null when the operation takes no JSON body. */
  public JsonNode bodySchema(Operation op) {
    JsonNode json = resolve(op.node().path("requestBody")).path("content").path("application/json");
    return json.isMissingNode() ? null : resolve(json.path("schema"));
  }

  /** A sample JSON body as text, or null. */
  public String sampleBody(Operation op) {
    JsonNode schema = bodySchema(op);
    return schema == null ? null : JSON.writeValueAsString(sample(schema));
  }

  /**
   * The valid value for a path parameter: the entry "prefix|name" whose prefix starts the path
   * template and is longest, else the entry "name", else an id that does not exist.
   */
  String pathValue(String template, String name) {
    String best = null;
    int bestLength = -1;
    for (Map.Entry<String, String> e : pathValues.entrySet()) {
      String key = e.getKey();
      int bar = key.indexOf('|');
      String prefix = bar < 0 ? "" : key.substring(0, bar);
      String param = bar < 0 ? key : key.substring(bar + 1);
      if (param.equals(name) && template.startsWith(prefix) && prefix.length() > bestLength) {
        best = e.getValue();
        bestLength = prefix.length();
      }
    }
    return best != null ? best : "unknown-" + name;
  }

  public JsonNode sample(JsonNode schemaOrRef) {
    return sample(schemaOrRef, 0);
  }

  private JsonNode sample(JsonNode schemaOrRef, int depth) {
    JsonNode schema = resolve(schemaOrRef);
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum")) {
      return schema.path("enum").path(0);
    }
    switch (type(schema)) {
      case "object" -> {
        ObjectNode node = NODES.objectNode();
        if (depth < 4) {
          properties(schema).forEach((name, property) -> node.set(name, sample(property, depth + 1)));
        }
        return node;
      }
      case "array" -> {
        ArrayNode node = NODES.arrayNode();
        if (depth < 4) {
          node.add(sample(schema.path("items"), depth + 1));
        }
        return node;
      }
      case "integer", "number" -> {
        return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
      }
      case "boolean" -> {
        return NODES.booleanNode(false);
      }
      default -> {
        return NODES.stringNode(switch (schema.path("format").asString("")) {
          case "date" -> "2026-06-01";
          case "date-time" -> "2099-06-01T09:00:00+08:00"; // far ahead: no scheduler acts on it meanwhile
          case "time", "partial-time" -> "09:00";
          case "email" -> "sample@example.cn";
          case "uri", "url" -> "https://example.cn/sample";
          default -> "sample-1";
        });
      }
    }
  }

  public Map<String, JsonNode> properties(JsonNode schema) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : resolve(schema).path("properties").properties()) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  public List<String> required(JsonNode schema) {
    List<String> out = new ArrayList<>();
    resolve(schema).path("required").forEach(n -> out.add(n.asString()));
    return out;
  }

  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      current = document.at(current.get("$ref").asString().substring(1));
    }
    return current;
  }

  /** The schema's type; OpenAPI 3.1 may give a list (["string", "null"]). */
  public static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (!"null".equals(each.asString())) {
          return each.asString();
        }
      }
    }
    if (type.isString()) {
      return type.asString();
    }
    return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
