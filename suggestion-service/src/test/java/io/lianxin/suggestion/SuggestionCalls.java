package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import tools.jackson.databind.JsonNode;

/** Calls of the suggestion API as a demo user (a username of {@link DemoUsers} or any {@link DemoUser}). */
final class SuggestionCalls {

  private final ApiClient api;

  SuggestionCalls(ApiClient api) {
    this.api = api;
  }

  static String token(String username) {
    return token(DemoUsers.get(username));
  }

  static String token(DemoUser user) {
    return EmbeddedInfra.shared().issuer().tokenFor(user);
  }

  /** The answer's JSON, after checking it is 200 or 201 (the body is the failure's message). */
  static JsonNode ok(ApiClient.Response r) {
    assertThat(r.status()).as(r.body()).isBetween(200, 201);
    return r.json();
  }

  /**
   * The unit head of {@code tag}'s congress signs the drafted reply and, where the committee reviews
   * replies (the default), the office approves it and the leader signs it off: the reply is sent.
   * Answers the item as it stands then.
   */
  JsonNode signAndSend(String tag, String path) {
    JsonNode signed = ok(post("head@" + tag, path + "/reply", java.util.Map.of()));
    if (!"REPLY_IN_REVIEW".equals(signed.get("state").asString())) {
      return signed;
    }
    ok(post("staff@" + tag, path + "/reply-review", java.util.Map.of("decision", "APPROVED")));
    return ok(post("leader@" + tag, path + "/reply-sign-off", java.util.Map.of("decision", "APPROVED")));
  }

  /** GET one item as {@code username}, checked to be 200. */
  JsonNode read(String username, String id) {
    return ok(api.get("/api/v1/suggestions/" + id, token(username)));
  }

  /** The types of the item's audit trail as staff of qingshan read it, without prefix and version ({@code replied}). */
  java.util.List<String> historyTypes(String id) {
    java.util.List<String> types = new java.util.ArrayList<>();
    ok(api.get("/api/v1/suggestions/" + id + "/history?size=200", token("staff@qingshan"))).get("items")
        .forEach(l -> types.add(l.get("type").asString().replace("lianxin.suggestion.", "").replace(".v1", "")));
    return types;
  }

  /** POST {@code /api/v1/suggestions + path}. */
  ApiClient.Response post(String username, String path, Object body) {
    return post(DemoUsers.get(username), path, body);
  }

  ApiClient.Response post(DemoUser user, String path, Object body) {
    return api.post("/api/v1/suggestions" + path, token(user), body);
  }
}
