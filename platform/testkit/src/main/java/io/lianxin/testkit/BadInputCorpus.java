package io.lianxin.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of bad requests generated from a service's own OpenAPI document: for every operation,
 * the request a client would send with one thing wrong at a time — a field of the wrong type,
 * null, missing, a huge or control-character string, a bad date, an unknown enum value, a null in a
 * list; a query parameter of the wrong type, operator-like (as if the API passed it to MongoDB),
 * with control characters or huge; a garbage path id; a body that is not the expected JSON. Each
 * is sent with each of the given tokens, and the answer must be: never a 5xx; every 4xx
 * problem+json with type, title, status, detail and instance; a refused request writes nothing
 * (the database compared before and after); a value that can never be valid never accepted.
 */
public final class BadInputCorpus {

  private static final JsonMapper JSON = OpenApiDocument.JSON;
  private static final JsonNodeFactory NODES = OpenApiDocument.NODES;
  private static final String HUGE = "长".repeat(30_000);

  /** One request of the corpus and what was wrong with its answer. */
  public record Violation(String request, int status, String why, String body) {
    @Override
    public String toString() {
      return request + " → " + status + ": " + why + (body == null ? "" : " | " + abbreviate(body));
    }
  }

  private record Request(String label, String method, String path, String body, boolean neverValid) {}

  private final ApiClient api;
  private final OpenApiDocument doc;
  private final Supplier<DatabaseSnapshot> snapshot;
  private int sent;
  private int baseAccepted;
  private int baseSent;

  /** @param snapshot the service's database now */
  public BadInputCorpus(ApiClient api, OpenApiDocument doc, Supplier<DatabaseSnapshot> snapshot) {
    this.api = api;
    this.doc = doc;
    this.snapshot = snapshot;
  }

  public OpenApiDocument document() {
    return doc;
  }

  /** How many requests the last {@link #run} sent. */
  public int sent() {
    return sent;
  }

  /** "accepted/sent" of the unchanged base requests: how deep the variants reach past validation. */
  public String baseRequestsAccepted() {
    return baseAccepted + "/" + baseSent;
  }

  public List<Violation> run(List<String> tokens) {
    List<Violation> violations = new ArrayList<>();
    sent = 0;
    baseSent = 0;
    baseAccepted = 0;
    for (OpenApiDocument.Operation op : doc.operations()) {
      for (Request request : requests(op)) {
        for (String token : tokens) {
          check(request, token, violations);
        }
      }
    }
    return violations;
  }

  private void check(Request request, String token, List<Violation> violations) {
    DatabaseSnapshot before = snapshot.get();
    ApiClient.Response response = api.send(request.method(), request.path(), token, request.body(), Map.of());
    sent++;
    String label = request.method() + " " + abbreviate(request.path()) + " [" + request.label() + "]";
    int status = response.status();
    if (request.label().equals("the base body") || request.label().equals("as documented")) {
      baseSent++;
      baseAccepted += status < 300 ? 1 : 0;
    }
    if (status >= 500) {
      violations.add(new Violation(label, status, "server error", response.body()));
      return;
    }
    if (status >= 400) {
      String problem = problemShape(response);
      if (problem != null) {
        violations.add(new Violation(label, status, problem, response.body()));
      }
      List<String> written = snapshot.get().changesSince(before);
      if (!written.isEmpty()) {
        violations.add(new Violation(label, status, "refused, but wrote " + written, null));
      }
    } else if (request.neverValid()) {
      violations.add(new Violation(label, status, "accepted a value that is never valid", response.body()));
    }
  }

  private static String problemShape(ApiClient.Response response) {
    String type = response.header("Content-Type");
    if (type == null || !type.startsWith("application/problem+json")) {
      return "not problem+json (" + type + ")";
    }
    JsonNode body;
    try {
      body = response.json();
    } catch (RuntimeException e) {
      return "problem+json that does not parse";
    }
    for (String field : List.of("type", "title", "status", "detail", "instance")) {
      if (body.path(field).isMissingNode() || body.path(field).isNull()) {
        return "problem without '" + field + "'";
      }
    }
    if (body.path("status").asInt() != response.status()) {
      return "problem status " + body.path("status").asInt() + " differs from the HTTP status";
    }
    return null;
  }

  // ---------------------------------------------------------------------------------- generation

  private List<Request> requests(OpenApiDocument.Operation op) {
    List<Request> out = new ArrayList<>();
    String method = op.method();
    Map<String, JsonNode> pathParams = doc.pathParameters(op);
    Map<String, JsonNode> queryParams = doc.queryParameters(op);
    String basePath = doc.path(op, Map.of());
    String baseQuery = doc.requiredQuery(op);
    JsonNode bodySchema = doc.bodySchema(op);
    String baseBody = doc.sampleBody(op);

    for (String name : pathParams.keySet()) {
      for (String bad : List.of("%00", "x%01y", "x".repeat(300), "..%2F..%2Fetc", "%7B%22%24gt%22%3A%22%22%7D",
          "%27%20OR%201%3D1", "%E7%94%B5%E6%A2%AF", "%FF")) {
        out.add(new Request("path " + name + "=" + abbreviate(bad), method, doc.path(op, Map.of(name, bad)) + baseQuery,
            baseBody, false));
      }
    }
    for (Map.Entry<String, JsonNode> q : queryParams.entrySet()) {
      String name = q.getKey();
      JsonNode schema = doc.resolve(q.getValue().path("schema"));
      List<String> bads = new ArrayList<>(List.of("%00", "a%01b", "x".repeat(1_500), "%7B%22%24ne%22%3Anull%7D",
          "%FF"));
      String type = OpenApiDocument.type(schema);
      if ("integer".equals(type) || "number".equals(type)) {
        bads.addAll(List.of("abc", "1.5", "99999999999999999999", "-1", "2147483647"));
      }
      if ("boolean".equals(type)) {
        bads.add("maybe");
      }
      if (schema.has("enum")) {
        bads.addAll(List.of("NOPE", "0", "%20" + schema.path("enum").path(0).asString("")));
      }
      for (String bad : bads) {
        String query = withParam(baseQuery, OpenApiDocument.encode(name), bad);
        boolean never = List.of("%00", "a%01b", "%FF", "abc", "1.5", "99999999999999999999", "NOPE", "maybe")
            .contains(bad);
        out.add(new Request("query " + name + "=" + abbreviate(bad), method, basePath + query, baseBody, never));
      }
      out.add(new Request("query " + name + "[$ne]", method,
          basePath + withParam(baseQuery, OpenApiDocument.encode(name + "[$ne]"), "x"), baseBody, false));
    }
    if (bodySchema != null) {
      String at = basePath + baseQuery;
      out.add(new Request("the base body", method, at, baseBody, false));
      for (String whole : List.of("", "null", "[]", "{", "\"text\"", "42", "{\"$where\":\"1\"}", "{} {}")) {
        out.add(new Request("body " + abbreviate(whole), method, at, whole, true));
      }
      if (doc.sample(bodySchema) instanceof ObjectNode base) {
        for (Map.Entry<String, JsonNode> field : doc.properties(bodySchema).entrySet()) {
          fieldVariants(method, at, base, field.getKey(), doc.resolve(field.getValue()), doc.required(bodySchema), out);
        }
      }
    }
    if (bodySchema == null && pathParams.isEmpty() && queryParams.isEmpty()) {
      out.add(new Request("as documented", method, basePath, null, false));
    }
    return out;
  }

  private void fieldVariants(String method, String at, ObjectNode base, String field, JsonNode schema,
      List<String> required, List<Request> out) {
    String type = OpenApiDocument.type(schema);
    List<Object[]> variants = new ArrayList<>();
    // {label, value (JsonNode or null for "remove"), neverValid}
    variants.add(new Object[] {"null", NODES.nullNode(), required.contains(field)});
    variants.add(new Object[] {"missing", null, required.contains(field)});
    switch (type) {
      case "string" -> {
        variants.add(new Object[] {"a number", NODES.numberNode(123), true});
        variants.add(new Object[] {"a boolean", NODES.booleanNode(true), true});
        variants.add(new Object[] {"an object", NODES.objectNode().put("$gt", ""), true});
        variants.add(new Object[] {"NUL inside", NODES.stringNode("a\u0000b"), true});
        variants.add(new Object[] {"U+0001 inside", NODES.stringNode("a\u0001b"), true});
        variants.add(new Object[] {"huge", NODES.stringNode(HUGE), true});
        String format = schema.path("format").asString("");
        if (format.equals("date") || format.equals("date-time")) {
          variants.add(new Object[] {"date as a number", NODES.numberNode(20261201), true});
          variants.add(new Object[] {"date 20261201", NODES.stringNode("20261201"), true});
          variants.add(new Object[] {"date +10000", NODES.stringNode("+10000-01-01" + (format.equals("date") ? "" : "T00:00:00Z")), true});
          variants.add(new Object[] {"date 2026-13-45", NODES.stringNode("2026-13-45" + (format.equals("date") ? "" : "T00:00:00Z")), true});
        }
        if (schema.has("enum")) {
          String first = schema.path("enum").path(0).asString("");
          variants.add(new Object[] {"unknown enum", NODES.stringNode("NOPE"), true});
          variants.add(new Object[] {"enum by ordinal", NODES.numberNode(0), true});
          variants.add(new Object[] {"enum with a space", NODES.stringNode(" " + first), true});
          variants.add(new Object[] {"enum in lower case", NODES.stringNode(first.toLowerCase()), !first.equals(first.toLowerCase())});
        }
      }
      case "integer", "number" -> {
        variants.add(new Object[] {"a string", NODES.stringNode("1"), true});
        variants.add(new Object[] {"a fraction", NODES.numberNode(0.5), "integer".equals(type)});
        variants.add(new Object[] {"a boolean", NODES.booleanNode(true), true});
        variants.add(new Object[] {"too big", NODES.numberNode(new java.math.BigInteger("99999999999999999999")), "integer".equals(type)});
        variants.add(new Object[] {"negative", NODES.numberNode(-1), false});
      }
      case "boolean" -> {
        variants.add(new Object[] {"the string true", NODES.stringNode("true"), true});
        variants.add(new Object[] {"the number 1", NODES.numberNode(1), true});
      }
      case "array" -> {
        variants.add(new Object[] {"not a list", NODES.stringNode("x"), true});
        variants.add(new Object[] {"a null in the list", NODES.arrayNode().add(NODES.nullNode()), true});
        JsonNode items = doc.resolve(schema.path("items"));
        if ("string".equals(OpenApiDocument.type(items))) {
          variants.add(new Object[] {"a number in the list", NODES.arrayNode().add(7), true});
          variants.add(new Object[] {"NUL in an item", NODES.arrayNode().add("a\u0000b"), true});
          variants.add(new Object[] {"huge item", NODES.arrayNode().add(HUGE), true});
        }
      }
      case "object" -> {
        variants.add(new Object[] {"not an object", NODES.stringNode("x"), true});
        if (schema.has("additionalProperties")) {
          variants.add(new Object[] {"a null value", NODES.objectNode().putNull("k"), true});
          variants.add(new Object[] {"NUL in a key", NODES.objectNode().put("a\u0000b", "YES"), true});
        }
      }
      default -> { }
    }
    for (Object[] v : variants) {
      ObjectNode body = base.deepCopy();
      if (v[1] == null) {
        body.remove(field);
      } else {
        body.set(field, (JsonNode) v[1]);
      }
      out.add(new Request(field + ": " + v[0], method, at, JSON.writeValueAsString(body), (Boolean) v[2]));
    }
  }


  private static String withParam(String query, String name, String rawValue) {
    return (query.isEmpty() ? "?" : query + "&") + name + "=" + rawValue;
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "…" : text;
  }
}
