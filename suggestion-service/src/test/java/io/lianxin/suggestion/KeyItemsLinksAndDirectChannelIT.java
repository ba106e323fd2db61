package io.lianxin.suggestion;

import static io.lianxin.suggestion.SuggestionCalls.ok;
import static io.lianxin.suggestion.SuggestionCalls.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.suggestion.domain.RegisteredUnit;
import io.lianxin.suggestion.domain.StandingCommitteeRole;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DatabaseSnapshot;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Issue 13 through HTTP: a key item's working group of deputies and their inspection findings, the
 * progress report a leader's note requests and the lead unit submits once; a link shown on both
 * items; the direct channel to units of the register, its event carrying their ids. Every refusal
 * leaves every collection as it was.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=suggestion-service")
class KeyItemsLinksAndDirectChannelIT {

  static final String DATABASE = "suggestion-key-items-it";
  static final String GROUP_DEPUTY = "deputy3@qingshan";
  static final String OTHER_DEPUTY = "deputy5@qingshan";

  @LocalServerPort
  int port;

  @Autowired
  ZoneId zone;

  @Autowired
  RegisterCopyStore register;

  @Autowired
  com.mongodb.client.MongoClient client;

  ApiClient api;
  SuggestionCalls calls;
  /** The key items' supervising leader: a vice-chair (常委会副主任) of the register who signs in as a leader. */
  DemoUser leader;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    calls = new SuggestionCalls(api);
    RegisterTestData.enterDemoUsers(register);
    RegisterTestData.units(register, DemoUsers.COUNTY, List.of("U-qingshan-party-office", "U-qingshan-government"));
    register.put(new RegisteredUnit("U-qingshan-abolished", DemoUsers.COUNTY, "已撤销单位", false, null),
        "0000000000000002.0000");
    register.put(new RegisteredDeputy("D-qingshan-left", DemoUsers.COUNTY, "离任代表", false, null, false),
        "0000000000000002.0000");
    leader = RegisterTestData.leader(register, DemoUsers.COUNTY, "D-qingshan-vice", StandingCommitteeRole.VICE_CHAIR);
  }

  String submitted(String deputy) {
    return ok(api.post("/api/v1/suggestions", token(deputy), Map.of("title", "关于加装电梯的建议 " + UUID.randomUUID(),
        "body", "老旧小区加装电梯进展缓慢。", "category", "HOUSING"))).get("id").asString();
  }

  String inProgress() {
    String id = submitted("deputy1@qingshan");
    ok(calls.post("staff@qingshan", "/" + id + "/registration", Map.of()));
    ok(calls.post("staff@qingshan", "/" + id + "/assignment", Map.of("leadUnitId", "U-qingshan-housing")));
    ok(calls.post("handler@qingshan", "/" + id + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    return id;
  }

  DatabaseSnapshot snapshot() {
    return DatabaseSnapshot.of(client, DATABASE);
  }

  /** {@code call} is refused with {@code status} and every collection stays as it was; answers the refusal. */
  ApiClient.Response refusedWithNothingWritten(int status, java.util.function.Supplier<ApiClient.Response> call) {
    DatabaseSnapshot before = snapshot();
    ApiClient.Response refused = call.get();
    assertThat(refused.status()).as(refused.body()).isEqualTo(status);
    assertThat(snapshot().changesSince(before)).as("refused: every collection as before").isEmpty();
    return refused;
  }

  @Test
  void aKeyItemsWorkingGroupRecordsInspectionsAndTheUnitReportsProgressOncePerRequest() {
    String id = inProgress();
    String path = "/" + id;
    Map<String, Object> group = Map.of("deputyIds", List.of("D-qingshan-003", "D-qingshan-004"));
    refusedWithNothingWritten(409, () -> calls.post("staff@qingshan", path + "/working-group", group));
    ok(calls.post("staff@qingshan", path + "/key", Map.of("leaderId", leader.deputyId())));
    assertThat(api.get("/api/v1/suggestions/" + id, token(GROUP_DEPUTY)).status()).as("not yet in the group")
        .isEqualTo(404);

    // the group: deputies of the register only, set by staff
    ApiClient.Response unknown = refusedWithNothingWritten(422, () -> calls.post("staff@qingshan", path + "/working-group",
        Map.of("deputyIds", List.of("D-qingshan-003", "D-qingshan-left", "D-qingshan-nobody"))));
    assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("deputyIds");
    assertThat(unknown.json().get("detail").asString()).contains("D-qingshan-left, D-qingshan-nobody")
        .doesNotContain("D-qingshan-003,");
    refusedWithNothingWritten(403, () -> calls.post("leader@qingshan", path + "/working-group", group));
    refusedWithNothingWritten(400, () -> calls.post("staff@qingshan", path + "/working-group", Map.of("deputyIds", List.of())));
    JsonNode withGroup = ok(calls.post("staff@qingshan", path + "/working-group", group));
    assertThat(withGroup.get("workingGroupDeputyIds").toString()).isEqualTo("[\"D-qingshan-003\",\"D-qingshan-004\"]");
    assertThat(calls.read(GROUP_DEPUTY, id).get("id").asString()).as("the group reads the item").isEqualTo(id);
    assertThat(ok(api.get("/api/v1/suggestions?size=200", token(GROUP_DEPUTY))).findValuesAsString("id"))
        .as("and has it in its list").contains(id);

    // inspections: by the group's deputies, dated, bounded
    LocalDate today = LocalDate.now(zone);
    Map<String, Object> inspection = Map.of("inspectedOn", today.toString(), "findings", "现场查看：井道已开挖，居民反映施工噪声。");
    refusedWithNothingWritten(404, () -> calls.post(OTHER_DEPUTY, path + "/inspections", inspection));
    refusedWithNothingWritten(403, () -> calls.post("deputy1@qingshan", path + "/inspections", inspection));
    refusedWithNothingWritten(422, () -> calls.post(GROUP_DEPUTY, path + "/inspections",
        Map.of("inspectedOn", today.plusDays(1).toString(), "findings", "预计")));
    refusedWithNothingWritten(400, () -> calls.post(GROUP_DEPUTY, path + "/inspections",
        Map.of("inspectedOn", today.toString(), "findings", "长".repeat(5_001))));
    refusedWithNothingWritten(400, () -> calls.post(GROUP_DEPUTY, path + "/inspections",
        Map.of("inspectedOn", today.toString(), "findings", "x", "unknown", 1)));
    JsonNode inspected = ok(calls.post(GROUP_DEPUTY, path + "/inspections", inspection));
    assertThat(inspected.get("inspections")).singleElement().satisfies(i -> {
      assertThat(i.get("number").asInt()).isEqualTo(1);
      assertThat(i.get("deputyId").asString()).isEqualTo("D-qingshan-003");
      assertThat(i.get("inspectedOn").asString()).isEqualTo(today.toString());
      assertThat(i.get("findings").asString()).isEqualTo("现场查看：井道已开挖，居民反映施工噪声。");
    });
    assertThat(calls.read("deputy1@qingshan", id).get("inspections")).as("the proposer sees the findings").hasSize(1);
    assertThat(calls.historyTypes(id)).containsSubsequence("marked-key", "working-group-set", "inspection-recorded");

    // the leader requests a progress report by a date; the lead unit submits it once
    refusedWithNothingWritten(422, () -> calls.post(leader, path + "/supervision-notes",
        Map.of("text", "请报告进展", "requestReport", true)));
    LocalDate due = today.plusDays(14);
    JsonNode noted = ok(calls.post(leader, path + "/supervision-notes",
        Map.of("text", "请于两周内报告加装进展", "requestReport", true, "reportDueDate", due.toString())));
    assertThat(noted.get("supervisionNotes").get(0).get("number").asInt()).isEqualTo(1);
    assertThat(noted.get("supervisionNotes").get(0).get("reportDueDate").asString()).isEqualTo(due.toString());
    ok(calls.post(leader, path + "/supervision-notes", Map.of("text", "关注施工安全")));

    Map<String, Object> report = Map.of("text", "已完成设计招标，下月开工。");
    refusedWithNothingWritten(403, () -> calls.post("deputy1@qingshan", path + "/supervision-notes/1/progress-report", report));
    refusedWithNothingWritten(422, () -> calls.post("handler@qingshan", path + "/supervision-notes/2/progress-report", report));
    refusedWithNothingWritten(422, () -> calls.post("handler@qingshan", path + "/supervision-notes/3/progress-report", report));
    JsonNode reported = ok(calls.post("handler@qingshan", path + "/supervision-notes/1/progress-report", report));
    JsonNode submitted = reported.get("supervisionNotes").get(0).get("progressReport");
    assertThat(submitted.get("text").asString()).isEqualTo("已完成设计招标，下月开工。");
    assertThat(submitted.get("unitId").asString()).isEqualTo("U-qingshan-housing");
    assertThat(submitted.get("late").asBoolean()).isFalse();
    refusedWithNothingWritten(409, () -> calls.post("head@qingshan", path + "/supervision-notes/1/progress-report", report));
    assertThat(calls.historyTypes(id)).containsSubsequence("supervision-note-added", "progress-report-requested",
        "supervision-note-added", "progress-report-submitted");
  }

  @Test
  void aLinkShowsOnBothItems() {
    String b = submitted("deputy2@qingshan");
    String a = submitted("deputy1@qingshan");
    ok(calls.post("staff@qingshan", "/" + b + "/registration", Map.of()));
    ok(calls.post("staff@qingshan", "/" + a + "/registration", Map.of("linkedIds", List.of(b))));

    JsonNode readB = calls.read("staff@qingshan", b);
    assertThat(readB.get("linkedIds")).as("stored on A only").isEmpty();
    assertThat(readB.get("linkedFrom")).singleElement().satisfies(l -> {
      assertThat(l.get("id").asString()).isEqualTo(a);
      assertThat(l.get("number").asString()).isEqualTo(calls.read("staff@qingshan", a).get("number").asString());
    });
    assertThat(calls.read("deputy2@qingshan", b).get("linkedFrom").findValuesAsString("id")).as("B's proposer sees it too")
        .containsExactly(a);
    JsonNode readA = calls.read("staff@qingshan", a);
    assertThat(readA.get("linkedIds").toString()).isEqualTo("[\"" + b + "\"]");
    assertThat(readA.get("linkedFrom")).isEmpty();
  }

  @Test
  void theDirectChannelGoesToUnitsOfTheRegisterAndItsEventCarriesTheirIds() {
    String id = submitted("deputy1@qingshan");
    String path = "/" + id;
    ok(calls.post("staff@qingshan", path + "/registration", Map.of()));

    ApiClient.Response unknown = refusedWithNothingWritten(422, () -> calls.post("staff@qingshan", path + "/direct-channel",
        Map.of("recipientUnitIds", List.of("U-qingshan-government", "U-qingshan-abolished", "U-qingshan-nowhere"))));
    assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("recipientUnitIds");
    assertThat(unknown.json().get("detail").asString()).contains("U-qingshan-abolished, U-qingshan-nowhere")
        .doesNotContain("U-qingshan-government,");
    refusedWithNothingWritten(400, () -> calls.post("staff@qingshan", path + "/direct-channel",
        Map.of("recipients", List.of("县委书记"))));

    JsonNode sent = ok(calls.post("staff@qingshan", path + "/direct-channel",
        Map.of("recipientUnitIds", List.of("U-qingshan-party-office", "U-qingshan-government"))));
    assertThat(sent.get("directChannel").get("recipientUnitIds").toString())
        .isEqualTo("[\"U-qingshan-party-office\",\"U-qingshan-government\"]");
    assertThat(sent.get("directChannel").get("recipients").toString())
        .isEqualTo("[\"单位 U-qingshan-party-office\",\"单位 U-qingshan-government\"]");

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicReader.read(
        EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.SUGGESTION,
        v -> v.contains(id) && v.contains("lianxin.suggestion.direct-channel-sent.v1"), Duration.ofSeconds(1)))
        .singleElement().satisfies(r -> {
          new EventSchemaValidator().assertValid(r.value());
          assertThat(r.value()).contains("\"directChannelUnitIds\":[\"U-qingshan-party-office\",\"U-qingshan-government\"]");
        }));
  }
}
