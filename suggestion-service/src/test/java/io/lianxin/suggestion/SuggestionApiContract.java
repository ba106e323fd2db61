package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.testkit.TestInfrastructure;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The suggestion API through real HTTP, a real broker and a Mongo-wire (or real MongoDB) server.
 * Subclasses say which infrastructure.
 */
abstract class SuggestionApiContract {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  ApiClient api;

  /** Where this run's broker, database server and token issuer are. */
  abstract TestInfrastructure infra();

  DevTokenIssuer issuer() {
    return infra().issuer();
  }

  String kafkaBootstrap() {
    return infra().kafkaBootstrapServers();
  }

  @Autowired
  io.lianxin.suggestion.application.port.RegisterCopyStore register;

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    RegisterTestData.enterDemoUsers(register);
  }

  String token(String username) {
    return issuer().tokenFor(DemoUsers.get(username));
  }

  static Map<String, Object> validSubmission() {
    return Map.of("title", "关于增设社区养老服务站的建议", "body", "建议在老旧小区增设养老服务站，解决老人就餐难问题。",
        "category", "ELDERLY_CARE");
  }

  long stored() {
    return mongo.count(new Query(), SuggestionDocument.class);
  }

  @Test
  void aDeputySubmitsAndReadsBackTheSuggestionWithItsHistory() {
    ApiClient.Response created = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission());
    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(created.header("Location")).isEqualTo("/api/v1/suggestions/" + id);
    assertThat(body.get("state").asString()).isEqualTo("SUBMITTED");
    assertThat(body.get("proposerDeputyId").asString()).isEqualTo("D-qingshan-001");
    assertThat(body.get("congressId").asString()).isEqualTo(DemoUsers.COUNTY);

    ApiClient.Response read = api.get("/api/v1/suggestions/" + id, token("deputy1@qingshan"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("title").asString()).isEqualTo("关于增设社区养老服务站的建议");

    assertThat(body.get("number").asString()).matches("\\d{4} 建议 第\\d{4}号");

    JsonNode history = api.get("/api/v1/suggestions/" + id + "/history", token("deputy1@qingshan")).json().get("items");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("type").asString()).isEqualTo("lianxin.suggestion.drafted.v1");
    assertThat(history.get(1).get("type").asString()).isEqualTo("lianxin.suggestion.submitted.v1");
    assertThat(history.get(1).get("actorId").asString()).isEqualTo("deputy1@qingshan");
  }

  @Test
  void itsEventsArePublishedOnceInOrderKeyedByTheSuggestionAndMatchTheirSchemas() {
    String id = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission()).json().get("id").asString();

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(mongo.findById(id, SuggestionDocument.class).getOutbox()).isEmpty());
    var records = TopicReader.read(kafkaBootstrap(), Topics.SUGGESTION, v -> v.contains(id), Duration.ofSeconds(1));
    assertThat(records).extracting(r -> r.value().replaceAll("(?s).*\"type\":\"([^\"]+)\".*", "$1"))
        .containsExactly("lianxin.suggestion.drafted.v1", "lianxin.suggestion.submitted.v1");
    records.forEach(r -> {
      assertThat(r.key()).isEqualTo(id);
      new EventSchemaValidator().assertValid(r.value());
    });
  }

  @Test
  void missingAndOverlongFieldsAre400WithFieldDetailsAndNothingIsWritten() {
    long before = stored();
    ApiClient.Response missing = api.post("/api/v1/suggestions", token("deputy1@qingshan"), Map.of("body", "x"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.json().get("type").asString()).isEqualTo("https://lianxin.io/problems/validation");
    assertThat(fields(missing)).containsExactlyInAnyOrder("title", "category");

    ApiClient.Response tooLong = api.post("/api/v1/suggestions", token("deputy1@qingshan"),
        Map.of("title", "t".repeat(201), "body", "b", "category", "OTHER"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(fields(tooLong)).containsExactly("title");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void wrongTypesAndMalformedJsonAre400() {
    long before = stored();
    ApiClient.Response badEnum = api.post("/api/v1/suggestions", token("deputy1@qingshan"),
        Map.of("title", "t", "body", "b", "category", "NOT_A_CATEGORY"));
    assertThat(badEnum.status()).isEqualTo(400);
    assertThat(fields(badEnum)).containsExactly("category");

    ApiClient.Response badType = api.post("/api/v1/suggestions", token("deputy1@qingshan"),
        Map.of("title", List.of(1, 2), "body", "b", "category", "OTHER"));
    assertThat(badType.status()).isEqualTo(400);
    assertThat(fields(badType)).containsExactly("title");

    ApiClient.Response garbage = api.post("/api/v1/suggestions", token("deputy1@qingshan"), "{\"title\": ");
    assertThat(garbage.status()).isEqualTo(400);
    assertThat(garbage.json().get("type").asString()).isEqualTo("https://lianxin.io/problems/malformed-request");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anOversizedBodyIs413AndNothingIsWritten() {
    long before = stored();
    ApiClient.Response response = api.post("/api/v1/suggestions", token("deputy1@qingshan"),
        Map.of("title", "t", "body", "长".repeat(100_000), "category", "OTHER"));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("type").asString()).isEqualTo("https://lianxin.io/problems/payload-too-large");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void unknownIdIs404Problem() {
    ApiClient.Response response = api.get("/api/v1/suggestions/" + UUID.randomUUID(), token("staff@qingshan"));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("type").asString()).isEqualTo("https://lianxin.io/problems/not-found");
  }

  @Test
  void onlyDeputiesSubmit() {
    long before = stored();
    for (String user : List.of("handler@qingshan", "head@qingshan", "staff@qingshan", "leader@qingshan", "admin@qingshan")) {
      ApiClient.Response response = api.post("/api/v1/suggestions", token(user), validSubmission());
      assertThat(response.status()).as(user).isEqualTo(403);
      assertThat(response.json().get("type").asString()).isEqualTo("https://lianxin.io/problems/forbidden");
    }
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void visibilityFollowsRoleAndTenant() {
    String id = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission()).json().get("id").asString();
    String path = "/api/v1/suggestions/" + id;
    assertThat(api.get(path, token("deputy1@qingshan")).status()).isEqualTo(200);
    assertThat(api.get(path, token("staff@qingshan")).status()).isEqualTo(200);
    assertThat(api.get(path, token("leader@qingshan")).status()).isEqualTo(200);
    assertThat(api.get(path, token("deputy2@qingshan")).status()).as("another deputy").isEqualTo(404);
    assertThat(api.get(path, token("handler@qingshan")).status()).as("unit not assigned").isEqualTo(404);
    assertThat(api.get(path, token("staff@hexi")).status()).as("other congress").isEqualTo(404);
    assertThat(api.get(path, token("admin@hexi")).status()).as("other congress admin").isEqualTo(404);
  }

  @Test
  void withoutAValidTokenIt401s() {
    assertThat(api.post("/api/v1/suggestions", null, validSubmission()).status()).isEqualTo(401);
    ApiClient.Response forged = api.get("/api/v1/suggestions/x",
        new DevTokenIssuer(0).tokenFor(DemoUsers.get("staff@qingshan")));
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.json().get("type").asString()).isEqualTo("https://lianxin.io/problems/unauthenticated");
    Map<String, Object> noTenant = new java.util.HashMap<>();
    noTenant.put("congress_id", "");
    String tenantless = issuer().sign(DemoUsers.get("deputy1@qingshan"), noTenant);
    assertThat(api.post("/api/v1/suggestions", tenantless, validSubmission()).status()).isEqualTo(401);
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyCreatesOneSuggestion() {
    long before = stored();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    ApiClient.Response first = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission(), key);
    ApiClient.Response retry = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission(), key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(stored()).isEqualTo(before + 1);

    ApiClient.Response reused = api.post("/api/v1/suggestions", token("deputy1@qingshan"),
        Map.of("title", "另一条", "body", "b", "category", "OTHER"), key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(stored()).isEqualTo(before + 1);
  }

  @Test
  void aRetryAfterACrashThatLeftItsKeyClaimedFindsTheItemTheFirstAttemptWrote() {
    long before = stored();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    ApiClient.Response first = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission(), key);
    assertThat(first.status()).isEqualTo(201);
    // As a crash leaves it: the item written, the key still claimed, no answer kept.
    Query claim = Query.query(org.springframework.data.mongodb.core.query.Criteria.where("location")
        .is(first.header("Location")));
    mongo.updateFirst(claim, new org.springframework.data.mongodb.core.query.Update().set("state", "IN_PROGRESS")
        .unset("body").set("leaseUntil", java.util.Date.from(java.time.Instant.now().plusSeconds(30))), "idempotency_keys");

    ApiClient.Response tooSoon = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission(), key);
    assertThat(tooSoon.status()).isEqualTo(409);
    assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(1, 31);

    mongo.updateFirst(claim, new org.springframework.data.mongodb.core.query.Update()
        .set("leaseUntil", java.util.Date.from(java.time.Instant.now().minusSeconds(1))), "idempotency_keys");
    ApiClient.Response retry = api.post("/api/v1/suggestions", token("deputy1@qingshan"), validSubmission(), key);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(retry.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
    assertThat(stored()).isEqualTo(before + 1);
  }

  @Test
  void concurrentRetriesWithOneKeyCreateExactlyOneSuggestion() throws Exception {
    long before = stored();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    String token = token("deputy1@qingshan");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<ApiClient.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(() -> api.post("/api/v1/suggestions", token, validSubmission(), key));
    }
    Set<String> ids = new HashSet<>();
    for (Future<ApiClient.Response> f : pool.invokeAll(calls)) {
      ApiClient.Response r = f.get();
      assertThat(r.status()).isIn(201, 409);
      if (r.status() == 201) {
        ids.add(r.json().get("id").asString());
      }
    }
    pool.shutdown();
    assertThat(ids).hasSize(1);
    assertThat(stored()).isEqualTo(before + 1);
  }

  private static List<String> fields(ApiClient.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }
}
