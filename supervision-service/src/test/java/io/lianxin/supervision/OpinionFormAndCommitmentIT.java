package io.lianxin.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.supervision.application.DeadlineEngine;
import io.lianxin.testkit.ApiClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The opinion form (征求意见表) and an inquiry's commitment fulfilled, by HTTP and on Kafka, each step by its
 * role: the office sends the form to the deputies allocated, each answers once (again 409, a deputy it did
 * not go to 404, nothing written by a refusal), the office reads every answer and who has not answered, a
 * deputy only their own; a commitment recorded fulfilled with its evidence (again 409, nothing written) is
 * never reminded overdue by the deadline engine. Every event as its contract says.
 */
class OpinionFormAndCommitmentIT extends RunningServiceIT {

  @Autowired
  DeadlineEngine deadlines;

  /** A year no other test of this JVM plans (the topic is shared). */
  static final int YEAR = 2033;

  @Test
  void theFormGoesToTheDeputiesAllocatedWhoEachAnswerOnceAndAFulfilledCommitmentIsNotRemindedOverdue() {
    String staff = token("staff@qingshan");
    String deputy1 = token("deputy1@qingshan");
    String deputy2 = token("deputy2@qingshan");
    String deputy3 = token("deputy3@qingshan");
    ApiClient.Response drafted = api.post("/api/v1/plans", staff, Map.of("year", YEAR, "items", List.of(
        AnnualPlanIT.item("PARTY_COMMITTEE", null, "WORK_REPORT_REVIEW", "U-qingshan-housing", 2),
        AnnualPlanIT.item("GOVERNMENT_PRIORITY", null, "THEMATIC_INQUIRY", "U-qingshan-housing", 3))));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    assertThat(api.post("/api/v1/plans/" + YEAR + "/adoption", token("leader@qingshan"), Map.of()).status())
        .isEqualTo(200);

    // the opinion form
    String review = "/api/v1/activities/" + YEAR + "-1";
    String form = review + "/opinion-form";
    Map<String, Object> sent = Map.of("questions", List.of("审议重点是什么？", "群众反映最多的问题？"),
        "dueOn", LocalDate.now().plusDays(10).toString());
    assertThat(api.post(form, staff, sent).status()).as("not preparing yet").isEqualTo(409);
    assertThat(api.post(review + "/preparation", staff, Map.of()).status()).isEqualTo(200);
    assertThat(api.post(form, staff, sent).status()).as("nobody allocated").isEqualTo(422);
    assertThat(api.post(review + "/allocation", staff, Map.of("deputyIds", List.of("D-qingshan-001", "D-qingshan-002")))
        .status()).isEqualTo(200);
    assertThat(api.post(form, deputy1, sent).status()).isEqualTo(403);
    assertThat(api.post(form, staff, Map.of("questions", List.of("q"), "dueOn", "2020-01-01")).status())
        .as("due in the past").isEqualTo(422);
    assertThat(api.get(form, staff).status()).as("not sent yet").isEqualTo(404);
    ApiClient.Response sentForm = api.post(form, staff, sent);
    assertThat(sentForm.status()).as(sentForm.body()).isEqualTo(200);
    assertThat(sentForm.json().get("notAnsweredCount").asInt()).isEqualTo(2);
    assertThat(api.post(form, staff, sent).status()).as("sent once").isEqualTo(409);

    String answers = form + "/answers";
    Map<String, Object> answer = Map.of("answers", List.of("资金使用绩效", "加装电梯"));
    List<Document> before = everything();
    assertThat(api.post(answers, deputy3, answer).status()).as("not allocated").isEqualTo(404);
    assertThat(api.post(answers, token("deputy1@hexi"), answer).status()).as("another congress").isEqualTo(404);
    assertThat(api.post(answers, deputy1, Map.of("answers", List.of("只答一个"))).status()).as("one per question")
        .isEqualTo(422);
    assertThat(api.post(answers, staff, answer).status()).isEqualTo(403);
    assertThat(everything()).as("refused answers write nothing").isEqualTo(before);
    ApiClient.Response answered = api.post(answers, deputy1, answer);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("answers")).hasSize(1);
    before = everything();
    assertThat(api.post(answers, deputy1, Map.of("answers", List.of("改了", "再改"))).status()).as("once")
        .isEqualTo(409);
    assertThat(everything()).as("a second answer writes nothing").isEqualTo(before);

    JsonNode office = api.get(form, token("leader@qingshan")).json();
    assertThat(office.get("answeredCount").asInt()).isEqualTo(1);
    assertThat(office.get("notAnsweredCount").asInt()).isEqualTo(1);
    assertThat(office.get("notAnswered").get(0).asString()).isEqualTo("D-qingshan-002");
    assertThat(office.get("answers").get(0).get("answers").get(1).asString()).isEqualTo("加装电梯");
    JsonNode seenByDeputy2 = api.get(form, deputy2).json();
    assertThat(seenByDeputy2.get("answers")).as("nobody else's answer").isEmpty();
    assertThat(seenByDeputy2.get("deputyIds")).hasSize(1);
    assertThat(api.get(form, deputy3).status()).isEqualTo(404);
    assertThat(api.get(form, token("staff@hexi")).status()).isEqualTo(404);

    // a commitment of the inquiry fulfilled before its overdue day passes unnoticed
    String inquiry = "/api/v1/activities/" + YEAR + "-2";
    assertThat(api.post(inquiry + "/questions", staff, Map.of("category", "COMMITMENT", "question", "何时整治到位？",
        "askedBy", "D-qingshan-004", "answererName", "县住建局局长 王某", "answererUnitId", "U-qingshan-housing"))
        .status()).isEqualTo(200);
    assertThat(api.post(inquiry + "/preparation", staff, Map.of()).status()).isEqualTo(200);
    LocalDate heldOn = LocalDate.now().minusDays(30);
    assertThat(api.post(inquiry + "/hearing", staff, Map.of("heldOn", heldOn.toString(),
        "attendance", List.of("D-qingshan-004"), "findings", "询问五里河治理")).status()).isEqualTo(200);
    String fulfilment = inquiry + "/questions/1/commitment/fulfilment";
    Map<String, Object> evidence = Map.of("fulfilledOn", heldOn.plusDays(5).toString(), "evidence", "排污口已封堵，验收意见附后");
    assertThat(api.post(fulfilment, staff, evidence).status()).as("not answered yet: no commitment").isEqualTo(422);
    assertThat(api.post(inquiry + "/questions/1/answer", staff, Map.of("answer", "年底前整治到位", "commitment",
        Map.of("text", "完成城关段排污口整治", "dueOn", heldOn.plusDays(10).toString()))).status()).isEqualTo(200);
    assertThat(api.post(fulfilment, token("head@qingshan"), evidence).status()).isEqualTo(403);
    assertThat(api.post(fulfilment, token("staff@hexi"), evidence).status()).isEqualTo(404);
    assertThat(api.post(fulfilment, staff, Map.of("fulfilledOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString(),
        "evidence", "x")).status()).as("a day to come").isEqualTo(422);
    ApiClient.Response fulfilled = api.post(fulfilment, staff, evidence);
    assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(200);
    assertThat(fulfilled.json().get("questions").get(0).get("fulfilment").get("onTime").asBoolean()).isTrue();
    before = everything();
    assertThat(api.post(fulfilment, staff, evidence).status()).as("fulfilled once").isEqualTo(409);
    assertThat(everything()).as("a second fulfilment writes nothing").isEqualTo(before);
    deadlines.runOnce();
    deadlines.runOnce();

    // the events, as their contracts say
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(YEAR + "-1").size() >= 5
        && eventsOf(YEAR + "-2").size() >= 6);
    eventsOf(YEAR + "-1").forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    eventsOf(YEAR + "-2").forEach(r -> new EventSchemaValidator().assertValid(r.value()));
    assertThat(eventsOf(YEAR + "-1")).extracting(RunningServiceIT::typeOf).containsExactly(
        "lianxin.supervision.activity-scheduled.v1", "lianxin.supervision.activity-preparation-started.v1",
        "lianxin.supervision.deputies-allocated.v1", "lianxin.supervision.opinion-form-sent.v1",
        "lianxin.supervision.opinion-form-answered.v1");
    JsonNode formSent = CODEC.decode(eventsOf(YEAR + "-1").get(3).value()).data();
    assertThat(formSent.get("deputyIds").toString()).isEqualTo("[\"D-qingshan-001\",\"D-qingshan-002\"]");
    assertThat(eventsOf(YEAR + "-2")).extracting(RunningServiceIT::typeOf).as("no overdue reminder after fulfilment")
        .containsExactly("lianxin.supervision.activity-scheduled.v1", "lianxin.supervision.inquiry-question-drafted.v1",
            "lianxin.supervision.activity-preparation-started.v1", "lianxin.supervision.activity-held.v1",
            "lianxin.supervision.inquiry-question-answered.v1", "lianxin.supervision.inquiry-commitment-fulfilled.v1");
    JsonNode fulfilledEvent = CODEC.decode(eventsOf(YEAR + "-2").get(5).value()).data();
    assertThat(fulfilledEvent.get("askedBy").asString()).isEqualTo("D-qingshan-004");
    assertThat(fulfilledEvent.get("answererUnitId").asString()).isEqualTo("U-qingshan-housing");
  }
}
