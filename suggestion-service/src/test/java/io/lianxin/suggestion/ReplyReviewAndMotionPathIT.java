package io.lianxin.suggestion;

import static io.lianxin.suggestion.SuggestionCalls.ok;
import static io.lianxin.suggestion.SuggestionCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
 * Issue 13 through HTTP: the committee's check of a signed reply (答复审核: 代表工作部门具体负责，分管主任
 * 统一把关) in qingshan, where it is on by default, and its absence in hexi, where the settings turn it
 * off; and a motion's own path (议案): on the agenda with a special committee and its deliberation
 * recorded, or converted to a suggestion with its own number, linked both ways.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service", "lianxin.suggestion.reply-review-off=cn-district-hexi"})
class ReplyReviewAndMotionPathIT {

  static final String LEAD = "U-qingshan-housing";
  static final String DELEGATION_HEAD = "deputy3@qingshan";
  static final String COMMITTEE = "城乡建设环境保护工作委员会";

  @LocalServerPort
  int port;

  @Autowired
  ZoneId zone;

  @Autowired
  RegisterCopyStore register;

  ApiClient api;
  SuggestionCalls calls;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-review-motion-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    calls = new SuggestionCalls(api);
    RegisterTestData.enterDemoUsers(register);
    // deputy 3 heads a delegation and may table a delegation motion (a later entry than the demo one)
    register.put(new RegisteredDeputy("D-qingshan-003", DemoUsers.COUNTY, "代表 丙", true, "城关代表团", true),
        "0000000000000002.0000");
  }

  /** A suggestion of deputy1@{tag}, submitted, registered, assigned to the tag's housing bureau and accepted. */
  String inProgress(String tag) {
    String id = ok(api.post("/api/v1/suggestions", token("deputy1@" + tag), Map.of("title",
        "关于加装电梯的建议 " + UUID.randomUUID(), "body", "老旧小区加装电梯进展缓慢。", "category", "HOUSING")))
        .get("id").asString();
    ok(calls.post("staff@" + tag, "/" + id + "/registration", Map.of()));
    ok(calls.post("staff@" + tag, "/" + id + "/assignment", Map.of("leadUnitId", "U-" + tag + "-housing")));
    ok(calls.post("handler@" + tag, "/" + id + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    return id;
  }

  void draftReply(String tag, String path, String text) {
    ok(calls.post("handler@" + tag, path + "/reply-draft", Map.of("category", "B", "text", text,
        "commitments", List.of(Map.of("description", "年底前完成10台电梯加装",
            "dueDate", LocalDate.now(zone).plusMonths(8).toString())))));
  }

  List<String> worklist(String name) {
    return ok(api.get("/api/v1/suggestions/worklists/" + name + "?size=200", token("staff@qingshan")))
        .findValuesAsString("id");
  }

  @Test
  void aSignedReplyIsReviewedSentBackAndSignedOffBeforeTheDeputySeesIt() {
    String id = inProgress("qingshan");
    String path = "/" + id;
    LocalDate due = LocalDate.parse(calls.read("staff@qingshan", id).get("replyDueDate").asString());
    draftReply("qingshan", path, "已列入计划");

    JsonNode signed = ok(calls.post("head@qingshan", path + "/reply", Map.of()));
    assertThat(signed.get("state").asString()).isEqualTo("REPLY_IN_REVIEW");
    JsonNode deputyView = calls.read("deputy1@qingshan", id);
    assertThat(deputyView.hasNonNull("replyUnderReview")).isFalse();
    assertThat(deputyView.get("state").asString()).as("the deputy sees the reply when it is sent")
        .isEqualTo("REPLY_IN_REVIEW");
    assertThat(deputyView.get("replies")).isEmpty();
    assertThat(deputyView.hasNonNull("evaluationDueDate")).isFalse();
    assertThat(calls.read("handler@qingshan", id).get("replyUnderReview").get("text").asString()).isEqualTo("已列入计划");
    assertThat(calls.post("deputy1@qingshan", path + "/evaluations", Map.of("rating", "SATISFIED")).status())
        .as("nothing to rate yet").isEqualTo(409);
    assertThat(worklist("REPLIES_TO_REVIEW")).contains(id);

    // who may do what, and in which order
    assertThat(calls.post("head@qingshan", path + "/reply-review", Map.of("decision", "APPROVED")).status()).isEqualTo(403);
    assertThat(calls.post("staff@qingshan", path + "/reply-sign-off", Map.of("decision", "APPROVED")).status()).isEqualTo(403);
    assertThat(calls.post("leader@qingshan", path + "/reply-sign-off", Map.of("decision", "APPROVED")).status())
        .as("the office reviews first").isEqualTo(409);

    // bad input: nothing written
    int lines = calls.historyTypes(id).size();
    ApiClient.Response noReason = calls.post("staff@qingshan", path + "/reply-review", Map.of("decision", "SENT_BACK"));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    assertThat(calls.post("staff@qingshan", path + "/reply-review", Map.of("decision", "MAYBE")).status()).isEqualTo(400);
    assertThat(calls.post("staff@qingshan", path + "/reply-review", Map.of()).status()).isEqualTo(400);
    assertThat(calls.post("staff@qingshan", path + "/reply-review",
        Map.of("decision", "APPROVED", "unknown", 1)).status()).as("strict input").isEqualTo(400);
    assertThat(calls.read("staff@qingshan", id).get("state").asString()).isEqualTo("REPLY_IN_REVIEW");
    assertThat(calls.historyTypes(id)).hasSize(lines);

    // the office sends it back: the unit answers again, the deadline moved by the days held (none today)
    JsonNode back = ok(calls.post("staff@qingshan", path + "/reply-review",
        Map.of("decision", "SENT_BACK", "reason", "未说明资金来源")));
    assertThat(back.get("state").asString()).isEqualTo("IN_PROGRESS");
    assertThat(back.get("replyDueDate").asString()).isEqualTo(due.toString());
    assertThat(back.get("replyReviews").get(0).get("reason").asString()).isEqualTo("未说明资金来源");
    assertThat(back.get("replyReviews").get(0).get("stage").asString()).isEqualTo("OFFICE_REVIEW");
    assertThat(calls.historyTypes(id)).containsSubsequence("reply-signed", "reply-sent-back");
    assertThat(calls.historyTypes(id)).doesNotContain("replied");

    // the second reply: office approves, the leader sends it back, the third goes through
    draftReply("qingshan", path, "已列入计划，资金由县财政安排");
    ok(calls.post("head@qingshan", path + "/reply", Map.of()));
    JsonNode reviewed = ok(calls.post("staff@qingshan", path + "/reply-review", Map.of("decision", "APPROVED")));
    assertThat(reviewed.get("state").asString()).isEqualTo("REPLY_AWAITING_SIGN_OFF");
    assertThat(worklist("REPLIES_TO_SIGN_OFF")).contains(id);
    assertThat(calls.post("leader@qingshan", path + "/reply-sign-off", Map.of("decision", "SENT_BACK")).status())
        .isEqualTo(422);
    JsonNode leaderBack = ok(calls.post("leader@qingshan", path + "/reply-sign-off",
        Map.of("decision", "SENT_BACK", "reason", "承诺时限过长")));
    assertThat(leaderBack.get("state").asString()).isEqualTo("IN_PROGRESS");
    assertThat(calls.historyTypes(id)).containsSubsequence("reply-signed", "reply-sent-back", "reply-signed", "reply-reviewed",
        "reply-sent-back");

    draftReply("qingshan", path, "资金已落实，年底前完成");
    JsonNode sent = calls.signAndSend("qingshan", path);
    assertThat(sent.get("state").asString()).isEqualTo("REPLIED");
    assertThat(sent.get("evaluationDueDate").asString()).isEqualTo(LocalDate.now(zone).plusDays(30).toString());
    JsonNode deputyNow = calls.read("deputy1@qingshan", id);
    assertThat(deputyNow.get("replies")).singleElement()
        .satisfies(r -> assertThat(r.get("text").asString()).isEqualTo("资金已落实，年底前完成"));
    assertThat(calls.historyTypes(id)).endsWith("reply-signed", "reply-reviewed", "replied");
    ok(calls.post("deputy1@qingshan", path + "/evaluations", Map.of("rating", "SATISFIED")));
  }

  @Test
  void whereTheReviewIsOffTheUnitHeadsSignatureSendsTheReply() {
    String id = inProgress("hexi");
    draftReply("hexi", "/" + id, "已列入计划");
    JsonNode signed = ok(calls.post("head@hexi", "/" + id + "/reply", Map.of()));
    assertThat(signed.get("state").asString()).isEqualTo("REPLIED");
    assertThat(calls.post("staff@hexi", "/" + id + "/reply-review", Map.of("decision", "APPROVED")).status())
        .isEqualTo(409);
  }

  String registeredMotion(String session) {
    Map<String, Object> body = new HashMap<>(Map.of("title", "关于制定物业管理条例的议案 " + UUID.randomUUID(),
        "body", "案由、依据和方案。", "category", "HOUSING", "kind", "MOTION", "byDelegation", true, "session", session));
    JsonNode created = ok(api.post("/api/v1/suggestions", token(DELEGATION_HEAD), body));
    assertThat(created.get("number").asString()).contains("议案");
    String id = created.get("id").asString();
    ok(calls.post("staff@qingshan", "/" + id + "/registration", Map.of()));
    return id;
  }

  @Test
  void aMotionIsPlacedOnTheAgendaAndItsDeliberationRecorded() {
    String id = registeredMotion("SESSION");
    String path = "/" + id;
    assertThat(worklist("MOTIONS_TO_DECIDE")).contains(id);
    assertThat(worklist("TO_ASSIGN")).doesNotContain(id);
    ApiClient.Response assigned = calls.post("staff@qingshan", path + "/assignment", Map.of("leadUnitId", LEAD));
    assertThat(assigned.status()).as("a motion is not assigned").isEqualTo(409);

    assertThat(calls.post("leader@qingshan", path + "/agenda", Map.of("committee", COMMITTEE)).status()).isEqualTo(403);
    assertThat(calls.post("staff@qingshan", path + "/agenda", Map.of("committee", " ")).status()).isEqualTo(400);
    assertThat(calls.post("staff@qingshan", path + "/deliberation", Map.of("result", "ADOPTED")).status())
        .as("not on the agenda").isEqualTo(409);
    assertThat(calls.read("staff@qingshan", id).get("state").asString()).isEqualTo("REGISTERED");

    JsonNode onAgenda = ok(calls.post("staff@qingshan", path + "/agenda",
        Map.of("committee", COMMITTEE, "note", "大会主席团第二次会议决定")));
    assertThat(onAgenda.get("state").asString()).isEqualTo("ON_AGENDA");
    assertThat(onAgenda.get("motionDecision").get("decidedBy").asString()).isEqualTo("PRESIDIUM");
    assertThat(onAgenda.get("motionDecision").get("committee").asString()).isEqualTo(COMMITTEE);
    assertThat(worklist("MOTIONS_ON_AGENDA")).contains(id);

    ApiClient.Response referredWithoutNote = calls.post("staff@qingshan", path + "/deliberation", Map.of("result", "REFERRED"));
    assertThat(referredWithoutNote.status()).isEqualTo(422);
    assertThat(calls.post("staff@qingshan", path + "/deliberation", Map.of("result", "PASSED")).status()).isEqualTo(400);
    JsonNode deliberated = ok(calls.post("staff@qingshan", path + "/deliberation",
        Map.of("result", "ADOPTED", "note", "常委会第十次会议审议通过")));
    assertThat(deliberated.get("state").asString()).isEqualTo("DELIBERATED");
    assertThat(deliberated.get("deliberation").get("result").asString()).isEqualTo("ADOPTED");
    assertThat(calls.read("deputy3@qingshan", id).get("deliberation").get("note").asString()).isEqualTo("常委会第十次会议审议通过");
    assertThat(calls.historyTypes(id)).containsSubsequence("registered", "motion-placed-on-agenda", "motion-deliberated");
  }

  @Test
  void aMotionConvertedToASuggestionTakesTheSuggestionPathWithItsOwnNumberAndBothShowTheLink() {
    String id = registeredMotion("RECESS");
    String motionNumber = calls.read("staff@qingshan", id).get("number").asString();
    assertThat(calls.post("handler@qingshan", "/" + id + "/conversion", Map.of()).status()).isEqualTo(403);

    JsonNode motion = ok(calls.post("staff@qingshan", "/" + id + "/conversion", Map.of("note", "不具备议案条件，转为建议")));
    assertThat(motion.get("state").asString()).isEqualTo("CONVERTED_TO_SUGGESTION");
    assertThat(motion.get("motionDecision").get("decidedBy").asString()).isEqualTo("CHAIRS_COUNCIL");
    String suggestionId = motion.get("convertedToId").asString();
    String suggestionNumber = motion.get("convertedToNumber").asString();
    assertThat(suggestionNumber).contains("建议").isNotEqualTo(motionNumber);
    assertThat(calls.post("staff@qingshan", "/" + id + "/conversion", Map.of()).status()).as("once").isEqualTo(409);

    JsonNode suggestion = calls.read("deputy3@qingshan", suggestionId);
    assertThat(suggestion.get("kind").asString()).isEqualTo("SUGGESTION");
    assertThat(suggestion.get("state").asString()).isEqualTo("REGISTERED");
    assertThat(suggestion.get("number").asString()).isEqualTo(suggestionNumber);
    assertThat(suggestion.get("convertedFromId").asString()).isEqualTo(id);
    assertThat(suggestion.get("convertedFromNumber").asString()).isEqualTo(motionNumber);
    assertThat(calls.read("deputy3@qingshan", id).get("convertedToNumber").asString()).isEqualTo(suggestionNumber);
    assertThat(calls.historyTypes(suggestionId)).containsExactly("converted-from-motion");
    assertThat(calls.historyTypes(id)).endsWith("motion-converted");
    assertThat(worklist("TO_ASSIGN")).contains(suggestionId);

    // and the suggestion path: assigned, accepted, replied through the committee's review
    ok(calls.post("staff@qingshan", "/" + suggestionId + "/assignment", Map.of("leadUnitId", LEAD)));
    ok(calls.post("handler@qingshan", "/" + suggestionId + "/acceptance",
        Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    draftReply("qingshan", "/" + suggestionId, "已纳入物业管理规范性文件起草计划");
    assertThat(calls.signAndSend("qingshan", "/" + suggestionId).get("state").asString()).isEqualTo("REPLIED");
  }
}
