package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.supervision.application.DeadlineEngine;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 三问于前 by HTTP and on Kafka, each step by its role: topics proposed by a resident and a deputy,
 * supported once per person (a second support refused, nothing written), a duplicate merged (a person
 * who supported both counted once), the year's plan drafted from topics and the party committee,
 * adopted by the chair's council — one activity per item, and still one after the adoption is sent
 * again — an item added late with its reason, the activity prepared with deputies and lead speakers,
 * the allocation report naming those below the minimum, the activity held with an unannounced
 * site check, and an inquiry's question answered with a commitment reminded once when overdue (two
 * deadline engines at once).
 */
class AnnualPlanIT extends RunningServiceIT {

  @Autowired
  DeadlineEngine deadlines;

  /** A year no other test of this JVM plans (the topic is shared). */
  static final int YEAR = 2029;

  @Test
  void topicsBecomeThePlanAndThePlanBecomesActivities() {
    String staff = token("staff@qingshan");
    String leader = token("leader@qingshan");
    String citizen = token("citizen1@qingshan");
    String deputy1 = token("deputy1@qingshan");
    String deputy2 = token("deputy2@qingshan");

    // topics and supports
    ApiClient.Response proposedA = api.post("/api/v1/topics", citizen,
        Map.of("title", "五里河污水直排", "description", "沿河养殖场污水直排"));
    assertThat(proposedA.status()).as(proposedA.body()).isEqualTo(201);
    assertThat(proposedA.json().get("proposerKind").asString()).isEqualTo("RESIDENT");
    String a = proposedA.json().get("topicId").asString();
    ApiClient.Response proposedB = api.post("/api/v1/topics", deputy1,
        Map.of("title", "五里河流域水污染治理", "description", "建议开展执法检查"));
    assertThat(proposedB.status()).as(proposedB.body()).isEqualTo(201);
    String b = proposedB.json().get("topicId").asString();
    assertThat(api.post("/api/v1/topics", token("handler@qingshan"), Map.of("title", "t", "description", "d"))
        .status()).isEqualTo(403);

    assertThat(support(a, citizen).json().get("supports").asLong()).isEqualTo(1);
    List<Document> before = everything();
    ApiClient.Response again = api.post("/api/v1/topics/" + a + "/supports", citizen, Map.of());
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(everything()).as("a second support writes nothing").isEqualTo(before);
    support(a, deputy1);
    support(b, deputy1);
    assertThat(support(b, deputy2).json().get("supports").asLong()).isEqualTo(2);
    assertThat(api.post("/api/v1/topics/" + a + "/supports", staff, Map.of()).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/topics/" + a, token("staff@hexi")).status()).isEqualTo(404);

    ApiClient.Response merged = api.post("/api/v1/topics/" + a + "/merge", staff, Map.of("intoTopicId", b));
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    assertThat(merged.json().get("supports").asLong()).as("deputy1 supported both: counted once").isEqualTo(3);
    assertThat(api.get("/api/v1/topics/" + a, citizen).json().get("status").asString()).isEqualTo("MERGED");
    assertThat(api.post("/api/v1/topics/" + a + "/supports", token("citizen2@qingshan"), Map.of()).status())
        .as("a merged topic takes no support").isEqualTo(409);
    assertThat(api.post("/api/v1/topics/" + b + "/supports", citizen, Map.of()).status())
        .as("moved with the merge").isEqualTo(409);
    ApiClient.Response assessed = api.post("/api/v1/topics/" + b + "/feasibility", staff,
        Map.of("feasibility", "FEASIBLE", "note", "属于常委会监督职权"));
    assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);

    // the plan
    before = everything();
    ApiClient.Response fromMerged = api.post("/api/v1/plans", staff, Map.of("year", YEAR, "items", List.of(
        item("TOPIC", a, "WORK_REPORT_REVIEW", "U-qingshan-housing", 2))));
    assertThat(fromMerged.status()).as(fromMerged.body()).isEqualTo(422);
    assertThat(everything()).as("a refused plan writes nothing").isEqualTo(before);
    ApiClient.Response drafted = api.post("/api/v1/plans", staff, Map.of("year", YEAR, "items", List.of(
        item("TOPIC", b, "WORK_REPORT_REVIEW", "U-qingshan-housing", 2),
        item("PARTY_COMMITTEE", null, "LAW_INSPECTION", null, 3))));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    assertThat(api.post("/api/v1/plans", staff, Map.of("year", YEAR, "items", List.of(
        item("PARTY_COMMITTEE", null, "LAW_INSPECTION", null, 3)))).status()).as("one plan a year").isEqualTo(409);
    String publicPlan = "/api/v1/public/" + DemoUsers.COUNTY + "/plans/" + YEAR;
    assertThat(api.get(publicPlan, null).status()).as("a draft is not public").isEqualTo(404);
    String plan = "/api/v1/plans/" + YEAR;
    assertThat(api.post(plan + "/adoption", staff, Map.of()).status()).isEqualTo(403);
    ApiClient.Response adopted = api.post(plan + "/adoption", leader, Map.of());
    assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    assertThat(adopted.json().get("items").get(1).get("activityId").asString()).isEqualTo(YEAR + "-2");
    assertThat(api.post(plan + "/adoption", leader, Map.of()).status()).as("adopted again").isEqualTo(200);
    assertThat(activityDocuments()).as("one activity per item").containsExactly(YEAR + "-1", YEAR + "-2");
    JsonNode shown = api.get(publicPlan, null).json();
    assertThat(shown.get("status").asString()).isEqualTo("ADOPTED");
    assertThat(shown.get("items")).hasSize(2);
    assertThat(api.get("/api/v1/public/cn-district-hexi/plans/" + YEAR, null).status()).isEqualTo(404);

    assertThat(api.post(plan + "/items", staff, Map.of("item", item("GOVERNMENT_PRIORITY", null, "THEMATIC_INQUIRY",
        "U-qingshan-housing", 4))).status()).as("late without a reason").isEqualTo(422);
    ApiClient.Response late = api.post(plan + "/items", staff, Map.of("item", item("GOVERNMENT_PRIORITY", null,
        "THEMATIC_INQUIRY", "U-qingshan-housing", 4), "reason", "县委交办"));
    assertThat(late.status()).as(late.body()).isEqualTo(200);
    assertThat(activityDocuments()).containsExactly(YEAR + "-1", YEAR + "-2", YEAR + "-3");

    // the activity prepared and held
    String activity = "/api/v1/activities/" + YEAR + "-1";
    assertThat(api.post(activity + "/preparation", staff, Map.of()).json().get("status").asString())
        .isEqualTo("PREPARING");
    assertThat(api.post(activity + "/allocation", staff, Map.of("deputyIds", List.of("D-qingshan-001", "D-hexi-001")))
        .status()).as("another congress's deputy").isEqualTo(422);
    assertThat(api.post(activity + "/allocation", staff,
        Map.of("deputyIds", List.of("D-qingshan-001", "D-qingshan-002"))).status()).isEqualTo(200);
    assertThat(api.post(activity + "/lead-speakers", staff,
        Map.of("deputyIds", List.of("D-qingshan-004", "D-qingshan-005"))).status()).as("two").isEqualTo(422);
    assertThat(api.post(activity + "/lead-speakers", staff,
        Map.of("deputyIds", List.of("D-qingshan-001", "D-qingshan-004", "D-qingshan-005"))).status())
        .as("not on the standing committee").isEqualTo(422);
    assertThat(api.post(activity + "/lead-speakers", staff,
        Map.of("deputyIds", List.of("D-qingshan-004", "D-qingshan-005", "D-qingshan-006"))).status()).isEqualTo(200);
    assertThat(api.get(activity, deputy1).status()).as("deputy1 takes part").isEqualTo(200);
    assertThat(api.get(activity, token("deputy3@qingshan")).status()).as("deputy3 does not").isEqualTo(404);
    assertThat(api.get(activity, token("staff@hexi")).status()).isEqualTo(404);
    JsonNode mine = api.get("/api/v1/activities?year=" + YEAR, deputy1).json();
    assertThat(mine.get("total").asLong()).isEqualTo(1);

    JsonNode allocations = api.get("/api/v1/reports/allocations?year=" + YEAR, staff).json();
    Map<String, Long> counts = new HashMap<>();
    allocations.get("lines").forEach(l -> counts.put(l.get("deputyId").asString(), l.get("activities").asLong()));
    assertThat(counts).hasSize(15).containsEntry("D-qingshan-001", 1L).containsEntry("D-qingshan-003", 0L);
    List<String> below = new ArrayList<>();
    allocations.get("belowMinimum").forEach(l -> below.add(l.get("deputyId").asString()));
    assertThat(below).as("every active deputy has fewer than 2").hasSize(15).contains("D-qingshan-001");
    assertThat(allocations.get("minimum").asInt()).isEqualTo(2);
    JsonNode speakers = api.get("/api/v1/reports/lead-speakers?year=" + YEAR, leader).json();
    assertThat(speakers.get("lines")).hasSize(5);
    assertThat(speakers.get("belowMinimum")).hasSize(5);
    assertThat(api.get("/api/v1/reports/allocations?year=" + YEAR, deputy1).status()).isEqualTo(403);

    ApiClient.Response held = api.post(activity + "/hearing", staff, Map.of("heldOn", YEAR + "-05-18",
        "attendance", List.of("D-qingshan-001", "D-qingshan-004"), "findings", "排污口整治不到位",
        "siteChecks", List.of(Map.of("place", "城关段排污口", "on", YEAR + "-05-15", "unannounced", true,
            "findings", "夜间偷排"))));
    assertThat(held.status()).as(held.body()).isEqualTo(200);
    assertThat(held.json().get("status").asString()).isEqualTo("HELD");
    assertThat(held.json().get("hearing").get("siteChecks").get(0).get("unannounced").asBoolean()).isTrue();

    // the late item is a thematic inquiry: a question drafted, answered with a commitment, reminded once when overdue
    String inquiry = "/api/v1/activities/" + YEAR + "-3";
    Map<String, Object> question = Map.of("category", "COMMITMENT", "question", "排污口何时整治到位？",
        "askedBy", "D-qingshan-004", "answererName", "县住建局局长 王某", "answererUnitId", "U-qingshan-housing");
    assertThat(api.post(activity + "/questions", staff, question).status()).as("not an inquiry").isEqualTo(422);
    assertThat(api.post(inquiry + "/questions", staff, question).status()).isEqualTo(200);
    assertThat(api.post(inquiry + "/preparation", staff, Map.of()).status()).isEqualTo(200);
    LocalDate heldOn = LocalDate.now().minusDays(30);
    assertThat(api.post(inquiry + "/hearing", staff, Map.of("heldOn", heldOn.toString(),
        "attendance", List.of("D-qingshan-004"), "findings", "询问五里河治理")).status()).isEqualTo(200);
    Map<String, Object> answer = Map.of("answer", "年底前整治到位", "followUps", List.of(Map.of("question", "资金从哪里来？",
        "answer", "县财政专项安排")), "commitment", Map.of("text", "完成城关段排污口整治", "dueOn",
        heldOn.plusDays(10).toString()));
    ApiClient.Response answered = api.post(inquiry + "/questions/1/answer", staff, answer);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("questions").get(0).get("followUps")).hasSize(1);
    assertThat(api.post(inquiry + "/questions/1/answer", staff, answer).status()).as("answered once").isEqualTo(409);
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(deadlines::runOnce);
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(deadlines::runOnce);
    one.join();
    two.join();
    deadlines.runOnce();

    // the events, as their contracts say
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(YEAR + "-1").size() >= 5 && eventsOf(a).size() >= 2
        && eventsOf(String.valueOf(YEAR)).size() >= 3);
    List<ConsumerRecord<String, String>> all = new ArrayList<>(eventsOf(a));
    all.addAll(eventsOf(b));
    all.addAll(eventsOf(String.valueOf(YEAR)));
    all.addAll(eventsOf(YEAR + "-1"));
    all.addAll(eventsOf(YEAR + "-2"));
    all.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(eventsOf(a)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.topic-proposed.v1", "lianxin.supervision.topic-merged.v1");
    assertThat(eventsOf(b)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.topic-proposed.v1", "lianxin.supervision.topic-assessed.v1");
    assertThat(eventsOf(String.valueOf(YEAR))).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.plan-drafted.v1", "lianxin.supervision.plan-adopted.v1",
        "lianxin.supervision.plan-item-added.v1");
    assertThat(eventsOf(YEAR + "-2")).extracting(RunningServiceIT::typeOf).as("scheduled once")
        .containsExactly("lianxin.supervision.activity-scheduled.v1");
    assertThat(eventsOf(YEAR + "-1")).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.activity-scheduled.v1", "lianxin.supervision.activity-preparation-started.v1",
        "lianxin.supervision.deputies-allocated.v1", "lianxin.supervision.lead-speakers-named.v1",
        "lianxin.supervision.activity-held.v1");
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(YEAR + "-3").size() >= 6);
    eventsOf(YEAR + "-3").forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(eventsOf(YEAR + "-3")).extracting(RunningServiceIT::typeOf).as("one reminder with two engines at once")
        .containsExactly("lianxin.supervision.activity-scheduled.v1", "lianxin.supervision.inquiry-question-drafted.v1",
            "lianxin.supervision.activity-preparation-started.v1", "lianxin.supervision.activity-held.v1",
            "lianxin.supervision.inquiry-question-answered.v1", "lianxin.supervision.commitment-overdue.v1");
    JsonNode allocated = CODEC.decode(eventsOf(YEAR + "-1").get(2).value()).data();
    assertThat(allocated.get("deputyIds").toString()).isEqualTo("[\"D-qingshan-001\",\"D-qingshan-002\"]");
  }

  ApiClient.Response support(String topicId, String token) {
    ApiClient.Response r = api.post("/api/v1/topics/" + topicId + "/supports", token, Map.of());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r;
  }

  static Map<String, Object> item(String source, String topicId, String type, String body, int quarter) {
    Map<String, Object> item = new HashMap<>(Map.of("source", source, "activityType", type,
        "title", "五里河流域治理（" + type + "）", "quarter", quarter));
    if (topicId != null) {
      item.put("topicId", topicId);
    }
    if (body != null) {
      item.put("bodyUnitId", body);
    }
    return item;
  }

  static List<String> activityDocuments() {
    return documentsOf("activities").stream().filter(d -> d.getInteger("planYear") == YEAR)
        .map(d -> d.getString("activityId")).sorted().toList();
  }
}
