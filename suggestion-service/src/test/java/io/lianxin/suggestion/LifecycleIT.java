package io.lianxin.suggestion;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import static io.lianxin.suggestion.SuggestionCalls.ok;
import static io.lianxin.suggestion.SuggestionCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole life of a suggestion through HTTP, each step by the role DOMAIN.md gives it, with the
 * boundaries of the others (403 for a role that may not act, 404 for an item one may not see).
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=suggestion-service")
class LifecycleIT {

  static final String LEAD = "U-qingshan-housing";
  static final DemoUser CO_UNIT = DemoUser.of("power@qingshan", "供电公司承办人", "UNIT_HANDLER", DemoUsers.COUNTY,
      "U-qingshan-power");
  static final DemoUser HEXI_HANDLER = DemoUsers.get("handler@hexi");

  @LocalServerPort
  int port;

  /** The congress's zone ({@code lianxin.zone}): what "today" means to the service. */
  @Autowired
  ZoneId zone;

  ApiClient api;
  SuggestionCalls calls;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-lifecycle-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired
  RegisterCopyStore register;

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    calls = new SuggestionCalls(api);
    RegisterTestData.enterDemoUsers(register);
    RegisterTestData.units(register, DemoUsers.COUNTY, List.of("U-qingshan-power"));
  }


  String create(String user, Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "关于老旧小区改造的建议 " + UUID.randomUUID(),
        "body", "小区管网老化，建议纳入改造计划。", "category", "HOUSING"));
    body.putAll(extra);
    return ok(api.post("/api/v1/suggestions", token(user), body)).get("id").asString();
  }

  @Test
  void fromDraftToPublishedReplyWithReHandlingAndCommitments() {
    String id = create("deputy1@qingshan", Map.of("coSignerDeputyIds", List.of("D-qingshan-002")));
    String path = "/" + id;
    assertThat(api.get("/api/v1/suggestions" + path, token("deputy1@qingshan")).json().get("state").asString())
        .isEqualTo("DRAFT");
    assertThat(api.get("/api/v1/suggestions" + path, token("staff@qingshan")).status()).as("drafts are the deputy's").isEqualTo(404);

    ok(calls.post("deputy2@qingshan", path + "/co-signature", Map.of()));
    assertThat(calls.post("deputy2@qingshan", path + "/submission", Map.of()).status()).as("only the proposer submits").isEqualTo(403);
    JsonNode submitted = ok(calls.post("deputy1@qingshan", path + "/submission", Map.of()));
    assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("number").asString()).startsWith(LocalDate.now(zone).getYear() + " 建议");

    assertThat(calls.post("handler@qingshan", path + "/registration", Map.of()).status()).as("a unit may never register").isEqualTo(403);
    assertThat(calls.post("deputy1@qingshan", path + "/registration", Map.of()).status()).isEqualTo(403);
    ok(calls.post("staff@qingshan", path + "/registration", Map.of("category", "URBAN_MANAGEMENT")));
    assertThat(api.get("/api/v1/suggestions" + path, token("handler@qingshan")).status()).as("not yet assigned").isEqualTo(404);

    JsonNode assigned = ok(calls.post("staff@qingshan", path + "/assignment",
        Map.of("leadUnitId", LEAD, "coUnitIds", List.of("U-qingshan-power"))));
    assertThat(assigned.get("replyDueDate").asString()).isEqualTo(LocalDate.now(zone).plusMonths(3).toString());
    assertThat(api.get("/api/v1/suggestions" + path, token("handler@qingshan")).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/suggestions" + path, token(HEXI_HANDLER)).status()).as("other congress").isEqualTo(404);
    assertThat(calls.post(CO_UNIT, path + "/acceptance", Map.of("handlerName", "x", "responsibleLeader", "y")).status())
        .as("a co-unit does not accept").isEqualTo(403);
    ok(calls.post("handler@qingshan", path + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));

    String today = LocalDate.now(zone).toString();
    ok(calls.post("handler@qingshan", path + "/contacts", Map.of("phase", "BEFORE", "date", today, "mode", "VISIT", "notes", "办前走访")));
    ok(calls.post("deputy1@qingshan", path + "/contacts/1/response", Map.of("response", "CONFIRMED")));
    ok(calls.post(CO_UNIT, path + "/co-unit-opinions", Map.of("text", "配合改造供电线路")));

    ApiClient.Response noCommitments = calls.post("handler@qingshan", path + "/reply-draft", Map.of("category", "B", "text", "列入计划"));
    assertThat(noCommitments.status()).isEqualTo(422);
    assertThat(noCommitments.json().get("errors").get(0).get("field").asString()).isEqualTo("commitments");
    ok(calls.post("handler@qingshan", path + "/reply-draft", Map.of("category", "B", "text", "已列入明年改造计划",
        "commitments", List.of(Map.of("description", "明年6月底前完成管网改造",
            "dueDate", LocalDate.now(zone).plusMonths(7).toString())))));
    assertThat(calls.post("handler@qingshan", path + "/reply", Map.of()).status()).as("the head signs").isEqualTo(403);
    JsonNode replied = calls.signAndSend("qingshan", path);
    assertThat(replied.get("state").asString()).isEqualTo("REPLIED");
    String commitmentId = replied.get("commitments").get(0).get("id").asString();

    ok(calls.post("deputy2@qingshan", path + "/evaluations", Map.of("rating", "SATISFIED")));
    ok(calls.post("deputy1@qingshan", path + "/evaluations", Map.of("rating", "UNSATISFIED", "comment", "进度太慢")));
    ApiClient.Response twice = calls.post("deputy1@qingshan", path + "/evaluations", Map.of("rating", "SATISFIED"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("currentState").asString()).isEqualTo("EVALUATED");

    JsonNode unsatisfied = ok(api.get("/api/v1/suggestions/worklists/UNSATISFIED?size=200", token("staff@qingshan")));
    assertThat(ids(unsatisfied)).contains(id);
    assertThat(api.get("/api/v1/suggestions/worklists/UNSATISFIED", token("deputy1@qingshan")).status()).isEqualTo(403);

    ok(calls.post("staff@qingshan", path + "/rehandling", Map.of()));
    ok(calls.post("handler@qingshan", path + "/reply-draft", Map.of("category", "A", "text", "已提前完成改造",
        "missingOpinionsReason", "协办单位已于首轮答复")));
    calls.signAndSend("qingshan", path);
    JsonNode closed = ok(calls.post("deputy1@qingshan", path + "/evaluations", Map.of("rating", "SATISFIED")));
    assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
    assertThat(closed.get("outcome").asString()).isEqualTo("SATISFIED");

    JsonNode ledger = ok(api.get("/api/v1/suggestions/statistics/commitments?status=OPEN&size=200", token("staff@qingshan")));
    assertThat(ledger.findValuesAsString("commitmentId")).contains(commitmentId);
    assertThat(api.get("/api/v1/suggestions/statistics/commitments", token("deputy1@qingshan")).status()).isEqualTo(403);
    ok(calls.post("handler@qingshan", path + "/commitments/" + commitmentId + "/fulfilment", Map.of("evidence", "竣工验收单")));
    JsonNode fulfilled = ok(api.get("/api/v1/suggestions/statistics/commitments?status=FULFILLED&size=200", token("handler@qingshan")));
    assertThat(fulfilled.findValuesAsString("commitmentId")).contains(commitmentId);
    ok(calls.post("staff@qingshan", path + "/publication", Map.of()));

    JsonNode found = ok(api.get("/api/v1/public/" + DemoUsers.COUNTY + "/suggestions?q=" + "老旧小区", null));
    assertThat(ids(found)).contains(id);
    JsonNode published = ok(api.get("/api/v1/public/" + DemoUsers.COUNTY + "/suggestions/" + id, null));
    assertThat(published.get("replies")).hasSize(2);
    assertThat(published.has("contacts")).as("no personal contact data in public").isFalse();
    assertThat(api.get("/api/v1/public/" + DemoUsers.DISTRICT + "/suggestions/" + id, null).status()).isEqualTo(404);

    List<String> history = new ArrayList<>();
    JsonNode historyPage = ok(api.get("/api/v1/suggestions" + path + "/history?size=200", token("staff@qingshan")));
    historyPage.get("items").forEach(h -> history.add(
        h.get("type").asString().replace("lianxin.suggestion.", "").replace(".v1", "")));
    assertThat(history).containsExactly("drafted", "co-signature-confirmed", "submitted", "registered", "assigned",
        "handling-started", "contact-logged", "contact-logged", "co-unit-opinion-submitted", "reply-drafted",
        "reply-signed", "reply-reviewed", "replied", // the committee's review before the reply is sent
        "evaluated", "evaluated", "rehandling-ordered", "reply-drafted", "reply-signed", "reply-reviewed", "replied",
        "evaluated", "closed",
        "commitment-fulfilled", "published");
    assertThat(historyPage.get("total").asLong()).isEqualTo(history.size());
    JsonNode secondPage = ok(api.get("/api/v1/suggestions" + path + "/history?page=1&size=5", token("staff@qingshan")));
    assertThat(secondPage.get("items").get(0).get("type").asString()).as("page 1 of 5 starts at the sixth line")
        .isEqualTo("lianxin.suggestion.handling-started.v1");

    JsonNode report = ok(api.get("/api/v1/suggestions/statistics?year=" + LocalDate.now(zone).getYear(), token("staff@qingshan")));
    assertThat(report.get("totals").get("items").asInt()).isPositive();
    ApiClient.Response csv = api.get("/api/v1/suggestions/statistics/export?year=" + LocalDate.now(zone).getYear(),
        token("staff@qingshan"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFFsection / 部分,");
    assertThat(api.get("/api/v1/suggestions/statistics?year=2026", token("deputy1@qingshan")).status()).isEqualTo(403);
  }

  @Test
  void aBatchAssignmentReportsEachItemAndWritesOnlyTheGoodOnes() {
    String good = create("deputy1@qingshan", Map.of());
    ok(calls.post("staff@qingshan", "/" + good + "/registration", Map.of()));
    String notRegistered = create("deputy1@qingshan", Map.of());
    String unknown = UUID.randomUUID().toString();
    JsonNode report = ok(api.post("/api/v1/suggestions/assignments", token("staff@qingshan"), Map.of("items", List.of(
        Map.of("suggestionId", good, "leadUnitId", LEAD),
        Map.of("suggestionId", notRegistered, "leadUnitId", LEAD),
        Map.of("suggestionId", unknown, "leadUnitId", LEAD)))));
    assertThat(report.get("assigned").asInt()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(2);
    JsonNode results = report.get("items");
    assertThat(results.get(0).get("assigned").asBoolean()).isTrue();
    assertThat(results.get(1).get("problem").asString()).isEqualTo("illegal-state:SUBMITTED");
    assertThat(results.get(2).get("problem").asString()).isEqualTo("not-found");
    assertThat(api.get("/api/v1/suggestions/" + notRegistered, token("staff@qingshan")).json().get("state").asString())
        .isEqualTo("SUBMITTED");
  }

  @Test
  void listsShowEachRoleItsOwnItems() {
    String mine = create("deputy2@qingshan", Map.of());
    assertThat(ids(ok(api.get("/api/v1/suggestions?size=200", token("deputy2@qingshan"))))).contains(mine);
    assertThat(ids(ok(api.get("/api/v1/suggestions?size=200", token("deputy1@qingshan"))))).doesNotContain(mine);
    assertThat(ids(ok(api.get("/api/v1/suggestions?size=200&state=SUBMITTED", token("staff@qingshan"))))).contains(mine);
    assertThat(ids(ok(api.get("/api/v1/suggestions?size=200", token("handler@qingshan"))))).doesNotContain(mine);
    assertThat(ids(ok(api.get("/api/v1/suggestions?size=200", token("staff@hexi"))))).doesNotContain(mine);
    assertThat(api.get("/api/v1/suggestions?state=NOPE", token("staff@qingshan")).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/suggestions/worklists/NOPE", token("staff@qingshan")).status()).isEqualTo(400);
  }

  @Test
  void aDisputeGoesToTheOfficeWhichReassigns() {
    String id = create("deputy1@qingshan", Map.of());
    ok(calls.post("staff@qingshan", "/" + id + "/registration", Map.of()));
    ok(calls.post("staff@qingshan", "/" + id + "/assignment", Map.of("leadUnitId", LEAD)));
    ok(calls.post("handler@qingshan", "/" + id + "/dispute", Map.of("reason", "属于供电公司职责")));
    assertThat(ids(ok(api.get("/api/v1/suggestions/worklists/DISPUTED?size=200", token("staff@qingshan"))))).contains(id);
    JsonNode reassigned = ok(calls.post("staff@qingshan", "/" + id + "/reassignment", Map.of("leadUnitId", "U-qingshan-power")));
    assertThat(reassigned.get("assignment").get("leadUnitId").asString()).isEqualTo("U-qingshan-power");
    assertThat(api.get("/api/v1/suggestions/" + id, token("handler@qingshan")).status()).as("no longer theirs").isEqualTo(404);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }
}
