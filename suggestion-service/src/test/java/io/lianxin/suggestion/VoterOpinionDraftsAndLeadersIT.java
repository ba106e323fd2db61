package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.application.VoterOpinionDrafts;
import io.lianxin.suggestion.domain.TakenUpOpinion;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DatabaseSnapshot;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import io.lianxin.testkit.TopicWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Issue 12 through the real broker and HTTP: a voter's opinion a deputy took up
 * ({@code lianxin.deputy.voter-opinion-taken-up.v1}, exactly as its contract says) becomes one draft of
 * that deputy however often it arrives, showing where it came from, which the deputy edits and
 * submits as any draft (also when two replicas handle it at once); a key item's supervising leader is a member of the chair's council in the
 * register copy (built from deputy-service's events), anyone else refused by name with every
 * collection as it was.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service",
        // a group of its own: other test contexts in this JVM consume the same topic as suggestion-service
        "spring.cloud.stream.bindings.events-in-0.group=suggestion-opinion-it"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoterOpinionDraftsAndLeadersIT {

  static final String DATABASE = "suggestion-opinion-it";
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String CONGRESS = "C-opinion-" + UUID.randomUUID().toString().substring(0, 8);
  static final DemoUser DEPUTY = DemoUser.deputy("deputy@opinion", "代表", CONGRESS, "D-o-001");
  static final DemoUser OTHER_DEPUTY = DemoUser.deputy("other@opinion", "另一代表", CONGRESS, "D-o-002");
  static final DemoUser STAFF = DemoUser.of("staff@opinion", "选任联工委", "COMMITTEE_STAFF", CONGRESS, null);
  static final DemoUser VICE_CHAIR = new DemoUser("vice@opinion", "常委会副主任", List.of("LEADER"), CONGRESS, "D-o-vice",
      null);
  static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  VoterOpinionDrafts drafts;

  @Autowired
  com.mongodb.client.MongoClient client;

  @Autowired
  io.micrometer.core.instrument.MeterRegistry meters;

  ApiClient api;
  TopicWriter topic;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeAll
  void register() {
    api = new ApiClient("http://127.0.0.1:" + port);
    topic = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers());
    deputy("D-o-001", null);
    deputy("D-o-002", null);
    deputy("D-o-vice", "VICE_CHAIR");
    deputy("D-o-member", "MEMBER");
    await().atMost(Duration.ofSeconds(60)).until(() -> mongo.count(Query.query(Criteria.where("congressId").is(CONGRESS)),
        "register_deputies") == 4);
  }

  @AfterAll
  void close() {
    topic.close();
  }

  @Test
  void anOpinionTakenUpBecomesOneDraftOfTheDeputyShowingWhereItCameFrom() {
    String code = trackingCode();
    String event = opinionEvent(code, DEPUTY.deputyId());
    new EventSchemaValidator().assertValid(event);
    double handledBefore = handled();
    topic.send(Topics.DEPUTY, CONGRESS + "/" + code, event);
    topic.send(Topics.DEPUTY, CONGRESS + "/" + code, event); // redelivered
    await().atMost(Duration.ofSeconds(60)).until(() -> handled() >= handledBefore + 2);

    List<JsonNode> fromOpinion = ok(api.get("/api/v1/suggestions?size=200", token(DEPUTY))).get("items").valueStream()
        .filter(i -> i.path("origin").path("trackingCode").asString("").equals(code)).toList();
    assertThat(fromOpinion).as("one draft per opinion").hasSize(1);
    assertThat(mongo.count(Query.query(Criteria.where("item.origin.trackingCode").is(code)), "suggestions")).isEqualTo(1);
    String id = fromOpinion.get(0).get("id").asString();
    assertThat(id).isEqualTo(VoterOpinionDrafts.draftIdOf(CONGRESS, code));

    JsonNode draft = ok(api.get("/api/v1/suggestions/" + id, token(DEPUTY)));
    assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
    assertThat(draft.get("proposerDeputyId").asString()).isEqualTo("D-o-001");
    assertThat(draft.get("title").asString()).isEqualTo("关于人民路老旧小区加装电梯的建议");
    assertThat(draft.get("body").asString()).startsWith("人民路 12 号小区六层无电梯");
    JsonNode origin = draft.get("origin");
    assertThat(origin.get("kind").asString()).isEqualTo("VOTER_OPINION");
    assertThat(origin.get("trackingCode").asString()).isEqualTo(code);
    assertThat(origin.get("stationId").asString()).isEqualTo("S-qingshan-chengguan");
    assertThat(origin.get("receivedOn").asString()).isEqualTo("2026-11-14");
    assertThat(api.get("/api/v1/suggestions/" + id, token(STAFF)).status()).as("the deputy's own until submitted")
        .isEqualTo(404);
    assertThat(api.get("/api/v1/suggestions/" + id, token(OTHER_DEPUTY)).status()).isEqualTo(404);
    assertThat(ok(api.get("/api/v1/suggestions/" + id + "/history", token(DEPUTY))).get("items").findValuesAsString("type"))
        .containsExactly("lianxin.suggestion.drafted.v1");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicReader.read(
        EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.SUGGESTION,
        v -> v.contains(id) && v.contains("lianxin.suggestion.drafted.v1"), Duration.ofSeconds(1)))
        .singleElement().satisfies(r -> new EventSchemaValidator().assertValid(r.value())));

    // the deputy is its author: edits and submits it as any draft
    Map<String, Object> edited = Map.of("title", "关于加装电梯的建议", "category", "HOUSING",
        "body", draft.get("body").asString() + "\n建议财政对加装电梯予以补贴。");
    assertThat(api.put("/api/v1/suggestions/" + id, token(OTHER_DEPUTY), edited).status()).isEqualTo(404);
    ok(api.put("/api/v1/suggestions/" + id, token(DEPUTY), edited));
    JsonNode submitted = ok(api.post("/api/v1/suggestions/" + id + "/submission", token(DEPUTY), Map.of()));
    assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("number").asString()).isNotBlank();
    JsonNode asStaff = ok(api.get("/api/v1/suggestions/" + id, token(STAFF)));
    assertThat(asStaff.get("category").asString()).isEqualTo("HOUSING");
    assertThat(asStaff.get("origin").get("trackingCode").asString()).as("staff see where it came from").isEqualTo(code);
  }

  @Test
  void twoReplicasTakingTheSameOpinionAtOnceStartOneDraft() throws Exception {
    String code = trackingCode();
    TakenUpOpinion opinion = new TakenUpOpinion(code, CONGRESS, "S-qingshan-chengguan", "RD-1", DEPUTY.deputyId(),
        "关于路灯维修的建议", "东门路路灯损坏。", java.time.LocalDate.of(2026, 11, 14), java.time.LocalDate.of(2026, 11, 16));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Boolean>> replicas = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        replicas.add(pool.submit(() -> {
          start.await();
          return drafts.onTakenUp(opinion);
        }));
      }
      start.countDown();
      List<Boolean> started = new java.util.ArrayList<>();
      for (var replica : replicas) {
        started.add(replica.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(started).as("one replica starts it, the other finds it").containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdownNow();
    }
    assertThat(mongo.count(Query.query(Criteria.where("item.origin.trackingCode").is(code)), "suggestions")).isEqualTo(1);
  }

  @Test
  void aDeputyTheCopyDoesNotHoldYetStillGetsTheDraft() {
    String code = trackingCode();
    DemoUser newcomer = DemoUser.deputy("newcomer@opinion", "新任代表", CONGRESS, "D-o-newcomer");
    String event = opinionEvent(code, newcomer.deputyId());
    new EventSchemaValidator().assertValid(event);
    topic.send(Topics.DEPUTY, CONGRESS + "/" + code, event);
    await().atMost(Duration.ofSeconds(60)).until(() ->
        api.get("/api/v1/suggestions/" + VoterOpinionDrafts.draftIdOf(CONGRESS, code), token(newcomer)).status() == 200);
  }

  @Test
  void aKeyItemsLeaderMustSitOnTheChairsCouncilOfTheRegister() {
    String id = ok(api.post("/api/v1/suggestions", token(DEPUTY), Map.of("title", "关于背街小巷整治的建议 " + UUID.randomUUID(),
        "body", "背街小巷路面破损。", "category", "URBAN_MANAGEMENT"))).get("id").asString();
    ok(api.post("/api/v1/suggestions/" + id + "/registration", token(STAFF), Map.of()));
    for (String notALeader : List.of("D-o-nobody", "D-o-member", "D-o-002")) {
      DatabaseSnapshot before = DatabaseSnapshot.of(client, DATABASE);
      ApiClient.Response refused = api.post("/api/v1/suggestions/" + id + "/key", token(STAFF),
          Map.of("leaderId", notALeader));
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("leaderId");
      assertThat(refused.json().get("detail").asString()).contains(notALeader);
      assertThat(DatabaseSnapshot.of(client, DATABASE).changesSince(before)).as("refused: every collection as before")
          .isEmpty();
    }
    JsonNode key = ok(api.post("/api/v1/suggestions/" + id + "/key", token(STAFF), Map.of("leaderId", "D-o-vice")));
    assertThat(key.get("supervisingLeaderId").asString()).isEqualTo("D-o-vice");
    assertThat(ok(api.get("/api/v1/suggestions/worklists/KEY", token(VICE_CHAIR))).get("items").findValuesAsString("id"))
        .as("on the leader's key worklist by their deputy id").contains(id);
  }

  @Test
  void theDeskCountsEveryWorklistAsTheWorklistItselfAnswers() {
    String submitted = newItem("关于公交站台遮雨棚的建议 ");
    String registered = newItem("关于社区食堂的建议 ");
    ok(api.post("/api/v1/suggestions/" + registered + "/registration", token(STAFF), Map.of()));
    String key = newItem("关于老旧小区加装电梯的建议 ");
    ok(api.post("/api/v1/suggestions/" + key + "/registration", token(STAFF), Map.of()));
    ok(api.post("/api/v1/suggestions/" + key + "/key", token(STAFF), Map.of("leaderId", "D-o-vice")));

    for (DemoUser reader : List.of(STAFF, VICE_CHAIR)) {
      JsonNode desk = ok(api.get("/api/v1/suggestions/worklists", token(reader))).get("worklists");
      assertThat(desk.findValuesAsString("worklist")).as("every worklist, in order")
          .containsExactly(java.util.Arrays.stream(SuggestionQueries.Worklist.values()).map(Enum::name)
              .toArray(String[]::new));
      for (JsonNode line : desk) {
        String worklist = line.get("worklist").asString();
        JsonNode list = ok(api.get("/api/v1/suggestions/worklists/" + worklist + "?size=200", token(reader)));
        assertThat(line.get("count").asLong()).as("%s's %s", reader.username(), worklist)
            .isEqualTo(list.get("total").asLong());
        if (worklist.equals("TO_REGISTER")) {
          assertThat(list.get("items").findValuesAsString("id")).contains(submitted);
        } else if (worklist.equals("TO_ASSIGN")) {
          assertThat(list.get("items").findValuesAsString("id")).contains(registered, key);
        } else if (worklist.equals("KEY")) {
          assertThat(list.get("items").findValuesAsString("id")).contains(key);
        }
      }
    }
    assertThat(api.get("/api/v1/suggestions/worklists", token(DEPUTY)).status()).isEqualTo(403);
  }

  String newItem(String title) {
    return ok(api.post("/api/v1/suggestions", token(DEPUTY), Map.of("title", title + UUID.randomUUID(),
        "body", "请有关部门研究解决。", "category", "URBAN_MANAGEMENT"))).get("id").asString();
  }

  // ------------------------------------------------------------------ helpers

  double handled() {
    var counter = meters.find("lianxin.events.consumed")
        .tags("type", "lianxin.deputy.voter-opinion-taken-up.v1", "outcome", "handled").counter();
    return counter == null ? 0 : counter.count();
  }

  static String trackingCode() {
    SecureRandom random = new SecureRandom();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      code.append(CROCKFORD.charAt(random.nextInt(CROCKFORD.length())));
    }
    return code.toString();
  }

  /** The catalogue's example of the event, about opinion {@code code} of this congress taken up by {@code deputyId}. */
  static String opinionEvent(String code, String deputyId) {
    ObjectNode event = example("lianxin.deputy.voter-opinion-taken-up.v1");
    event.put("id", UUID.randomUUID().toString()).put("subject", CONGRESS + "/" + code).put("congressid", CONGRESS);
    ((ObjectNode) event.get("data")).put("trackingCode", code).put("congressId", CONGRESS).put("deputyId", deputyId);
    return event.toString();
  }

  /** A deputy-registered event, schema-valid, with {@code seat} on the standing committee (null: none). */
  void deputy(String deputyId, String seat) {
    ObjectNode event = example("lianxin.deputy.deputy-registered.v1");
    event.put("id", UUID.randomUUID().toString()).put("subject", CONGRESS + "/" + deputyId).put("congressid", CONGRESS)
        .put("sequence", EventEnvelope.sequence(1, 0));
    ObjectNode data = (ObjectNode) event.get("data");
    data.put("deputyId", deputyId).put("congressId", CONGRESS).put("name", "代表 " + deputyId).put("status", "ACTIVE");
    if (seat == null) {
      data.remove("standingCommitteeRole");
    } else {
      data.put("standingCommitteeRole", seat);
    }
    new EventSchemaValidator().assertValid(event.toString());
    topic.send(Topics.DEPUTY, CONGRESS + "/" + deputyId, event.toString());
  }

  static ObjectNode example(String type) {
    return (ObjectNode) JSON.readTree(EventSchemaValidator.example(EventCatalog.find(type).orElseThrow()));
  }

  static JsonNode ok(ApiClient.Response r) {
    return SuggestionCalls.ok(r);
  }

  static String token(DemoUser user) {
    return SuggestionCalls.token(user);
  }
}
