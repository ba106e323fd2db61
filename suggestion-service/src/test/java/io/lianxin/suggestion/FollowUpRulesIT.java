package io.lianxin.suggestion;

import static io.lianxin.suggestion.SuggestionCalls.ok;
import static io.lianxin.suggestion.SuggestionCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.RegisteredUnit;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The rules of following an item up through HTTP (issue 13, suggestions): co-signers' ratings are
 * counted, never dropped; the proposer confirms or disputes the unit's contact entries; the deputies
 * of a merged item are told the target's number and read it; publication stops at likely personal
 * data until staff redact or confirm; the handling report counts each reply under the unit that gave it.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // replies go out as the unit head signs them: the committee's review (ReplyReviewAndMotionPathIT) is off here
    properties = {"spring.config.name=suggestion-service", "lianxin.suggestion.reply-review-off=cn-county-qingshan"})
class FollowUpRulesIT {

  static final String CONGRESS = DemoUsers.COUNTY;
  static final String PROPOSER = "deputy1@qingshan";
  static final String CO_SIGNER = "deputy2@qingshan";
  static final String STAFF = "staff@qingshan";

  @LocalServerPort
  int port;

  @Autowired
  ZoneId zone;

  @Autowired
  RegisterCopyStore register;

  ApiClient api;
  SuggestionCalls calls;

  /** A unit of this test's own (handler and head), so that the report's unit lines count only this test's items. */
  String unitId;
  DemoUser handler;
  DemoUser head;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-follow-up-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    calls = new SuggestionCalls(api);
    RegisterTestData.enterDemoUsers(register);
    unitId = "U-qingshan-t" + UUID.randomUUID().toString().substring(0, 8);
    RegisterTestData.units(register, CONGRESS, List.of(unitId));
    handler = DemoUser.of("handler-" + unitId, "承办人", "UNIT_HANDLER", CONGRESS, unitId);
    head = DemoUser.of("head-" + unitId, "局长", "UNIT_HEAD", CONGRESS, unitId);
  }


  JsonNode get(String user, String path) {
    return ok(api.get("/api/v1/suggestions" + path, token(user)));
  }

  /** A submitted item of {@code proposer}, co-signed by {@code coSigner} when given. */
  String submitted(String proposer, String coSigner, String body) {
    return submitted(DemoUsers.get(proposer), coSigner == null ? null : DemoUsers.get(coSigner), body);
  }

  String submitted(DemoUser proposer, DemoUser coSigner, String body) {
    Map<String, Object> request = new HashMap<>(Map.of("title", "关于背街小巷整治的建议 " + UUID.randomUUID(),
        "body", body, "category", "URBAN_MANAGEMENT"));
    if (coSigner != null) {
      request.put("coSignerDeputyIds", List.of(coSigner.deputyId()));
    }
    String id = ok(api.post("/api/v1/suggestions", token(proposer), request)).get("id").asString();
    if (coSigner != null) {
      ok(calls.post(coSigner, "/" + id + "/co-signature", Map.of()));
      ok(calls.post(proposer, "/" + id + "/submission", Map.of()));
    }
    return id;
  }

  /** Registered, assigned to this test's unit and accepted. */
  String inProgress(String coSigner, String body) {
    String id = submitted(PROPOSER, coSigner, body);
    ok(calls.post(STAFF, "/" + id + "/registration", Map.of()));
    ok(calls.post(STAFF, "/" + id + "/assignment", Map.of("leadUnitId", unitId)));
    ok(calls.post(handler, "/" + id + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    return id;
  }

  /** A reply of {@code category} drafted and signed by {@code unit}'s handler and head. */
  void reply(String id, DemoUser unitHandler, DemoUser unitHead, String category, String text) {
    Map<String, Object> draft = new HashMap<>(Map.of("category", category, "text", text));
    if (category.equals("C")) {
      draft.put("reason", "资金暂不具备");
    }
    ok(calls.post(unitHandler, "/" + id + "/reply-draft", draft));
    ok(calls.post(unitHead, "/" + id + "/reply", Map.of()));
  }

  JsonNode reportOfUnit(String unit) {
    return get(STAFF, "/statistics?year=" + LocalDate.now(zone).getYear() + "&unitId=" + unit);
  }

  // ---------------------------------------------------------------- ratings

  @Test
  void aCoSignersRatingAfterTheProposersClosedTheItemIsCountedAsACoSignersRating() {
    String id = inProgress(CO_SIGNER, "小巷路灯损坏。");
    reply(id, handler, head, "A", "已修复路灯");
    JsonNode closed = ok(calls.post(PROPOSER, "/" + id + "/evaluations", Map.of("rating", "SATISFIED")));
    assertThat(closed.get("state").asString()).isEqualTo("CLOSED");

    JsonNode recorded = ok(calls.post(CO_SIGNER, "/" + id + "/evaluations", Map.of("rating", "UNSATISFIED", "comment", "仍有暗段")));
    assertThat(recorded.get("outcome").asString()).as("the proposer's rating decides").isEqualTo("SATISFIED");
    assertThat(recorded.get("evaluations")).hasSize(2);

    JsonNode totals = reportOfUnit(unitId).get("totals");
    assertThat(totals.get("evaluated").asInt()).isEqualTo(1);
    assertThat(totals.get("satisfied").asInt()).isEqualTo(1);
    assertThat(totals.get("coSignerRatings").asInt()).as("never dropped").isEqualTo(1);
    assertThat(totals.get("coSignerUnsatisfied").asInt()).isEqualTo(1);
  }

  @Test
  void aRatingThatCannotCountIsRefusedWithTheReason() {
    String id = inProgress(CO_SIGNER, "小巷积水。");
    reply(id, handler, head, "C", "暂无资金");
    ok(calls.post(PROPOSER, "/" + id + "/evaluations", Map.of("rating", "UNSATISFIED")));
    ok(calls.post(STAFF, "/" + id + "/rehandling", Map.of()));

    ApiClient.Response superseded = calls.post(CO_SIGNER, "/" + id + "/evaluations", Map.of("rating", "SATISFIED"));
    assertThat(superseded.status()).isEqualTo(409);
    assertThat(superseded.json().get("detail").asString()).contains("superseded");
    assertThat(get(STAFF, "/" + id).get("evaluations")).as("nothing recorded").hasSize(1);
  }

  // ---------------------------------------------------------------- 三访

  @Test
  void theProposerConfirmsOrDisputesTheUnitsContactEntries() {
    String id = inProgress(null, "小巷无路灯。");
    String today = LocalDate.now(zone).toString();
    ok(calls.post(handler, "/" + id + "/contacts", Map.of("phase", "BEFORE", "date", today, "mode", "VISIT", "notes", "办前走访")));
    JsonNode logged = ok(calls.post(handler, "/" + id + "/contacts",
        Map.of("phase", "DURING", "date", today, "mode", "PHONE", "notes", "电话沟通进度")));
    assertThat(logged.get("contacts").get(1).get("number").asInt()).isEqualTo(2);

    assertThat(calls.post(PROPOSER, "/" + id + "/contacts", Map.of("phase", "BEFORE", "date", today, "mode", "VISIT",
        "notes", "代表自己加一条")).status()).as("the deputy answers entries, does not add them").isEqualTo(403);

    JsonNode confirmed = ok(calls.post(PROPOSER, "/" + id + "/contacts/1/response", Map.of("response", "CONFIRMED")));
    assertThat(confirmed.get("contacts").get(0).get("deputyAnswer").get("response").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.get("contacts")).as("no entry added").hasSize(2);

    ApiClient.Response noReason = calls.post(PROPOSER, "/" + id + "/contacts/2/response", Map.of("response", "DISPUTED"));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    JsonNode disputed = ok(calls.post(PROPOSER, "/" + id + "/contacts/2/response",
        Map.of("response", "DISPUTED", "reason", "没有接到电话")));
    assertThat(disputed.get("contacts").get(1).get("deputyAnswer").get("reason").asString()).isEqualTo("没有接到电话");
    assertThat(calls.post(PROPOSER, "/" + id + "/contacts/2/response", Map.of("response", "CONFIRMED")).status())
        .as("once per entry").isEqualTo(409);
    assertThat(calls.post(PROPOSER, "/" + id + "/contacts/3/response", Map.of("response", "CONFIRMED")).status())
        .isEqualTo(422);
    assertThat(calls.post(handler, "/" + id + "/contacts/1/response", Map.of("response", "CONFIRMED")).status())
        .isEqualTo(403);

    List<String> trail = new ArrayList<>();
    get(STAFF, "/" + id + "/history?size=200").get("items").forEach(h -> trail.add(h.get("summary").asString()));
    assertThat(trail).contains("代表确认联系记录 / the deputy confirmed contact 1",
        "代表对联系记录有异议 / the deputy disputed contact 2");
  }

  // ---------------------------------------------------------------- merging

  @Test
  void theDeputiesOfAMergedItemAreToldTheTargetsNumberAndFollowIt() {
    String target = submitted(PROPOSER, null, "小巷路面破损。");
    String targetNumber = ok(calls.post(STAFF, "/" + target + "/registration", Map.of())).get("number").asString();
    DemoUser third = deputy("c");
    DemoUser fourth = deputy("d");
    String merged = submitted(third, fourth, "同一条小巷路面破损。");
    assertThat(api.get("/api/v1/suggestions/" + target, token(third)).status()).isEqualTo(404);

    JsonNode answer = ok(calls.post(STAFF, "/" + merged + "/merge", Map.of("targetId", target)));
    assertThat(answer.get("mergedIntoNumber").asString()).isEqualTo(targetNumber);
    assertThat(answer.get("notRegisteredReason").asString()).contains(targetNumber).doesNotContain(target);

    JsonNode followed = ok(api.get("/api/v1/suggestions/" + target, token(third)));
    assertThat(followed.get("followerDeputyIds").toString()).contains(third.deputyId(), fourth.deputyId());
    assertThat(followed.get("mergedItems").get(0).get("id").asString()).isEqualTo(merged);
    assertThat(get(STAFF, "/" + target).get("mergedItems").get(0).get("number").asString())
        .isEqualTo(get(STAFF, "/" + merged).get("number").asString());
    assertThat(ok(api.get("/api/v1/suggestions/" + target + "/history", token(fourth))).get("total").asInt()).isPositive();
    assertThat(api.get("/api/v1/suggestions/" + target, token(deputy("e"))).status()).isEqualTo(404);

    String unregistered = submitted(PROPOSER, null, "另一件。");
    String another = submitted(third, null, "再一件。");
    ApiClient.Response refused = calls.post(STAFF, "/" + another + "/merge", Map.of("targetId", unregistered));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("targetId");
  }

  // ---------------------------------------------------------------- publication

  String closed(String body, String replyText) {
    String id = inProgress(null, body);
    reply(id, handler, head, "A", replyText);
    ok(calls.post(PROPOSER, "/" + id + "/evaluations", Map.of("rating", "SATISFIED")));
    return id;
  }

  @Test
  void publicationStopsAtLikelyPersonalDataAndPublishesTheRedactedText() {
    String phone = "139" + String.format("%08d", (int) (Math.random() * 100_000_000));
    String body = "小巷路灯不亮，请联系我" + phone + "，家住幸福路12号3栋2单元501室。";
    String id = closed(body, "已修复");

    ApiClient.Response refused = calls.post(STAFF, "/" + id + "/publication", Map.of());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("publicText");
    assertThat(refused.json().get("detail").asString()).contains("MOBILE_PHONE", "in body at " + body.indexOf(phone), "STREET_ADDRESS")
        .doesNotContain(phone).doesNotContain("501室");
    assertThat(refused.body()).doesNotContain(phone);

    String redacted = "小巷路灯不亮，请联系我（电话已隐去），家住幸福路附近。";
    JsonNode published = ok(calls.post(STAFF, "/" + id + "/publication", Map.of("publicText", Map.of("body", redacted))));
    assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(published.get("body").asString()).as("the original is kept").contains(phone);
    assertThat(published.get("publicVersion").get("body").asString()).isEqualTo(redacted);

    JsonNode seen = ok(api.get("/api/v1/public/" + CONGRESS + "/suggestions/" + id, null));
    assertThat(seen.get("body").asString()).isEqualTo(redacted);
    JsonNode byPhone = ok(api.get("/api/v1/public/" + CONGRESS + "/suggestions?q=" + phone, null));
    assertThat(byPhone.get("total").asInt()).as("the public search reads the public version").isZero();
    JsonNode byWords = ok(api.get("/api/v1/public/" + CONGRESS + "/suggestions?size=100&q="
        + URLEncoder.encode("电话已隐去", StandardCharsets.UTF_8), null));
    assertThat(byWords.findValuesAsString("id")).contains(id);
  }

  @Test
  void staffMayConfirmWhatTheCheckFound() {
    String id = closed("小巷路灯不亮。", "请拨打城管服务热线0571-87654321反映");
    assertThat(calls.post(STAFF, "/" + id + "/publication", Map.of()).json().get("detail").asString())
        .contains("LANDLINE_PHONE", "replies[0].text");
    JsonNode published = ok(calls.post(STAFF, "/" + id + "/publication", Map.of("personalDataCheck", "CONFIRMED_BY_STAFF")));
    assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(ok(api.get("/api/v1/public/" + CONGRESS + "/suggestions/" + id, null)).get("replies").get(0)
        .get("text").asString()).contains("0571-87654321");
    assertThat(calls.post(STAFF, "/" + closed("小巷。", "已修复") + "/publication", Map.of("personalDataCheck", "MAYBE"))
        .status()).isEqualTo(400);
  }

  @Test
  void anItemWithoutPersonalDataIsPublishedAsWritten() {
    String id = closed("小巷路灯不亮。", "已修复");
    assertThat(ok(calls.post(STAFF, "/" + id + "/publication", Map.of())).get("state").asString()).isEqualTo("PUBLISHED");
  }

  // ---------------------------------------------------------------- the handling report

  @Test
  void afterReHandlingByTheSuperiorTheFirstUnitsReplyAndRatingsCountUnderTheFirstUnit() {
    String superior = unitId + "-sup";
    String first = unitId + "-a";
    register.put(unit(superior, null), "0000000000000001.0000");
    register.put(unit(first, superior), "0000000000000001.0000");
    DemoUser firstHandler = DemoUser.of("handler-" + first, "承办人", "UNIT_HANDLER", CONGRESS, first);
    DemoUser firstHead = DemoUser.of("head-" + first, "局长", "UNIT_HEAD", CONGRESS, first);
    DemoUser superiorHandler = DemoUser.of("handler-" + superior, "承办人", "UNIT_HANDLER", CONGRESS, superior);
    DemoUser superiorHead = DemoUser.of("head-" + superior, "局长", "UNIT_HEAD", CONGRESS, superior);

    String id = submitted(PROPOSER, CO_SIGNER, "小巷污水外溢。");
    ok(calls.post(STAFF, "/" + id + "/registration", Map.of()));
    ok(calls.post(STAFF, "/" + id + "/assignment", Map.of("leadUnitId", first)));
    ok(calls.post(firstHandler, "/" + id + "/acceptance", Map.of("handlerName", "王承办", "responsibleLeader", "李局长")));
    reply(id, firstHandler, firstHead, "C", "暂无改造资金");
    ok(calls.post(PROPOSER, "/" + id + "/evaluations", Map.of("rating", "UNSATISFIED")));
    ok(calls.post(CO_SIGNER, "/" + id + "/evaluations", Map.of("rating", "UNSATISFIED")));
    ok(calls.post(STAFF, "/" + id + "/rehandling", Map.of("unitId", superior)));
    reply(id, superiorHandler, superiorHead, "A", "已统筹资金完成改造");
    ok(calls.post(PROPOSER, "/" + id + "/evaluations", Map.of("rating", "SATISFIED")));

    JsonNode firstUnit = reportOfUnit(first).get("totals");
    assertThat(firstUnit.get("replied").asInt()).as("the first unit's reply counts under it").isEqualTo(1);
    assertThat(firstUnit.get("categoryC").asInt()).isEqualTo(1);
    assertThat(firstUnit.get("categoryA").asInt()).isZero();
    assertThat(firstUnit.get("unsatisfied").asInt()).isEqualTo(1);
    assertThat(firstUnit.get("satisfied").asInt()).isZero();
    assertThat(firstUnit.get("coSignerUnsatisfied").asInt()).isEqualTo(1);
    assertThat(firstUnit.get("items").asInt()).as("it no longer leads the item").isZero();

    JsonNode superiorUnit = reportOfUnit(superior).get("totals");
    assertThat(superiorUnit.get("replied").asInt()).isEqualTo(1);
    assertThat(superiorUnit.get("categoryA").asInt()).isEqualTo(1);
    assertThat(superiorUnit.get("satisfied").asInt()).isEqualTo(1);
    assertThat(superiorUnit.get("unsatisfied").asInt()).as("the first unit's rating is not the superior's").isZero();
    assertThat(superiorUnit.get("items").asInt()).isEqualTo(1);
  }

  /** A deputy of this test's own, entered in the register copy. */
  DemoUser deputy(String tag) {
    String id = "D-" + unitId + "-" + tag;
    RegisterTestData.deputies(register, CONGRESS, List.of(id));
    return DemoUser.deputy("deputy-" + id, "代表 " + tag, CONGRESS, id);
  }

  static RegisteredUnit unit(String id, String superior) {
    return new RegisteredUnit(id, CONGRESS, "单位 " + id, true, superior);
  }
}
