package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DatabaseSnapshot;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register copy built from deputy-service's events on the real broker, and the checks it drives
 * through HTTP: unknown or departed co-signers and units refused naming them (422, nothing written),
 * a delegation motion only by a delegation's head, re-handling only up to the registered superior, a
 * redelivered or older register event changing nothing.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service",
        // a group of its own: other test contexts in this JVM consume the same topic as suggestion-service
        "spring.cloud.stream.bindings.events-in-0.group=suggestion-register-it"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterCopyIT {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String CONGRESS = "C-register-" + UUID.randomUUID().toString().substring(0, 8);
  static final DemoUser PROPOSER = DemoUser.deputy("proposer@register", "提出人", CONGRESS, "D-r-001");
  static final DemoUser HEAD = DemoUser.deputy("head@register", "团长", CONGRESS, "D-r-head");
  static final DemoUser STAFF = DemoUser.of("staff@register", "选任联工委", "COMMITTEE_STAFF", CONGRESS, null);

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  java.time.ZoneId zone;

  @Autowired
  com.mongodb.client.MongoClient client;

  @Autowired
  io.micrometer.core.instrument.MeterRegistry meters;

  ApiClient api;
  TopicWriter topic;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-register-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  void register() {
    api = new ApiClient("http://127.0.0.1:" + port);
    topic = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers());
    deputy("D-r-001", 1, "ACTIVE", false);
    deputy("D-r-002", 1, "ACTIVE", false);
    deputy("D-r-head", 1, "ACTIVE", true);
    deputy("D-r-left", 1, "ACTIVE", false);
    deputy("D-r-left", 2, "LEFT", false);
    unit("U-r-gov", 1, "ACTIVE", null);
    unit("U-r-housing", 1, "ACTIVE", "U-r-gov");
    unit("U-r-water", 1, "ACTIVE", null);
    await().atMost(Duration.ofSeconds(60)).until(() -> entries("register_deputies") == 4 && entries("register_units") == 3
        && "0000000000000002.0000".equals(entry("register_deputies", "D-r-left").getString("sequence")));
  }

  @AfterAll
  void close() {
    topic.close();
  }

  @Test
  void unknownAndDepartedCoSignersAreRefusedByNameAndNothingIsWritten() {
    DatabaseSnapshot before = snapshot();
    ApiClient.Response refused = api.post("/api/v1/suggestions", token(PROPOSER), draft(
        Map.of("coSignerDeputyIds", List.of("D-r-002", "D-r-nobody", "D-r-left"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("coSignerDeputyIds");
    assertThat(refused.json().get("detail").asString()).contains("D-r-left, D-r-nobody").doesNotContain("D-r-002,");
    assertThat(snapshot().changesSince(before)).as("refused: every collection as before").isEmpty();

    ApiClient.Response accepted = api.post("/api/v1/suggestions", token(PROPOSER), draft(
        Map.of("coSignerDeputyIds", List.of("D-r-002"))));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
  }

  @Test
  void aDelegationMotionIsTabledByTheDelegationsHeadOnly() {
    Map<String, Object> motion = Map.of("kind", "MOTION", "byDelegation", true, "session", "SESSION");
    ApiClient.Response byMember = api.post("/api/v1/suggestions", token(PROPOSER), draft(motion));
    assertThat(byMember.status()).as(byMember.body()).isEqualTo(422);
    assertThat(byMember.json().get("errors").get(0).get("field").asString()).isEqualTo("byDelegation");
    ApiClient.Response byHead = api.post("/api/v1/suggestions", token(HEAD), draft(motion));
    assertThat(byHead.status()).as(byHead.body()).isEqualTo(201);
    assertThat(byHead.json().get("byDelegation").asBoolean()).isTrue();
  }

  @Test
  void anItemIsAssignedOnlyToRegisteredUnitsAndReHandledOnlyUpToTheSuperior() {
    String id = api.post("/api/v1/suggestions", token(PROPOSER), draft(Map.of())).json().get("id").asString();
    assertThat(api.post("/api/v1/suggestions/" + id + "/registration", token(STAFF), Map.of()).status()).isEqualTo(200);
    DatabaseSnapshot before = snapshot();
    ApiClient.Response refused = api.post("/api/v1/suggestions/" + id + "/assignment", token(STAFF),
        Map.of("leadUnitId", "U-r-housing", "coUnitIds", List.of("U-does-not-exist")));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString()).contains("U-does-not-exist");
    assertThat(snapshot().changesSince(before)).isEmpty();
    ApiClient.Response batch = api.post("/api/v1/suggestions/assignments", token(STAFF), Map.of("items",
        List.of(Map.of("suggestionId", id, "leadUnitId", "U-nowhere"))));
    assertThat(batch.json().get("refused").asInt()).isEqualTo(1);
    assertThat(batch.json().get("items").get(0).get("detail").asString()).contains("U-nowhere");
    assertThat(api.post("/api/v1/suggestions/" + id + "/assignment", token(STAFF), Map.of("leadUnitId", "U-r-housing"))
        .status()).isEqualTo(200);
    String csv = api.get("/api/v1/suggestions/statistics/export?year=" + java.time.LocalDate.now(zone).getYear(),
        token(STAFF)).body();
    assertThat(csv).as("the export names the unit as the register does").contains("单位 U-r-housing")
        .doesNotContain(",U-r-housing,");
  }

  @Test
  void aRegisterEventThatArrivesAgainOrLateChangesNothing() {
    deputy("D-r-late", 3, "ACTIVE", false);
    await().atMost(Duration.ofSeconds(30)).until(() -> entry("register_deputies", "D-r-late") != null);
    Document kept = entry("register_deputies", "D-r-late");
    double leftEventsHandled = handled("lianxin.deputy.deputy-left.v1");
    deputy("D-r-late", 3, "LEFT", false); // the same sequence again, as a redelivery carries it
    deputy("D-r-late", 2, "LEFT", false); // an older event, arriving late
    await().atMost(Duration.ofSeconds(30)).until(() -> handled("lianxin.deputy.deputy-left.v1") >= leftEventsHandled + 2);
    assertThat(entry("register_deputies", "D-r-late")).as("both consumed, neither applied").isEqualTo(kept);
    assertThat(api.post("/api/v1/suggestions", token(PROPOSER), draft(Map.of("coSignerDeputyIds", List.of("D-r-late"))))
        .status()).as("still active").isEqualTo(201);
  }

  DatabaseSnapshot snapshot() {
    return DatabaseSnapshot.of(client, "suggestion-register-it");
  }

  double handled(String type) {
    var counter = meters.find("lianxin.events.consumed").tags("type", type, "outcome", "handled").counter();
    return counter == null ? 0 : counter.count();
  }

  Map<String, Object> draft(Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "关于名册核对的建议 " + UUID.randomUUID(),
        "body", "建议核对代表名册。", "category", "OTHER"));
    body.putAll(extra);
    return body;
  }

  String token(DemoUser user) {
    return EmbeddedInfra.shared().issuer().tokenFor(user);
  }

  long entries(String collection) {
    return mongo.count(Query.query(Criteria.where("congressId").is(CONGRESS)), collection);
  }

  Document entry(String collection, String id) {
    return mongo.findById(CONGRESS + "/" + id, Document.class, collection);
  }

  void deputy(String deputyId, long version, String status, boolean head) {
    String type = "lianxin.deputy.deputy-" + (status.equals("LEFT") ? "left" : version == 1 ? "registered" : "updated") + ".v1";
    send(type, deputyId, version, data -> data.put("deputyId", deputyId).put("name", "代表 " + deputyId)
        .put("status", status).put("delegation", "城关镇代表团").put("delegationHead", head));
  }

  void unit(String unitId, long version, String status, String superior) {
    send("lianxin.deputy.unit-registered.v1", unitId, version, data -> {
      data.put("unitId", unitId).put("name", "单位 " + unitId).put("status", status);
      if (superior == null) {
        data.remove("superiorUnitId");
      } else {
        data.put("superiorUnitId", superior);
      }
    });
  }

  /** Sends an event of {@code type} from its catalogue example, about {@code id} at {@code version}, its data {@code filled}. */
  void send(String type, String id, long version, java.util.function.Consumer<ObjectNode> filled) {
    ObjectNode event = (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.find(type).orElseThrow()));
    event.put("id", UUID.randomUUID().toString()).put("subject", CONGRESS + "/" + id)
        .put("congressid", CONGRESS).put("sequence", EventEnvelope.sequence(version, 0));
    ObjectNode data = (ObjectNode) event.get("data");
    data.put("congressId", CONGRESS);
    filled.accept(data);
    topic.send(Topics.DEPUTY, CONGRESS + "/" + id, event.toString());
  }
}
