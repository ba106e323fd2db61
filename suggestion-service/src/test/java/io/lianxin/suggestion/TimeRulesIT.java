package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The time-driven rules driven from outside, as a tester on the devstack drives them: through HTTP,
 * moving the service's development clock ({@code POST /api/v1/development/clock}, ADR 0018) and
 * letting the deadline engine run on its own schedule — the dispute cut-off, overdue replies and
 * their weekly escalation, the evaluation reminders and the end of the evaluation window.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service", "lianxin.development.clock-control=true",
        "lianxin.suggestion.deadline-interval=500ms",
        // replies go out as the unit head signs them: the committee's review (ReplyReviewAndMotionPathIT) is off here
        "lianxin.suggestion.reply-review-off=cn-county-qingshan"})
@DirtiesContext // its clock has moved on: no other test may share this context
class TimeRulesIT {

  static final String LEAD = "U-qingshan-housing";

  @LocalServerPort
  int port;

  @Autowired
  RegisterCopyStore register;

  @Autowired
  ZoneId zone;

  ApiClient api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-time-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    RegisterTestData.enterDemoUsers(register);
  }

  @Test
  void onlyAnAdminMovesTheClockAndOnlyForward() {
    assertThat(api.post("/api/v1/development/clock", token("staff@qingshan"), Map.of("advanceBy", "PT1H")).status())
        .isEqualTo(403);
    ApiClient.Response back = api.post("/api/v1/development/clock", token("admin@qingshan"), Map.of("advanceBy", "-PT1H"));
    assertThat(back.status()).as(back.body()).isEqualTo(422);
    assertThat(back.json().get("errors").get(0).get("field").asString()).isEqualTo("advanceBy");
    assertThat(api.post("/api/v1/development/clock", token("admin@qingshan"), Map.of("advanceBy", "P5X")).status())
        .as("not a duration").isEqualTo(400);
    assertThat(api.get("/api/v1/development/clock", token("staff@qingshan")).json().get("offset").asString())
        .isNotEmpty();
  }

  @Test
  void theTimeDrivenRulesFireAsTheClockMovesOn() {
    // Day 0: one item assigned (to be disputed late), one in handling (to go overdue), one replied (to be rated late).
    String disputed = assigned("逾期异议");
    String overdue = assigned("逾期答复");
    ok(post("handler@qingshan", overdue, "acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    String unrated = assigned("逾期测评");
    ok(post("handler@qingshan", unrated, "acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    ok(post("handler@qingshan", unrated, "contacts", Map.of("phase", "BEFORE", "date", today().toString(), "mode",
        "VISIT", "notes", "办前走访")));
    ok(post("handler@qingshan", unrated, "reply-draft", Map.of("category", "A", "text", "已解决")));
    JsonNode replied = ok(post("head@qingshan", unrated, "reply", Map.of()));
    LocalDate evaluationDue = LocalDate.parse(replied.get("evaluationDueDate").asString());

    // +10 days: past the 5-working-day dispute cut-off; the first evaluation reminder (day 7) is out.
    advance("P10D");
    ApiClient.Response late = post("handler@qingshan", disputed, "dispute", Map.of("reason", "属于供电公司职责"));
    assertThat(late.status()).as(late.body()).isEqualTo(422);
    assertThat(late.json().get("detail").asString()).contains("5 working days");
    awaitHistory(unrated, "evaluation-due-soon", 1);

    // Past the reply due date (3 months): overdue, in the committee's OVERDUE worklist, reminded;
    // a week later reminded again (escalation).
    advance("P85D");
    awaitHistory(overdue, "reply-overdue", 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> ids(api.get("/api/v1/suggestions/worklists/OVERDUE?size=200",
        token("staff@qingshan")).json()).contains(overdue));
    // The unit's queue: what it still owes, the nearest due date first, the overdue counted and leading.
    JsonNode queue = ok(api.get("/api/v1/suggestions/queue?size=200", token("handler@qingshan")));
    assertThat(ids(queue)).contains(overdue, disputed).doesNotContain(unrated);
    List<LocalDate> dues = new ArrayList<>();
    queue.get("items").forEach(item -> dues.add(LocalDate.parse(item.get("replyDueDate").asString())));
    assertThat(dues).isSorted();
    long pastDue = dues.stream().filter(due -> due.isBefore(today())).count();
    assertThat(queue.get("overdue").asLong()).isEqualTo(pastDue).isGreaterThanOrEqualTo(2);
    assertThat(queue.get("total").asLong()).isEqualTo(dues.size());
    assertThat(ids(ok(api.get("/api/v1/suggestions/queue?page=1&size=1", token("handler@qingshan")))))
        .as("paged where it is held").containsExactly(ids(queue).get(1));
    assertThat(api.get("/api/v1/suggestions/queue", token("deputy1@qingshan")).status()).isEqualTo(403);
    advance("P7D");
    awaitHistory(overdue, "reply-overdue", 2);

    // The evaluation window ended long ago: the item closes as NOT_EVALUATED, and a late rating is refused.
    assertThat(today()).isAfter(evaluationDue);
    await().atMost(Duration.ofSeconds(20)).until(() -> "NOT_EVALUATED".equals(
        api.get("/api/v1/suggestions/" + unrated, token("staff@qingshan")).json().path("outcome").asString(null)));
    ApiClient.Response lateRating = post("deputy1@qingshan", unrated, "evaluations", Map.of("rating", "SATISFIED"));
    assertThat(lateRating.status()).as(lateRating.body()).isEqualTo(422);
  }

  String assigned(String title) {
    JsonNode created = ok(api.post("/api/v1/suggestions", token("deputy1@qingshan"), Map.of("title", title + " "
        + UUID.randomUUID(), "body", "按时限办理。", "category", "HOUSING")));
    String id = created.get("id").asString();
    ok(post("staff@qingshan", id, "registration", Map.of()));
    ok(post("staff@qingshan", id, "assignment", Map.of("leadUnitId", LEAD)));
    return id;
  }

  void advance(String by) {
    ok(api.post("/api/v1/development/clock", token("admin@qingshan"), Map.of("advanceBy", by)));
  }

  /** Today on the service's (moved) clock, in the congress's zone. */
  LocalDate today() {
    Instant now = Instant.parse(api.get("/api/v1/development/clock", token("staff@qingshan")).json().get("now").asString());
    return LocalDate.ofInstant(now, zone);
  }

  void awaitHistory(String id, String type, int atLeast) {
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      long n = 0;
      for (JsonNode line : api.get("/api/v1/suggestions/" + id + "/history?size=200", token("staff@qingshan")).json()
          .get("items")) {
        if (line.get("type").asString().equals("lianxin.suggestion." + type + ".v1")) {
          n++;
        }
      }
      return n >= atLeast;
    });
  }

  static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  ApiClient.Response post(String user, String id, String step, Object body) {
    return api.post("/api/v1/suggestions/" + id + "/" + step, token(user), body);
  }

  JsonNode ok(ApiClient.Response r) {
    assertThat(r.status()).as(r.body()).isBetween(200, 201);
    return r.json();
  }

  String token(String username) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(username));
  }
}
