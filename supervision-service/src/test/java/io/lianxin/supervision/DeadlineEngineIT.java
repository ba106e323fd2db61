package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.supervision.application.DeadlineEngine;
import io.lianxin.testkit.ApiClient;
import io.lianxin.events.EventSchemaValidator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Deadlines with the development clock moved on (ADR 0018): the two lists' reminders and an activity's opinion form
 * due soon, each once, even with two engines (as two replicas) running at the same moment.
 */
@TestPropertySource(properties = "lianxin.development.clock-control=true")
class DeadlineEngineIT extends RunningServiceIT {

  @Autowired
  DeadlineEngine deadlines;

  @Test
  void twoEnginesAtOnceSendEachReminderOnceOnItsDay() throws Exception {
    String staff = token("staff@qingshan");
    String admin = token("admin@qingshan");
    ApiClient.Response issued = api.post("/api/v1/opinions", staff, Map.of("title", "关于期限的审议意见", "text", "内容",
        "bodyUnitId", "U-qingshan-housing", "problems", List.of("问题")));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String id = issued.json().get("opinionId").asString();

    runTwoEnginesAtOnce();
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P13D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce(); // 2 days before the list is due: due soon
    runTwoEnginesAtOnce();
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P3D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce(); // the day after: overdue
    runTwoEnginesAtOnce();

    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() >= 3);
    assertThat(eventsOf(id)).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.opinion-issued.v1", "lianxin.supervision.rectification-list-due-soon.v1",
        "lianxin.supervision.rectification-overdue.v1");
  }

  /** A plan year no other test of this JVM uses (the topic and the database are shared). */
  static final int FORM_YEAR = 2034;

  @Test
  void theOpinionFormDueSoonNamesTheDeputiesWhoHaveNotAnsweredOnce() throws Exception {
    // given: a form due in 10 days (by the service's clock) to three deputies, one of whom answered
    String staff = token("staff@qingshan");
    String admin = token("admin@qingshan");
    assertThat(api.post("/api/v1/plans", staff, Map.of("year", FORM_YEAR, "items", List.of(
        AnnualPlanIT.item("PARTY_COMMITTEE", null, "WORK_REPORT_REVIEW", "U-qingshan-housing", 2)))).status())
        .isEqualTo(201);
    assertThat(api.post("/api/v1/plans/" + FORM_YEAR + "/adoption", token("leader@qingshan"), Map.of()).status())
        .isEqualTo(200);
    String activityId = FORM_YEAR + "-1";
    String activity = "/api/v1/activities/" + activityId;
    assertThat(api.post(activity + "/preparation", staff, Map.of()).status()).isEqualTo(200);
    assertThat(api.post(activity + "/allocation", staff, Map.of("deputyIds",
        List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-003"))).status()).isEqualTo(200);
    LocalDate today = LocalDate.ofInstant(Instant.parse(api.get("/api/v1/development/clock", admin).json().get("now")
        .asString()), ZoneId.of("Asia/Shanghai"));
    ApiClient.Response sent = api.post(activity + "/opinion-form", staff, Map.of("questions", List.of("审议重点是什么？"),
        "dueOn", today.plusDays(10).toString()));
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(api.post(activity + "/opinion-form/answers", token("deputy1@qingshan"), Map.of("answers",
        List.of("资金使用绩效"))).status()).isEqualTo(200);

    // when: the engines run before the window, in it (3 days before the due day, twice), and after the due day
    runTwoEnginesAtOnce();
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P7D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce();
    runTwoEnginesAtOnce();
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P4D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce();

    // expect: one reminder, naming those who have not answered; nothing left for the engine to look at
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(activityId).size() >= 6);
    List<ConsumerRecord<String, String>> events = eventsOf(activityId);
    events.forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(events).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.activity-scheduled.v1", "lianxin.supervision.activity-preparation-started.v1",
        "lianxin.supervision.deputies-allocated.v1", "lianxin.supervision.opinion-form-sent.v1",
        "lianxin.supervision.opinion-form-answered.v1", "lianxin.supervision.opinion-form-due-soon.v1");
    JsonNode dueSoon = CODEC.decode(events.get(5).value()).data();
    assertThat(dueSoon.get("deputyIds").toString()).isEqualTo("[\"D-qingshan-002\",\"D-qingshan-003\"]");
    assertThat(dueSoon.get("deputyCount").asInt()).isEqualTo(3);
    assertThat(dueSoon.get("dueOn").asString()).isEqualTo(today.plusDays(10).toString());
    Document stored = storedActivity(activityId);
    assertThat(stored.getList("remindersSent", String.class)).contains("opinion-form-due-soon");
    assertThat(api.post("/api/v1/development/clock", admin, Map.of("advanceBy", "P30D")).status()).isEqualTo(200);
    runTwoEnginesAtOnce();
    assertThat(storedActivity(activityId).get("version")).as("an engine (restarted or not) does not look at it again")
        .isEqualTo(stored.get("version"));
  }

  static Document storedActivity(String activityId) {
    return documentsOf("activities").stream().filter(d -> activityId.equals(d.getString("activityId")))
        .findFirst().orElseThrow();
  }

  void runTwoEnginesAtOnce() throws Exception {
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(deadlines::runOnce);
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(deadlines::runOnce);
    one.get();
    two.get();
  }
}
