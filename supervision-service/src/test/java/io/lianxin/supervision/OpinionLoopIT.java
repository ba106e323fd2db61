package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two lists by HTTP and on Kafka, each step by its role: issue, a list refused for an uncovered
 * problem (nothing written), the list, measures with evidence, the report, the satisfaction vote
 * asked of voting-service and its results read back from voting's topic — unsatisfied, a second
 * round, unsatisfied again, accountability, closed — with the boundaries of other bodies and congresses.
 */
class OpinionLoopIT extends RunningServiceIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void anOpinionGoesThroughTwoRoundsToAccountabilityAndEveryStepIsPublished() {
    String staff = token("staff@qingshan");
    String handler = token("handler@qingshan");
    ApiClient.Response issued = api.post("/api/v1/opinions", staff, Map.of(
        "title", "关于老旧小区改造专项工作报告的审议意见", "text", "审议认为……", "bodyUnitId", "U-qingshan-housing",
        "problems", List.of("改造进度慢", "资金拨付不到位", "群众参与不足"), "supervisingLeaderId", "D-qingshan-004"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String id = issued.json().get("opinionId").asString();
    String at = "/api/v1/opinions/" + id;
    assertThat(issued.json().get("rounds").get(0).get("listDueOn").asString())
        .isEqualTo(java.time.LocalDate.parse(issued.json().get("issuedOn").asString()).plusDays(15).toString());

    // boundaries: another congress, another body, a deputy before publication
    assertThat(api.get(at, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.post(at + "/report", token("handler@hexi"), Map.of("report", "x")).status()).isEqualTo(404);
    assertThat(api.get(at, token("deputy1@qingshan")).status()).as("not published yet").isEqualTo(404);
    assertThat(api.post(at + "/rectification-list", staff, Map.of("measures", List.of())).status()).isEqualTo(403);

    List<org.bson.Document> before = everything();
    ApiClient.Response uncovered = api.post(at + "/rectification-list", handler, Map.of("measures", List.of(
        measure(List.of(1), "制定三年行动计划", "2027-04-30"))));
    assertThat(uncovered.status()).as(uncovered.body()).isEqualTo(422);
    assertThat(uncovered.json().get("detail").asString()).contains("2, 3");
    assertThat(everything()).as("a refused list writes nothing").isEqualTo(before);

    ApiClient.Response list = api.post(at + "/rectification-list", handler, Map.of("measures", List.of(
        measure(List.of(1), "制定三年行动计划", "2099-04-30"), measure(List.of(2, 3), "设立专户，召开居民议事会", "2099-05-31"))));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().get("status").asString()).isEqualTo("RECTIFYING");
    assertThat(api.post(at + "/measures/M1/progress", handler, Map.of("status", "DONE")).status())
        .as("done without evidence").isEqualTo(422);
    ApiClient.Response done = api.post(at + "/measures/M1/progress", handler,
        Map.of("status", "DONE", "evidence", "县政府办〔2027〕12号"));
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("problems").get(0).get("measuresDone").asLong()).isEqualTo(1);
    assertThat(done.json().get("progress").get("measuresDone").asLong()).isEqualTo(1);
    assertThat(api.post(at + "/report", handler, Map.of("report", "整改情况报告")).status()).isEqualTo(200);
    assertThat(api.post(at + "/publication", staff, Map.of()).status()).isEqualTo(200);
    assertThat(api.get(at, token("deputy1@qingshan")).status()).as("published").isEqualTo(200);
    JsonNode shown = api.get("/api/v1/public/" + DemoUsers.COUNTY + "/opinions/" + id, null).json();
    assertThat(shown.get("problems")).hasSize(3);

    String firstRequest = askForTheVote(at, staff);
    publishResult(firstRequest, 1, 6, true);
    await().atMost(Duration.ofSeconds(30)).until(() -> state(at, staff).equals("SECOND_DELIBERATION"));
    publishResult(firstRequest, 6, 6, true); // the same request again: nothing changes
    assertThat(api.post(at + "/rectification-list", handler, Map.of("measures", List.of(
        measure(List.of(1, 2, 3), "整改方案修订", "2099-08-31")))).status()).isEqualTo(200);
    assertThat(api.post(at + "/report", handler, Map.of("report", "第二轮整改报告")).status()).isEqualTo(200);
    String secondRequest = askForTheVote(at, staff);
    assertThat(secondRequest).endsWith(":round-2:2");
    publishResult(secondRequest, 2, 6, true);
    await().atMost(Duration.ofSeconds(30)).until(() -> state(at, staff).equals("ACCOUNTABILITY"));
    assertThat(state(at, staff)).isEqualTo("ACCOUNTABILITY");
    ApiClient.Response referred = api.post(at + "/accountability", staff,
        Map.of("referredTo", "县纪委监委", "text", "二次审议仍不满意，移交问责"));
    assertThat(referred.status()).as(referred.body()).isEqualTo(200);
    assertThat(referred.json().get("outcome").asString()).isEqualTo("ACCOUNTABILITY_REFERRED");
    assertThat(referred.json().get("rounds").get(0).get("vote").get("favourable").asLong()).isEqualTo(1);

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 14);
    List<ConsumerRecord<String, String>> events = eventsOf(id);
    events.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(events).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.opinion-issued.v1", "lianxin.supervision.rectification-list-submitted.v1",
        "lianxin.supervision.measure-updated.v1", "lianxin.supervision.report-submitted.v1",
        "lianxin.supervision.opinion-published.v1", "lianxin.supervision.satisfaction-vote-requested.v1",
        "lianxin.supervision.satisfaction-vote-recorded.v1", "lianxin.supervision.second-deliberation-ordered.v1",
        "lianxin.supervision.rectification-list-submitted.v1", "lianxin.supervision.report-submitted.v1",
        "lianxin.supervision.satisfaction-vote-requested.v1", "lianxin.supervision.satisfaction-vote-recorded.v1",
        "lianxin.supervision.accountability-referred.v1", "lianxin.supervision.opinion-closed.v1");
    JsonNode request = CODEC.decode(events.get(5).value()).data();
    assertThat(request.get("roll").toString()).as("the standing committee from the register copy")
        .isEqualTo("[\"D-qingshan-004\",\"D-qingshan-005\",\"D-qingshan-006\",\"D-qingshan-007\",\"D-qingshan-008\"]");
    assertThat(request.get("secret").asBoolean()).isFalse();
  }

  String askForTheVote(String at, String staff) {
    ApiClient.Response asked = api.post(at + "/satisfaction-vote", staff,
        Map.of("closesAt", Instant.now().plusSeconds(3600).toString(), "secret", false));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    assertThat(asked.json().get("status").asString()).isEqualTo("VOTING");
    String opinionId = asked.json().get("opinionId").asString();
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(opinionId).stream()
        .filter(r -> typeOf(r).endsWith("satisfaction-vote-requested.v1")).count() >= asked.json().get("rounds").size());
    List<ConsumerRecord<String, String>> requests = eventsOf(opinionId).stream()
        .filter(r -> typeOf(r).endsWith("satisfaction-vote-requested.v1")).toList();
    return CODEC.decode(requests.get(requests.size() - 1).value()).data().get("requestId").asString();
  }

  /** voting-service's result-published for the request, as voting would send it (its contract's example, re-filled). */
  static void publishResult(String requestId, long favourable, long base, boolean valid) {
    EventEnvelope example = CODEC.decode(exampleOf("lianxin.voting.result-published.v1"));
    var data = (tools.jackson.databind.node.ObjectNode) example.data().deepCopy();
    data.put("requestId", requestId).put("kind", "SATISFACTION").put("valid", valid);
    var item = (tools.jackson.databind.node.ObjectNode) data.get("items").get(0);
    item.put("item", "县住建局整改情况报告").put("favourable", favourable).put("base", base);
    sendAsVoting(data);
  }

  /** A result-published with this data on voting's topic, schema-validated first, as voting-service would send it. */
  static void sendAsVoting(tools.jackson.databind.node.ObjectNode data) {
    EventEnvelope result = EventEnvelope.create(EventCatalog.find("lianxin.voting.result-published.v1").orElseThrow(),
        "/voting-service", data.get("pollId").asString(), DemoUsers.COUNTY, 2, Instant.now(), null, data);
    String encoded = CODEC.encode(result);
    new EventSchemaValidator().assertValid(encoded);
    try (TopicWriter writer = new TopicWriter(EmbeddedInfra.shared().kafkaBootstrapServers())) {
      writer.send(Topics.VOTING, result.subject(), encoded);
    }
  }

  static String exampleOf(String type) {
    try (var in = EventCatalog.class.getResourceAsStream("/lianxin/events/examples/" + type + ".json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String state(String at, String staff) {
    return api.get(at, staff).json().get("status").asString();
  }

  static Map<String, Object> measure(List<Integer> problems, String action, String dueOn) {
    return Map.of("problemNumbers", problems, "action", action, "owner", "城建股", "dueOn", dueOn);
  }
}
