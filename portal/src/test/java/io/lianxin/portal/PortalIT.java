package io.lianxin.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.identity.IdentityApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal over real HTTP, with real parts around it: the portal on its own port, the real sign-in server
 * ({@code identity}, Spring Authorization Server) in the same JVM on another, and a real HTTP server standing in
 * for the gateway with the services' JSON. A deputy signs in with the authorization code and PKCE through the
 * issuer's own login form, as a browser without JavaScript would.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PortalIT {

  private static final String DEPUTY = "deputy1@qingshan";
  private static final String STAFF = "staff1@qingshan";
  private static final String LEADER = "leader1@qingshan";
  private static final String HANDLER = "handler1@qingshan";
  private static final String HEAD = "head1@qingshan";
  private static final String RESIDENT = "citizen1@qingshan";
  private static final String HOUSING = "U-qingshan-housing";
  private static final String PASSWORD = "s3cret-portal";
  private static final int PORTAL_PORT = freePort();
  private static final String PORTAL = "http://127.0.0.1:" + PORTAL_PORT + "/portal";
  private static final String PUBLIC_SUGGESTIONS = "/api/v1/public/cn-county-qingshan/suggestions";

  private static GatewayStandIn gateway;
  private static ConfigurableApplicationContext identity;
  private static String issuer;

  @DynamicPropertySource
  static void parts(DynamicPropertyRegistry registry) throws IOException {
    gateway = new GatewayStandIn();
    identity = IdentityApplication.builder().properties(
        "lianxin.identity.portal.redirect-uris=" + PORTAL + "/callback",
        "lianxin.identity.portal.post-logout-redirect-uris=" + PORTAL + "/",
        "lianxin.identity.users[0].username=" + DEPUTY,
        "lianxin.identity.users[0].name=青山县代表 甲",
        "lianxin.identity.users[0].roles[0]=DEPUTY",
        "lianxin.identity.users[0].congress-id=cn-county-qingshan",
        "lianxin.identity.users[0].deputy-id=D-qingshan-001",
        "lianxin.identity.users[0].password-hash={noop}" + PASSWORD,
        "lianxin.identity.users[1].username=" + STAFF,
        "lianxin.identity.users[1].name=青山县人大代表工委 乙",
        "lianxin.identity.users[1].roles[0]=COMMITTEE_STAFF",
        "lianxin.identity.users[1].congress-id=cn-county-qingshan",
        "lianxin.identity.users[1].password-hash={noop}" + PASSWORD,
        "lianxin.identity.users[2].username=" + LEADER,
        "lianxin.identity.users[2].name=青山县人大常委会 丙",
        "lianxin.identity.users[2].roles[0]=LEADER",
        "lianxin.identity.users[2].congress-id=cn-county-qingshan",
        "lianxin.identity.users[2].password-hash={noop}" + PASSWORD,
        "lianxin.identity.users[3].username=" + HANDLER,
        "lianxin.identity.users[3].name=青山县住建局承办人 丁",
        "lianxin.identity.users[3].roles[0]=UNIT_HANDLER",
        "lianxin.identity.users[3].congress-id=cn-county-qingshan",
        "lianxin.identity.users[3].unit-id=" + HOUSING,
        "lianxin.identity.users[3].password-hash={noop}" + PASSWORD,
        "lianxin.identity.users[4].username=" + HEAD,
        "lianxin.identity.users[4].name=青山县住建局局长 戊",
        "lianxin.identity.users[4].roles[0]=UNIT_HEAD",
        "lianxin.identity.users[4].congress-id=cn-county-qingshan",
        "lianxin.identity.users[4].unit-id=" + HOUSING,
        "lianxin.identity.users[4].password-hash={noop}" + PASSWORD,
        "lianxin.identity.users[5].username=" + RESIDENT,
        "lianxin.identity.users[5].name=青山县居民 己",
        "lianxin.identity.users[5].roles[0]=PUBLIC",
        "lianxin.identity.users[5].congress-id=cn-county-qingshan",
        "lianxin.identity.users[5].password-hash={noop}" + PASSWORD)
        // an argument, so that it wins over identity.yml's port 9000
        .run("--server.port=0");
    issuer = "http://127.0.0.1:" + identity.getEnvironment().getProperty("local.server.port");
    registry.add("server.port", () -> PORTAL_PORT);
    registry.add("lianxin.portal.gateway-url", gateway::url);
    registry.add("lianxin.portal.issuer-uri", () -> issuer);
  }

  @AfterAll
  static void stop() {
    gateway.close();
    identity.close();
  }

  @BeforeEach
  void clean() {
    gateway.reset();
  }

  // --- public pages

  @Test
  void thePublicListIsRenderedFromTheGatewaysJsonAndTheSearchIsPassedOn() {
    gateway.answer("GET", PUBLIC_SUGGESTIONS, 200, """
        {"items": [
          {"id": "S-1", "number": "2026-001", "kind": "SUGGESTION", "title": "关于增设路灯的建议", "body": "…",
           "category": "TRANSPORT", "leadUnitId": "U-1", "replies": [], "publishedAt": "2026-03-01T16:30:00Z"},
          {"id": "S-2", "number": "2026-002", "kind": "SUGGESTION", "title": "关于修缮路面的建议", "body": "…",
           "category": "URBAN_MANAGEMENT", "replies": [], "publishedAt": "2026-03-02T02:00:00Z"}],
         "total": 2, "page": 0, "size": 20}""");

    HttpResponse<String> page = new Browser().get(PORTAL + "/suggestions?q=%E8%B7%AF%E7%81%AF");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("关于增设路灯的建议", "关于修缮路面的建议", "2026-001", "交通", "城市管理",
        "共 2 件", "value=\"路灯\"", "href=\"/portal/suggestions/S-1\"");
    GatewayStandIn.Received call = gateway.received("GET", PUBLIC_SUGGESTIONS).get(0);
    assertThat(call.query()).contains("q=路灯", "page=0");
    assertThat(call.header("Authorization")).as("a public read carries no token").isNull();
    assertThat(call.header("X-Forwarded-For")).as("the reader's address, for the gateway's limit").isEqualTo("127.0.0.1");
  }

  @Test
  void thePublicFeedIsServedAtThePortalsAddressAsNotificationServiceWritesItAndEveryPageNamesIt() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:lianxin:feed:q</id>\
        <title>人大公开信息</title><entry><id>urn:uuid:1</id><title>答复已公开 / Reply published</title></entry></feed>""";
    gateway.answerFile("GET", "/api/v1/public/cn-county-qingshan/feed.atom", "application/atom+xml", null, feed);
    gateway.answer("GET", PUBLIC_SUGGESTIONS, 200, "{\"items\": [], \"total\": 0, \"page\": 0, \"size\": 20}");

    HttpResponse<String> atom = new Browser().get(PORTAL + "/feed.atom");
    HttpResponse<String> page = new Browser().get(PORTAL + "/suggestions");

    assertThat(atom.statusCode()).as("no sign-in").isEqualTo(200);
    assertThat(atom.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
    assertThat(atom.body()).isEqualTo(feed);
    GatewayStandIn.Received call = gateway.received("GET", "/api/v1/public/cn-county-qingshan/feed.atom").get(0);
    assertThat(call.header("Accept")).isEqualTo("application/atom+xml");
    assertThat(call.header("Authorization")).isNull();
    assertThat(page.body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/portal/feed.atom\"",
        "订阅公开信息（Atom）");
  }

  @Test
  void pagesAreInChineseFirstAndInEnglishWhenChosenWithDatesInTheCongresssZone() {
    gateway.answer("GET", PUBLIC_SUGGESTIONS, 200, """
        {"items": [{"id": "S-1", "number": "2026-001", "title": "关于增设路灯的建议", "category": "TRANSPORT",
          "publishedAt": "2026-03-01T16:30:00Z"}], "total": 1, "page": 0, "size": 20}""");
    Browser browser = new Browser();

    HttpResponse<String> chinese = browser.get(PORTAL + "/suggestions");
    HttpResponse<String> english = browser.get(PORTAL + "/suggestions?lang=en");
    HttpResponse<String> remembered = browser.get(PORTAL + "/suggestions");

    // 16:30 UTC on 1 March is 00:30 on 2 March in Asia/Shanghai
    assertThat(chinese.body()).contains("<html lang=\"zh-CN\"", "公开的建议", "2026年3月2日", "交通")
        .doesNotContain("Published suggestions");
    assertThat(english.body()).contains("<html lang=\"en\"", "Published suggestions", "Mar 2, 2026", "Transport");
    assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lianxin-lang=en"));
    assertThat(remembered.body()).contains("<html lang=\"en\"", "Published suggestions");
    assertThat(gateway.received("GET", PUBLIC_SUGGESTIONS).get(1).header("Accept-Language")).isEqualTo("en");
  }

  @Test
  void aDeputysPublicRecordAndAVotersOpinionByItsCodeNeedNoSignIn() {
    gateway.answer("GET", "/api/v1/public/cn-county-qingshan/deputies/D-qingshan-001/record", 200, """
        {"deputyId": "D-qingshan-001", "name": "张三", "delegation": "城关镇", "year": 2026,
         "work": [{"kind": "SUGGESTION", "count": 3, "points": 6}, {"kind": "RECEPTION_DAY", "count": 2, "points": 4}],
         "points": 10}""");
    gateway.answer("GET", "/api/v1/public/cn-county-qingshan/voter-opinions/QS-7K2M", 200, """
        {"trackingCode": "QS-7K2M", "state": "ANSWERED", "receivedOn": "2026-04-01", "handedOn": "2026-04-03",
         "answeredOn": "2026-04-20", "answer": "已安排维修"}""");
    Browser browser = new Browser();

    HttpResponse<String> record = browser.get(PORTAL + "/deputies/D-qingshan-001?year=2026");
    HttpResponse<String> opinion = browser.get(PORTAL + "/opinions?code=QS-7K2M");
    HttpResponse<String> unknown = browser.get(PORTAL + "/opinions?code=NOPE");
    HttpResponse<String> missing = browser.get(PORTAL + "/suggestions/S-404");

    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body()).contains("张三：2026 年度履职情况", "提出建议", "接待选民", ">10<");
    assertThat(gateway.received("GET", "/api/v1/public/cn-county-qingshan/deputies/D-qingshan-001/record")
        .get(0).query()).isEqualTo("year=2026");
    assertThat(opinion.body()).contains("已答复", "2026年4月20日", "已安排维修");
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("没有查到这个查询码", "aria-invalid=\"true\"", "aria-describedby=\"code-error\"");
    assertThat(missing.statusCode()).as("the service's 404, passed on").isEqualTo(404);
    assertThat(missing.body()).contains("<html lang=\"zh-CN\"", "没有找到所要的内容", "未找到",
        "href=\"/portal/suggestions/S-404?lang=en\"").doesNotContain("Not found");
  }

  // --- signed in

  @Test
  void aDeputySignsInWithCodeAndPkceAndTheirPageCallsTheGatewayWithTheTokenOfTheirSession() {
    gateway.answer("GET", "/api/v1/suggestions", 200, """
        {"items": [{"id": "S-9", "congressId": "cn-county-qingshan", "number": "2026-009", "kind": "SUGGESTION",
          "state": "ASSIGNED", "title": "关于学校周边交通的建议", "category": "EDUCATION", "byDelegation": false,
          "coSigners": [{"deputyId": "D-qingshan-002", "confirmedAt": "2025-11-01T02:00:00Z"}], "round": 1,
          "assignment": {"leadUnitId": "U-edu", "coUnitIds": [], "complex": false, "assignedOn": "2025-11-15",
                         "replyDueDate": "2026-01-15"}}],
         "total": 1, "page": 0, "size": 20}""");
    Browser browser = new Browser();

    SignIn signIn = signIn(browser, PORTAL + "/my/items");

    assertThat(signIn.authorizationRequest()).contains("code_challenge_method=S256", "code_challenge=",
        "client_id=lianxin-portal", "redirect_uri=" + PORTAL + "/callback");
    assertThat(signIn.page().statusCode()).isEqualTo(200);
    assertThat(signIn.page().body()).contains("关于学校周边交通的建议", "已交办", "2026年1月15日", "已逾期",
        "青山县代表 甲");
    String authorization = gateway.received("GET", "/api/v1/suggestions").get(0).header("Authorization");
    assertThat(authorization).startsWith("Bearer ");
    String token = authorization.substring("Bearer ".length());
    Map<String, Object> claims = claims(token);
    assertThat(claims).containsEntry("sub", DEPUTY).containsEntry("iss", issuer)
        .containsEntry("deputy_id", "D-qingshan-001");
    assertThat(browser.everythingSeen()).as("the browser never sees the token").doesNotContain(token);
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    Browser browser = new Browser();
    signIn(browser, PORTAL + "/my/items/new");

    HttpResponse<String> refused = browser.post(PORTAL + "/my/items",
        Map.of("title", "标题", "body", "内容", "category", "HOUSING"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(gateway.received("POST", "/api/v1/suggestions")).isEmpty();
  }

  @Test
  void aRuleTheServiceRefusesIsShownOnTheFormWithItsFieldMarked() {
    gateway.answer("POST", "/api/v1/suggestions", 422, """
        {"type": "https://lianxin.io/problems/validation", "title": "请求参数无效 / Invalid request", "status": 422,
         "detail": "1 field(s) invalid: title",
         "errors": [{"field": "title", "message": "size must be between 1 and 200"}]}""");
    Browser browser = new Browser();
    HttpResponse<String> form = signIn(browser, PORTAL + "/my/items/new").page();

    HttpResponse<String> answer = browser.post(PORTAL + "/my/items", draft(form, "submit"));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("填写的内容不符合要求", "id=\"title-error\"",
        "请检查“标题”：size must be between 1 and 200", "我们小区缺少路灯，夜间出行不便。");
    assertThat(answer.body()).containsPattern("id=\"title\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"title-error\"");
    assertThat(answer.body()).containsPattern("id=\"body\"[^>]*aria-invalid=\"false\"");
    GatewayStandIn.Received create = gateway.received("POST", "/api/v1/suggestions").get(0);
    assertThat(create.body()).contains("\"draft\":true", "\"category\":\"HOUSING\"",
        "\"coSignerDeputyIds\":[\"D-qingshan-002\",\"D-qingshan-003\"]");
    assertThat(create.header("Idempotency-Key")).endsWith(":draft");
    assertThat(gateway.received("POST", "/api/v1/suggestions/S-3/submission")).isEmpty();
  }

  @Test
  void aNewDraftIsWrittenThenSubmittedAndItsTimelineShown() {
    gateway.answer("POST", "/api/v1/suggestions", 201, """
        {"id": "S-3", "state": "DRAFT", "title": "关于增设路灯的建议", "category": "HOUSING"}""");
    gateway.answer("POST", "/api/v1/suggestions/S-3/submission", 200, """
        {"id": "S-3", "number": "2026-003", "state": "SUBMITTED", "title": "关于增设路灯的建议"}""");
    gateway.answer("GET", "/api/v1/suggestions/S-3", 200, """
        {"id": "S-3", "number": "2026-003", "state": "SUBMITTED", "title": "关于增设路灯的建议",
         "category": "HOUSING", "body": "我们小区缺少路灯。"}""");
    gateway.answer("GET", "/api/v1/suggestions/S-3/history", 200, """
        {"items": [{"eventId": "e1", "type": "lianxin.suggestion.drafted.v1", "at": "2026-05-01T01:00:00Z",
                    "actorId": "deputy1@qingshan", "actorRole": "DEPUTY", "summary": "起草 / drafted"},
                   {"eventId": "e2", "type": "lianxin.suggestion.submitted.v1", "at": "2026-05-01T01:05:00Z",
                    "actorId": "deputy1@qingshan", "actorRole": "DEPUTY", "summary": "提交 / submitted"}],
         "total": 2, "page": 0, "size": 200}""");
    Browser browser = new Browser();
    HttpResponse<String> form = signIn(browser, PORTAL + "/my/items/new").page();

    HttpResponse<String> sent = browser.post(PORTAL + "/my/items", draft(form, "submit"));
    HttpResponse<String> item = browser.follow(sent, 1);
    HttpResponse<String> english = browser.get(PORTAL + "/my/items/S-3?lang=en");

    assertThat(Browser.location(sent)).as("a path: the browser stays on the origin it came through (the gateway)")
        .isEqualTo("/portal/my/items/S-3");
    String key = gateway.received("POST", "/api/v1/suggestions").get(0).header("Idempotency-Key");
    GatewayStandIn.Received submission = gateway.received("POST", "/api/v1/suggestions/S-3/submission").get(0);
    assertThat(submission.header("Idempotency-Key")).isEqualTo(key.replace(":draft", ":submit"));
    assertThat(submission.header("Authorization")).startsWith("Bearer ");
    assertThat(item.body()).contains("已提交。", "2026-003", "办理过程", "起草", "提交", "2026年5月1日 09:05", "href=\"/portal/my/items/S-3?lang=en\"")
        .doesNotContain("drafted");
    assertThat(english.body()).contains("Timeline", "drafted", "submitted", "Submitted", "May 1, 2026, 9:05 AM");
  }

  @Test
  void theInboxShowsTheNotificationsAndTheUnreadCount() {
    gateway.answer("GET", "/api/v1/inbox", 200, """
        {"items": [{"id": "N-1", "congressId": "cn-county-qingshan", "recipientKey": "person:deputy1@qingshan",
          "eventId": "e-7", "eventType": "lianxin.suggestion.assigned.v1", "priority": "NORMAL",
          "createdAt": "2026-05-02T00:00:00Z", "storedAt": "2026-05-02T00:00:01Z",
          "message": {"titleZh": "建议已交办", "bodyZh": "您的建议已交城管局办理", "titleEn": "Suggestion assigned",
                      "bodyEn": "Your suggestion went to the urban management bureau"}}],
         "total": 1, "unread": 1, "page": 0, "size": 20}""");
    gateway.answer("GET", "/api/v1/inbox/unread-count", 200, "{\"unread\": 1}");
    Browser browser = new Browser();

    HttpResponse<String> inbox = signIn(browser, PORTAL + "/my/inbox").page();
    HttpResponse<String> badge = browser.get(PORTAL + "/my/inbox/unread-count");
    HttpResponse<String> noSuchPage = browser.get(PORTAL + "/my/no-such-page");

    assertThat(inbox.body()).contains("1 条未读", "建议已交办", "您的建议已交城管局办理", "hx-get=\"/portal/my/inbox/unread-count\"");
    assertThat(badge.body()).contains("class=\"badge\"", ">1<").doesNotContain("<html");
    assertThat(noSuchPage.statusCode()).isEqualTo(404);
    assertThat(noSuchPage.body()).contains("<html lang=\"zh-CN\"", "没有找到所要的内容", "青山县代表 甲");
    assertThat(gateway.received("GET", "/api/v1/inbox/unread-count").get(0).header("Authorization"))
        .startsWith("Bearer ");
  }

  @Test
  void signingOutEndsTheSessionAndSignsOutAtTheIssuer() {
    gateway.answer("GET", "/api/v1/inbox", 200, "{\"items\": [], \"total\": 0, \"unread\": 0, \"page\": 0, \"size\": 20}");
    Browser browser = new Browser();
    HttpResponse<String> page = signIn(browser, PORTAL + "/my/inbox").page();

    HttpResponse<String> signedOut = browser.post(PORTAL + "/logout", Map.of("_csrf", Browser.csrf(page)));
    HttpResponse<String> again = browser.get(PORTAL + "/my/inbox");

    assertThat(Browser.location(signedOut)).startsWith(issuer + "/connect/logout?id_token_hint=")
        .endsWith("&post_logout_redirect_uri=" + PORTAL + "/");
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.uri().resolve(Browser.location(again)).toString()).isEqualTo(PORTAL + "/oauth2/authorization/lianxin");
  }

  // --- public poll results

  private static final String PUBLISHED_RESULT = """
      {"pollId": "P-7", "title": "关于任命甲为县教育局局长的表决", "kind": "APPOINTMENT", "secret": false,
       "rules": {"method": "YES_NO_ABSTAIN", "items": ["任命甲"], "rollSize": 5,
                 "rule": {"base": "ALL_MEMBERS", "threshold": "MORE_THAN_HALF"}},
       "present": 5,
       "paperTallies": [{"source": "PAPER", "ballots": 1, "invalid": 0, "counts": {"任命甲": {"YES": 1}},
                         "enteredBy": "staff1@qingshan",
                         "digest": "5d41402abc4b2a76b9719d911017c592ae5d41402abc4b2a76b9719d911017c5"}],
       "ballotBox": [
         {"receipt": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "ballot": "{\\"任命甲\\":\\"YES\\"}"},
         {"receipt": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", "ballot": "{\\"任命甲\\":\\"YES\\"}"},
         {"receipt": "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13", "ballot": "{\\"任命甲\\":\\"NO\\"}"},
         {"receipt": "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a", "ballot": "{\\"任命甲\\":\\"ABSTAIN\\"}"}],
       "boxDigest": "3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7",
       "result": {"valid": true, "roll": 5, "present": 5, "ballots": 5, "invalidBallots": 0, "quorumMet": true,
                  "items": [{"item": "任命甲", "yes": 3, "no": 1, "abstain": 1, "favourable": 3, "base": 5,
                             "needed": 3, "passed": true}],
                  "selected": [], "tiedAtCutoff": [], "seatsUnfilled": 0},
       "talliedAt": "2026-03-05T09:30:00Z"}""";

  @Test
  void aPublishedPollResultShowsTheCountAndTheBoxAndIsVerifiedFromThePublishedRecordWithoutSignIn() {
    gateway.answer("GET", "/api/v1/public/polls/P-7/result", 200, PUBLISHED_RESULT);
    gateway.answer("POST", "/api/v1/public/verifier", 200, """
        {"digestMatches": true, "proofsHold": true, "resultMatches": false,
         "recomputedDigest": "3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7",
         "recomputed": {"valid": true, "roll": 5, "present": 5, "ballots": 5, "invalidBallots": 0,
                        "items": [{"item": "任命甲", "yes": 2, "no": 1, "abstain": 1}]},
         "differences": [{"check": "result", "item": "任命甲", "option": null, "receipt": null, "scrutineer": null,
                          "paperTally": null, "field": "yes", "published": "3", "recomputed": "2",
                          "message": "计票结果与公布的不一致 / the count differs from the published one"}]}""");
    Browser browser = new Browser();

    HttpResponse<String> lookUp = browser.get(PORTAL + "/polls?poll=P-7");
    HttpResponse<String> chinese = browser.follow(lookUp, 1);
    HttpResponse<String> english = browser.get(PORTAL + "/polls/P-7?lang=en");
    HttpResponse<String> verified = browser.get(PORTAL + "/polls/P-7/verification?lang=zh-CN");

    assertThat(Browser.location(lookUp)).isEqualTo("/portal/polls/P-7");
    assertThat(chinese.statusCode()).isEqualTo(200);
    // 09:30 UTC is 17:30 in Asia/Shanghai
    assertThat(chinese.body()).contains("关于任命甲为县教育局局长的表决", "记名表决", "2026年3月5日 17:30",
        "应到 5 人，实到 5 人，投票 5 张，无效 0 张。", "<th scope=\"row\">任命甲</th>", "<td>3</td>", "通过",
        "核验此结果", "3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "票箱中全部 4 张选票的回执码",
        "纸质选票", "5d41402abc4b2a76b9719d911017c592ae5d41402abc4b2a76b9719d911017c5",
        "action=\"/portal/polls/P-7/verification\"", "action=\"/portal/polls/P-7/receipt\"")
        .doesNotContain("Verify this result");
    assertThat(english.body()).contains("<html lang=\"en\"", "Named vote", "Mar 5, 2026, 5:30 PM", "Passed",
        "Roll 5, present 5, ballots 5, invalid 0.", "Verify this result", "Ballot box digest");
    assertThat(verified.body()).contains("核验未通过", "票箱摘要与公布的一致。", "重算的计票结果与公布的不一致。",
        "任命甲 · yes", "计票结果与公布的不一致").doesNotContain("the count differs");
    GatewayStandIn.Received verification = gateway.received("POST", "/api/v1/public/verifier").get(0);
    assertThat(verification.body()).as("the record sent to the verifier exactly as it was published")
        .isEqualTo(PUBLISHED_RESULT);
    assertThat(verification.header("Content-Type")).startsWith("application/json");
    assertThat(gateway.received()).allSatisfy(call -> assertThat(call.header("Authorization")).isNull());
  }

  @Test
  void aVoterFindsTheirBallotInTheBoxByItsReceiptAndIsToldWhenItIsNotThere() {
    String receipt = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    gateway.answer("GET", "/api/v1/public/polls/P-7/result", 200, PUBLISHED_RESULT);
    gateway.answer("POST", "/api/v1/public/polls/P-7/receipt-lookup", 200,
        "{\"receipt\": \"" + receipt + "\", \"answers\": {\"任命甲\": \"YES\"}}");
    Browser browser = new Browser();

    HttpResponse<String> result = browser.get(PORTAL + "/polls/P-7");
    HttpResponse<String> found = browser.post(PORTAL + "/polls/P-7/receipt", Map.of("_csrf", Browser.csrf(result),
        "code", " " + receipt.toUpperCase() + " "));
    gateway.answer("POST", "/api/v1/public/polls/P-7/receipt-lookup", 404, """
        {"type": "https://lianxin.io/problems/not-found", "title": "未找到 / Not found", "status": 404}""");
    HttpResponse<String> notThere = browser.post(PORTAL + "/polls/P-7/receipt", Map.of("_csrf", Browser.csrf(result),
        "code", "0000"));
    HttpResponse<String> english = browser.post(PORTAL + "/polls/P-7/receipt?lang=en",
        Map.of("_csrf", Browser.csrf(result), "code", "0000"));
    HttpResponse<String> withoutCsrf = browser.post(PORTAL + "/polls/P-7/receipt", Map.of("code", receipt));
    HttpResponse<String> oldLink = browser.get(PORTAL + "/polls/P-7/receipt?code=" + receipt);

    assertThat(found.body()).contains("回执码 " + receipt + " 对应的选票在票箱中。", "<dt>任命甲</dt><dd>赞成</dd>");
    assertThat(notThere.statusCode()).isEqualTo(200);
    assertThat(notThere.body()).contains("票箱中没有这个回执码对应的选票", "aria-invalid=\"true\"",
        "value=\"0000\"", "关于任命甲为县教育局局长的表决");
    assertThat(english.body()).contains("No ballot with this receipt is in the box");
    assertThat(result.body()).as("the receipt is posted, never put in an address")
        .containsPattern("<form id=\"receipt-lookup\" action=\"/portal/polls/P-7/receipt\" method=\"post\">");
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    assertThat(oldLink.statusCode()).as("a receipt in an address is not looked up").isEqualTo(302);
    assertThat(Browser.location(oldLink)).isEqualTo("/portal/polls/P-7#receipt-lookup");
    List<GatewayStandIn.Received> lookups = gateway.received("POST", "/api/v1/public/polls/P-7/receipt-lookup");
    assertThat(lookups).as("the three posted, none from the old link").hasSize(3);
    assertThat(json(lookups.get(0).body())).as("the receipt in voting-service's body too, in the box's case")
        .isEqualTo(json("{\"receipt\": \"" + receipt + "\"}"));
    assertThat(json(lookups.get(1).body())).isEqualTo(json("{\"receipt\": \"0000\"}"));
    assertThat(gateway.received().stream().map(GatewayStandIn.Received::path))
        .as("no receipt in an address the gateway sees").noneMatch(path -> path.contains(receipt));
  }

  // --- the committee office and leaders

  private static final String TO_ASSIGN_ITEMS = """
      {"items": [
        {"id": "S-11", "congressId": "cn-county-qingshan", "number": "2026-011", "kind": "SUGGESTION",
         "state": "REGISTERED", "title": "关于改善农村饮水的建议", "category": "AGRICULTURE_RURAL",
         "proposerDeputyId": "D-qingshan-001", "byDelegation": false, "coSigners": [], "round": 1,
         "submittedAt": "2026-01-10T02:00:00Z"},
        {"id": "S-12", "congressId": "cn-county-qingshan", "number": "2026-012", "kind": "SUGGESTION",
         "state": "REGISTERED", "title": "关于增加公交班次的建议", "category": "TRANSPORT",
         "proposerDeputyId": "D-qingshan-004", "byDelegation": false, "coSigners": [], "round": 1,
         "submittedAt": "2026-01-11T02:00:00Z"}],
       "total": 2, "page": 0, "size": 100}""";

  private static final String UNITS = """
      {"items": [
        {"congressId": "cn-county-qingshan", "unitId": "U-edu", "name": "县教育局", "kind": "GOVERNMENT_DEPARTMENT",
         "status": "ACTIVE"},
        {"congressId": "cn-county-qingshan", "unitId": "U-fin", "name": "县财政局", "kind": "GOVERNMENT_DEPARTMENT",
         "status": "ACTIVE"},
        {"congressId": "cn-county-qingshan", "unitId": "U-tra", "name": "县交通运输局", "kind": "GOVERNMENT_DEPARTMENT",
         "status": "ACTIVE"}],
       "page": 0, "size": 500, "total": 3}""";

  private static final String WORKLISTS = "/api/v1/suggestions/worklists/";

  @Test
  void theOfficeSeesEveryWorklistWithItsCountAndPagesThroughOne() {
    String[] lists = {"TO_REGISTER", "TO_ASSIGN", "MOTIONS_TO_DECIDE", "MOTIONS_ON_AGENDA", "DISPUTED", "OVERDUE",
        "REPLIES_TO_REVIEW", "REPLIES_TO_SIGN_OFF", "AWAITING_EVALUATION", "UNSATISFIED", "KEY", "OPEN_COMMITMENTS",
        "LOOK_BACK"};
    StringBuilder desk = new StringBuilder("{\"worklists\": [");
    for (int i = 0; i < lists.length; i++) {
      desk.append(i == 0 ? "" : ", ").append("{\"worklist\": \"").append(lists[i]).append("\", \"count\": ")
          .append(100 + i).append('}');
    }
    gateway.answer("GET", "/api/v1/suggestions/worklists", 200, desk.append("]}").toString());
    gateway.answer("GET", WORKLISTS + "DISPUTED", 200, """
        {"items": [{"id": "S-21", "congressId": "cn-county-qingshan", "number": "2026-021", "kind": "SUGGESTION",
          "state": "ASSIGNMENT_DISPUTED", "title": "关于整治河道的建议", "category": "ENVIRONMENT",
          "disputeReason": "不属于本单位职责", "round": 1,
          "assignment": {"leadUnitId": "U-env", "coUnitIds": [], "complex": false, "assignedOn": "2026-02-01",
                         "replyDueDate": "2026-05-01"}}],
         "total": 45, "page": 1, "size": 20}""");
    Browser browser = new Browser();

    HttpResponse<String> counts = signIn(browser, PORTAL + "/office/worklists", STAFF).page();
    HttpResponse<String> english = browser.get(PORTAL + "/office/worklists?lang=en");
    HttpResponse<String> disputed = browser.get(PORTAL + "/office/worklists/DISPUTED?page=1&lang=zh-CN");
    HttpResponse<String> noSuchList = browser.get(PORTAL + "/office/worklists/NOPE");

    assertThat(counts.statusCode()).isEqualTo(200);
    assertThat(counts.body()).contains("工作清单", "待立案", "待交办", "逾期未答复", "回头看", "<td>100</td>",
        "<td>112</td>", "href=\"/portal/office/worklists/TO_ASSIGN\"", "青山县人大代表工委 乙",
        "href=\"/portal/office/assignments\"").doesNotContain("href=\"/portal/my/items\"");
    assertThat(english.body()).contains("Worklists", "To register", "Reply overdue", "Look-back");
    assertThat(gateway.received("GET", "/api/v1/suggestions/worklists")).as("one call for all the counts, each view")
        .hasSize(2);
    assertThat(gateway.received("GET", "/api/v1/suggestions/worklists").get(0).header("Authorization"))
        .startsWith("Bearer ");
    assertThat(gateway.received("GET", WORKLISTS + "TO_REGISTER")).as("no list read for its count").isEmpty();
    assertThat(disputed.body()).contains("交办有异议", "关于整治河道的建议", "2026-021", "U-env" /* the register not answering: the unit by its id */, "2026年5月1日",
        "第 2 页，共 45 件", "href=\"/portal/office/worklists/DISPUTED?page=0\"",
        "href=\"/portal/office/worklists/DISPUTED?page=2\"");
    assertThat(gateway.received("GET", WORKLISTS + "DISPUTED").get(0).query()).isEqualTo("page=1&size=20");
    assertThat(noSuchList.statusCode()).isEqualTo(404);
  }

  private static final String SUBMITTED_ITEM = """
      {"id": "S-31", "number": null, "kind": "SUGGESTION", "state": "SUBMITTED", "title": "关于增设社区养老服务站的建议",
       "body": "老城区缺少日间照料设施。", "category": "HEALTHCARE", "proposerDeputyId": "D-qingshan-001",
       "coSigners": [{"deputyId": "D-qingshan-002", "confirmedAt": "2026-02-01T08:00:00Z"}], "contacts": []}""";

  @Test
  void theOfficeRegistersASubmittedItemFromItsWorklistOrReturnsItOrDeclinesItWithAReason() {
    gateway.answer("GET", WORKLISTS + "TO_REGISTER", 200, """
        {"items": [%s], "total": 1, "page": 0, "size": 20}""".formatted(SUBMITTED_ITEM));
    gateway.answer("GET", "/api/v1/suggestions/S-31", 200, SUBMITTED_ITEM);
    gateway.answer("POST", "/api/v1/suggestions/S-31/return", 422,
        fieldProblem("1 field(s) invalid: reason", "reason", "must not be blank"));
    Browser browser = new Browser();

    HttpResponse<String> worklist = signIn(browser, PORTAL + "/office/worklists/TO_REGISTER", STAFF).page();
    HttpResponse<String> item = browser.get(PORTAL + "/office/items/S-31");
    HttpResponse<String> noReason = browser.post(PORTAL + "/office/items/S-31/return", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "reason", " "));
    gateway.answer("POST", "/api/v1/suggestions/S-31/registration", 200, SUBMITTED_ITEM.replace("SUBMITTED", "REGISTERED"));
    HttpResponse<String> registered = browser.post(PORTAL + "/office/items/S-31/registration", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "category", "ELDERLY_CARE"));
    gateway.answer("POST", "/api/v1/suggestions/S-31/non-registration", 200,
        SUBMITTED_ITEM.replace("SUBMITTED", "NOT_REGISTERED"));
    String declineAction = "/portal/office/items/S-31/non-registration";
    HttpResponse<String> declined = browser.post(PORTAL + "/office/items/S-31/non-registration", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKeyOf(item, declineAction), "reason", "属于来信，转信访部门"));

    assertThat(worklist.body()).contains("href=\"/portal/office/items/S-31\"");
    assertThat(item.body()).contains("关于增设社区养老服务站的建议", "已提交", "D-qingshan-002", "审查", "立案", "退回代表修改",
        "不予立案").containsPattern("<option value=\"HEALTHCARE\" selected=\"selected\">");
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("请检查“退回理由”：must not be blank")
        .containsPattern("id=\"return-reason\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"return-reason-error\"")
        .containsPattern("id=\"non-registration-reason\"[^>]*aria-invalid=\"false\"");
    assertThat(json(gateway.received("POST", "/api/v1/suggestions/S-31/return").get(0).body())).isEqualTo(json("""
        {"reason": null}"""));
    GatewayStandIn.Received registration = gateway.received("POST", "/api/v1/suggestions/S-31/registration").get(0);
    assertThat(json(registration.body())).isEqualTo(json("""
        {"category": "ELDERLY_CARE", "linkedIds": []}"""));
    assertThat(registration.header("Idempotency-Key")).isEqualTo(requestKey(item) + ":registration");
    assertThat(browser.follow(registered, 1).body()).contains("已立案，待交办。");
    GatewayStandIn.Received decline = gateway.received("POST", "/api/v1/suggestions/S-31/non-registration").get(0);
    assertThat(json(decline.body())).isEqualTo(json("""
        {"reason": "属于来信，转信访部门"}"""));
    assertThat(decline.header("Idempotency-Key")).isEqualTo(requestKeyOf(item, declineAction) + ":non-registration");
    assertThat(browser.follow(declined, 1).body()).contains("已决定不予立案，代表将收到理由。");
    Browser deputy = new Browser();
    signIn(deputy, PORTAL + "/my/items");
    assertThat(deputy.get(PORTAL + "/office/items/S-31").statusCode()).isEqualTo(403);
  }

  @Test
  void aBatchAssignmentSendsOneRequestWithTheSelectedItemsAndShowsEachItemsOutcome() {
    gateway.answer("GET", WORKLISTS + "TO_ASSIGN", 200, TO_ASSIGN_ITEMS);
    gateway.answer("GET", "/api/v1/units", 200, UNITS);
    gateway.answer("POST", "/api/v1/suggestions/assignments", 200, """
        {"items": [{"suggestionId": "S-11", "assigned": true, "problem": null, "detail": null},
                   {"suggestionId": "S-12", "assigned": false, "problem": "illegal-state:ASSIGNED",
                    "detail": "S-12 is ASSIGNED"}],
         "assigned": 1, "refused": 1}""");
    Browser browser = new Browser();
    HttpResponse<String> form = signIn(browser, PORTAL + "/office/assignments", STAFF).page();

    HttpResponse<String> withoutCsrf = browser.post(PORTAL + "/office/assignments",
        Map.of("suggestionIds", "S-11", "leadUnitId", "U-edu"));
    HttpResponse<String> outcome = browser.post(PORTAL + "/office/assignments", List.of(
        Map.entry("_csrf", Browser.csrf(form)), Map.entry("requestKey", requestKey(form)),
        Map.entry("suggestionIds", "S-11"), Map.entry("suggestionIds", "S-12"), Map.entry("leadUnitId", "U-edu"),
        Map.entry("coUnitIds", "U-fin"), Map.entry("coUnitIds", "U-tra")));

    assertThat(form.body()).contains("集中交办", "关于改善农村饮水的建议", "关于增加公交班次的建议", "农业农村",
        "name=\"suggestionIds\"", "value=\"S-11\"", "<option value=\"U-edu\">县教育局</option>",
        "name=\"coUnitIds\"", "县交通运输局");
    assertThat(gateway.received("GET", WORKLISTS + "TO_ASSIGN").get(0).query()).isEqualTo("page=0&size=100");
    assertThat(gateway.received("GET", "/api/v1/units").get(0).query()).contains("status=ACTIVE");
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(outcome.body()).contains("交办结果", "已交办 1 件，未交办 1 件。", "S-11", "已交办", "未交办",
        "该件当前为“已交办”，不能交办。", "S-12 is ASSIGNED");
    List<GatewayStandIn.Received> batches = gateway.received("POST", "/api/v1/suggestions/assignments");
    assertThat(batches).as("one request for the whole batch").hasSize(1);
    assertThat(json(batches.get(0).body())).isEqualTo(json("""
        {"items": [{"suggestionId": "S-11", "leadUnitId": "U-edu", "coUnitIds": ["U-fin", "U-tra"], "complex": false},
                   {"suggestionId": "S-12", "leadUnitId": "U-edu", "coUnitIds": ["U-fin", "U-tra"], "complex": false}]}"""));
    assertThat(batches.get(0).header("Authorization")).startsWith("Bearer ");
    assertThat(claims(batches.get(0).header("Authorization").substring("Bearer ".length())))
        .containsEntry("sub", STAFF);
    assertThat(batches.get(0).header("Idempotency-Key")).isEqualTo(requestKey(form));
  }

  @Test
  void aProblemTheBatchEndpointAnswersIsShownOnTheFormWithTheChoicesKept() {
    gateway.answer("GET", WORKLISTS + "TO_ASSIGN", 200, TO_ASSIGN_ITEMS);
    gateway.answer("GET", "/api/v1/units", 200, UNITS);
    gateway.answer("POST", "/api/v1/suggestions/assignments", 422, """
        {"type": "https://lianxin.io/problems/validation", "title": "请求参数无效 / Invalid request", "status": 422,
         "detail": "1 field(s) invalid: items[0].coUnitIds",
         "errors": [{"field": "items[0].coUnitIds", "message": "size must be between 0 and 20"}]}""");
    Browser browser = new Browser();
    HttpResponse<String> form = signIn(browser, PORTAL + "/office/assignments", STAFF).page();

    HttpResponse<String> nothingChosen = browser.post(PORTAL + "/office/assignments", List.of(
        Map.entry("_csrf", Browser.csrf(form)), Map.entry("requestKey", requestKey(form))));
    HttpResponse<String> refused = browser.post(PORTAL + "/office/assignments", List.of(
        Map.entry("_csrf", Browser.csrf(form)), Map.entry("requestKey", requestKey(form)),
        Map.entry("suggestionIds", "S-12"), Map.entry("leadUnitId", "U-tra"), Map.entry("coUnitIds", "U-fin"),
        Map.entry("complex", "true")));

    assertThat(nothingChosen.body()).contains("请至少选择一件要交办的建议。", "请选择主办单位。");
    assertThat(nothingChosen.body()).containsPattern("id=\"leadUnitId\"[^>]*aria-invalid=\"true\"");
    assertThat(gateway.received("POST", "/api/v1/suggestions/assignments")).as("one, the second form's").hasSize(1);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("填写的内容不符合要求", "1 field(s) invalid: items[0].coUnitIds",
        "请检查“items[0].coUnitIds”：size must be between 0 and 20",
        "<option value=\"U-tra\" selected=\"selected\">县交通运输局</option>");
    assertThat(refused.body()).containsPattern("value=\"S-12\" checked=\"checked\"")
        .containsPattern("name=\"coUnitIds\" value=\"U-fin\" checked=\"checked\"")
        .doesNotContainPattern("value=\"S-11\" checked")
        .containsPattern("name=\"complex\" value=\"true\" checked=\"checked\"");
    assertThat(requestKey(refused)).as("sent again after the refusal, a new request").isNotEqualTo(requestKey(form));
  }

  @Test
  void aDeputyMayNotSeeTheOfficesPagesNorTheLeadersList() {
    Browser browser = new Browser();
    signIn(browser, PORTAL + "/my/items");

    HttpResponse<String> worklists = browser.get(PORTAL + "/office/worklists");
    HttpResponse<String> batch = browser.get(PORTAL + "/office/assignments");
    HttpResponse<String> overdue = browser.get(PORTAL + "/leader/overdue");

    assertThat(worklists.statusCode()).isEqualTo(403);
    assertThat(worklists.body()).contains("您无权执行此操作。");
    assertThat(batch.statusCode()).isEqualTo(403);
    assertThat(overdue.statusCode()).isEqualTo(403);
    assertThat(gateway.received()).noneMatch(call -> call.path().startsWith(WORKLISTS));
  }

  @Test
  void aLeaderReadsTheOverdueListInChineseAndEnglishAndNotTheOfficesScreens() {
    gateway.answer("GET", WORKLISTS + "OVERDUE", 200, """
        {"items": [{"id": "S-31", "congressId": "cn-county-qingshan", "number": "2026-031", "kind": "SUGGESTION",
          "state": "IN_PROGRESS", "title": "关于老旧小区加装电梯的建议", "category": "HOUSING", "round": 1,
          "handlerName": "李四", "responsibleLeader": "王副县长",
          "assignment": {"leadUnitId": "U-housing", "coUnitIds": ["U-fin"], "complex": false,
                         "assignedOn": "2025-09-01", "replyDueDate": "2025-12-01"}}],
         "total": 1, "page": 0, "size": 20}""");
    gateway.answer("GET", "/api/v1/units", 200, """
        {"items": [{"unitId": "U-housing", "name": "县住建局", "kind": "GOVERNMENT_DEPARTMENT", "status": "ACTIVE"}],
         "total": 1, "page": 0, "size": 500}""");
    Browser browser = new Browser();

    HttpResponse<String> overdue = signIn(browser, PORTAL + "/leader/overdue", LEADER).page();
    HttpResponse<String> english = browser.get(PORTAL + "/leader/overdue?lang=en");
    HttpResponse<String> batch = browser.get(PORTAL + "/office/assignments");

    assertThat(overdue.statusCode()).isEqualTo(200);
    assertThat(overdue.body()).contains("逾期未答复", "关于老旧小区加装电梯的建议", "2026-031", "办理中",
        "<td>县住建局</td>", "2025年12月1日", "已逾期", "共 1 件", "href=\"/portal/leader/overdue\"")
        .doesNotContain("type=\"checkbox\"", "href=\"/portal/office/worklists\"");
    assertThat(english.body()).contains("Reply overdue", "In progress", "Dec 1, 2025", "Overdue");
    assertThat(gateway.received("GET", WORKLISTS + "OVERDUE").get(0).query()).isEqualTo("page=0&size=20");
    assertThat(batch.statusCode()).isEqualTo(403);
  }

  /** A key item (重点督办) supervised by the leader; %s are its supervision notes. */
  private static final String KEY_ITEM = """
      {"id": "S-33", "number": "2026-033", "kind": "SUGGESTION", "state": "IN_PROGRESS", "title": "关于城区内涝治理的建议",
       "body": "每逢暴雨城区多处积水。", "category": "URBAN_MANAGEMENT", "proposerDeputyId": "D-qingshan-002", "round": 1,
       "supervisingLeaderId": "leader1@qingshan", "supervisionNotes": %s, "contacts": [], "replies": [], "evaluations": [],
       "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2099-06-01"}}""";

  @Test
  void aLeaderSupervisesAKeyItemWithANoteAskingForAReportAndTheLeadUnitReports() {
    gateway.answer("GET", WORKLISTS + "KEY", 200, """
        {"items": [%s], "total": 1, "page": 0, "size": 20}""".formatted(KEY_ITEM.formatted("[]")));
    gateway.answer("GET", "/api/v1/suggestions/S-33", 200, KEY_ITEM.formatted("[]"));
    gateway.answer("POST", "/api/v1/suggestions/S-33/supervision-notes", 422,
        fieldProblem("a progress report is requested by a day after today", "reportDueDate",
            "a progress report is requested by a day after today"));
    Browser leader = new Browser();

    HttpResponse<String> keyItems = signIn(leader, PORTAL + "/leader/key-items", LEADER).page();
    HttpResponse<String> item = leader.get(PORTAL + "/leader/items/S-33");
    HttpResponse<String> notADate = leader.post(PORTAL + "/leader/items/S-33/supervision-notes", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "text", "请加快排水管网改造", "requestReport", "true",
        "reportDueDate", "下周"));
    HttpResponse<String> tooEarly = leader.post(PORTAL + "/leader/items/S-33/supervision-notes", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "text", "请加快排水管网改造", "requestReport", "true",
        "reportDueDate", "2020-01-01"));
    String note = """
        [{"number": 1, "leaderId": "leader1@qingshan", "text": "请加快排水管网改造", "progressReportRequested": true,
          "reportDueDate": "2099-01-31", "progressReport": null, "at": "2026-03-01T02:00:00Z"}]""";
    gateway.answer("POST", "/api/v1/suggestions/S-33/supervision-notes", 200, KEY_ITEM.formatted(note));
    HttpResponse<String> sent = leader.post(PORTAL + "/leader/items/S-33/supervision-notes", Map.of("_csrf",
        Browser.csrf(tooEarly), "requestKey", requestKey(tooEarly), "text", "请加快排水管网改造", "requestReport", "true",
        "reportDueDate", "2099-01-31"));

    assertThat(keyItems.body()).contains("重点督办", "关于城区内涝治理的建议", "href=\"/portal/leader/items/S-33\"");
    assertThat(item.body()).contains("督办领导", "尚无督办意见。", "提出督办意见", "name=\"reportDueDate\"");
    assertThat(notADate.body()).contains("请检查“进展报告期限”：请填写日期，例如 2026-06-01。", "请加快排水管网改造")
        .containsPattern("id=\"reportDueDate\"[^>]*aria-invalid=\"true\"");
    assertThat(tooEarly.body()).contains("请检查“进展报告期限”：a progress report is requested by a day after today")
        .containsPattern("name=\"requestReport\" value=\"true\" checked=\"checked\"");
    List<GatewayStandIn.Received> notes = gateway.received("POST", "/api/v1/suggestions/S-33/supervision-notes");
    assertThat(notes).as("the day the portal could not read is not sent").hasSize(2);
    assertThat(json(notes.get(1).body())).isEqualTo(json("""
        {"text": "请加快排水管网改造", "requestReport": true, "reportDueDate": "2099-01-31"}"""));
    assertThat(notes.get(1).header("Idempotency-Key")).isEqualTo(requestKey(tooEarly) + ":supervision-note");
    gateway.answer("GET", "/api/v1/suggestions/S-33", 200, KEY_ITEM.formatted(note));
    assertThat(leader.follow(sent, 1).body()).contains("督办意见已送出", "请加快排水管网改造", "2099年1月31日");

    // the lead unit reports its progress on the note
    Browser handler = new Browser();
    HttpResponse<String> unitItem = signIn(handler, PORTAL + "/unit/items/S-33", HANDLER).page();
    String reportAction = "/portal/unit/items/S-33/supervision-notes/1/progress-report";
    gateway.answer("POST", "/api/v1/suggestions/S-33/supervision-notes/1/progress-report", 200,
        KEY_ITEM.formatted(note.replace("\"progressReport\": null",
            "\"progressReport\": {\"unitId\": \"U-qingshan-housing\", \"text\": \"已完成两处管网改造\", \"late\": false}")));
    HttpResponse<String> reported = handler.post(PORTAL + "/unit/items/S-33/supervision-notes/1/progress-report",
        Map.of("_csrf", Browser.csrf(unitItem), "requestKey", requestKeyOf(unitItem, reportAction),
            "text", "已完成两处管网改造"));

    assertThat(unitItem.body()).contains("督办意见", "请加快排水管网改造", "第 1 条督办意见要求的办理进展报告");
    GatewayStandIn.Received report = gateway.received("POST",
        "/api/v1/suggestions/S-33/supervision-notes/1/progress-report").get(0);
    assertThat(json(report.body())).isEqualTo(json("""
        {"text": "已完成两处管网改造"}"""));
    assertThat(report.header("Idempotency-Key")).isEqualTo(requestKeyOf(unitItem, reportAction) + ":progress-report-1");
    assertThat(handler.follow(reported, 1).body()).contains("办理进展已报告督办领导。");
    assertThat(handler.get(PORTAL + "/leader/key-items").statusCode()).isEqualTo(403);
  }

  // --- handling units (承办单位)

  /** The queue as suggestion-service answers it: the owed items only, the nearest deadline first. */
  private static final String UNIT_QUEUE = """
      {"items": [
        {"id": "S-41", "number": "2026-041", "kind": "SUGGESTION", "state": "IN_PROGRESS", "title": "关于加快农村危房改造的建议",
         "category": "AGRICULTURE_RURAL", "proposerDeputyId": "D-qingshan-002", "round": 1,
         "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2025-12-01"}},
        {"id": "S-44", "number": "2026-044", "kind": "SUGGESTION", "state": "IN_PROGRESS", "title": "关于整治背街小巷的建议",
         "category": "URBAN_MANAGEMENT", "proposerDeputyId": "D-qingshan-003", "round": 1,
         "assignment": {"leadUnitId": "U-qingshan-city", "coUnitIds": ["U-qingshan-housing"], "replyDueDate": "2098-01-01"}},
        {"id": "S-42", "number": "2026-042", "kind": "SUGGESTION", "state": "ASSIGNED", "title": "关于完善小区停车设施的建议",
         "category": "TRANSPORT", "proposerDeputyId": "D-qingshan-002", "round": 1,
         "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2099-06-01"}}],
       "total": 43, "page": 0, "size": 20, "overdue": 1}""";

  private static final String ASSIGNED_ITEM = """
      {"id": "S-42", "number": "2026-042", "kind": "SUGGESTION", "state": "ASSIGNED", "title": "关于完善小区停车设施的建议",
       "body": "小区停车位严重不足。", "category": "TRANSPORT", "proposerDeputyId": "D-qingshan-002", "round": 1,
       "contacts": [], "replies": [], "evaluations": [],
       "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2099-06-01"}}""";

  private static final String IN_PROGRESS_ITEM = """
      {"id": "S-41", "number": "2026-041", "kind": "SUGGESTION", "state": "IN_PROGRESS", "title": "关于加快农村危房改造的建议",
       "body": "部分农户住房存在安全隐患。", "category": "AGRICULTURE_RURAL", "proposerDeputyId": "D-qingshan-002",
       "round": 1, "handlerName": "王承办", "responsibleLeader": "李副局长",
       "contacts": [{"number": 1, "phase": "BEFORE", "date": "2026-02-03", "mode": "VISIT", "notes": "办前走访，了解具体诉求",
                     "loggedBy": "handler1@qingshan",
                     "deputyAnswer": {"response": "CONFIRMED", "deputyId": "D-qingshan-002", "at": "2026-02-04T01:00:00Z"}}],
       "replyDraft": %s, "replies": [], "evaluations": [],
       "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2025-12-01"}}""";

  private static final String REPLY_DRAFT = """
      {"round": 1, "unitId": "U-qingshan-housing", "category": "B", "text": "已列入年度计划，分批实施。",
       "commitments": [{"id": "c-1", "description": "年底前完成首批改造", "dueDate": "2026-12-31", "status": "OPEN"}],
       "draftedBy": "handler1@qingshan", "draftedAt": "2026-03-01T01:00:00Z"}""";

  @Test
  void aUnitsQueueIsSortedByDeadlineWithTheOverdueMarkedAndAnAssignedItemIsAccepted() {
    gateway.answer("GET", "/api/v1/suggestions/queue", 200, UNIT_QUEUE);
    gateway.answer("GET", "/api/v1/suggestions/S-42", 200, ASSIGNED_ITEM);
    gateway.answer("POST", "/api/v1/suggestions/S-42/acceptance", 422, """
        {"type": "https://lianxin.io/problems/validation", "title": "请求参数无效 / Invalid request", "status": 422,
         "detail": "1 field(s) invalid: handlerName",
         "errors": [{"field": "handlerName", "message": "must not be blank"}]}""");
    Browser browser = new Browser();

    HttpResponse<String> queue = signIn(browser, PORTAL + "/unit/items", HANDLER).page();
    HttpResponse<String> english = browser.get(PORTAL + "/unit/items?lang=en");
    HttpResponse<String> item = browser.get(PORTAL + "/unit/items/S-42?lang=zh-CN");
    HttpResponse<String> withoutCsrf = browser.post(PORTAL + "/unit/items/S-42/acceptance",
        Map.of("handlerName", "王承办", "responsibleLeader", "李副局长"));
    HttpResponse<String> refused = browser.post(PORTAL + "/unit/items/S-42/acceptance", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "handlerName", " ", "responsibleLeader", "李副局长"));
    gateway.answer("POST", "/api/v1/suggestions/S-42/acceptance", 200, ASSIGNED_ITEM.replace("ASSIGNED", "IN_PROGRESS"));
    HttpResponse<String> accepted = browser.post(PORTAL + "/unit/items/S-42/acceptance", Map.of("_csrf",
        Browser.csrf(refused), "requestKey", requestKey(refused), "handlerName", "王承办", "responsibleLeader", "李副局长"));

    assertThat(queue.statusCode()).isEqualTo(200);
    String body = queue.body();
    assertThat(body).contains("办理清单", "共 43 件待办，其中 1 件已逾期。", "已逾期", "2025年12月1日", "主办", "协办",
        "href=\"/portal/unit/items/S-42\"", "href=\"/portal/unit/items?page=1\"");
    assertThat(body.indexOf("2026-041")).as("in the service's order: the overdue item first, then the nearest deadline")
        .isLessThan(body.indexOf("2026-044"));
    assertThat(body.indexOf("2026-044")).isLessThan(body.indexOf("2026-042"));
    assertThat(gateway.received("GET", "/api/v1/suggestions/queue").get(0).query()).isEqualTo("page=0&size=20");
    assertThat(english.body()).contains("My queue", "43 items awaiting a reply, 1 of them overdue.", "Overdue");
    assertThat(item.body()).contains("关于完善小区停车设施的建议", "签收", "name=\"handlerName\"",
        "name=\"responsibleLeader\"").doesNotContain("action=\"/portal/unit/items/S-42/reply-draft\"");
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("填写的内容不符合要求", "请检查“承办人”：must not be blank",
        "value=\"李副局长\"");
    assertThat(refused.body()).containsPattern("id=\"handlerName\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"handlerName-error\"");
    assertThat(requestKey(refused)).as("a new request after a refusal").isNotEqualTo(requestKey(item));
    assertThat(Browser.location(accepted)).isEqualTo("/portal/unit/items/S-42");
    assertThat(browser.follow(accepted, 1).body()).contains("已签收，建议进入办理。");
    List<GatewayStandIn.Received> acceptances = gateway.received("POST", "/api/v1/suggestions/S-42/acceptance");
    assertThat(acceptances).as("none without CSRF").hasSize(2);
    assertThat(json(acceptances.get(1).body())).isEqualTo(json("""
        {"handlerName": "王承办", "responsibleLeader": "李副局长"}"""));
    assertThat(acceptances.get(1).header("Idempotency-Key")).isEqualTo(requestKey(refused) + ":accept");
    assertThat(claims(acceptances.get(1).header("Authorization").substring("Bearer ".length())))
        .containsEntry("sub", HANDLER).containsEntry("unit_id", HOUSING);
  }

  @Test
  void theHandlerLogsAContactAndDraftsAReplyWithCommitmentsAndTheUnitHeadSignsIt() {
    gateway.answer("GET", "/api/v1/suggestions/S-41", 200, IN_PROGRESS_ITEM.formatted("null"));
    gateway.answer("POST", "/api/v1/suggestions/S-41/contacts", 200, IN_PROGRESS_ITEM.formatted("null"));
    gateway.answer("POST", "/api/v1/suggestions/S-41/reply-draft", 422, """
        {"type": "https://lianxin.io/problems/rule-violation", "title": "违反业务规则 / Rule violation", "status": 422,
         "detail": "a commitment is due after today",
         "errors": [{"field": "commitments[0].dueDate", "message": "a commitment is due after today"}]}""");
    Browser handler = new Browser();
    HttpResponse<String> item = signIn(handler, PORTAL + "/unit/items/S-41", HANDLER).page();

    HttpResponse<String> notADate = handler.post(PORTAL + "/unit/items/S-41/contacts", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "phase", "DURING", "date", "上周三", "mode", "PHONE",
        "notes", "电话沟通改造进度"));
    HttpResponse<String> logged = handler.post(PORTAL + "/unit/items/S-41/contacts", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "phase", "DURING", "date", "2026-03-02", "mode", "PHONE",
        "notes", "电话沟通改造进度"));
    HttpResponse<String> tooEarly = handler.post(PORTAL + "/unit/items/S-41/reply-draft", List.of(
        Map.entry("_csrf", Browser.csrf(item)), Map.entry("requestKey", requestKey(item)), Map.entry("category", "B"),
        Map.entry("text", "已列入年度计划，分批实施。"), Map.entry("reason", ""), Map.entry("missingOpinionsReason", ""),
        Map.entry("commitmentDescription", "年底前完成首批改造"), Map.entry("commitmentDueDate", "2020-12-31"),
        Map.entry("commitmentDescription", ""), Map.entry("commitmentDueDate", ""),
        Map.entry("commitmentDescription", "明年完成全部改造"), Map.entry("commitmentDueDate", "2027-12-31")));

    assertThat(item.body()).contains("办前", "走访", "办前走访，了解具体诉求", "代表已确认", "已逾期", "王承办",
        "拟写答复", "name=\"commitmentDescription\"", "name=\"phase\" value=\"AFTER\"")
        .doesNotContain("签发答复", "签收并开始办理");
    assertThat(notADate.statusCode()).isEqualTo(200);
    assertThat(notADate.body()).contains("请检查“联系日期”：请填写日期，例如 2026-06-01。", "电话沟通改造进度")
        .containsPattern("id=\"date\"[^>]*aria-invalid=\"true\"")
        .containsPattern("name=\"mode\" value=\"PHONE\" checked=\"checked\"");
    assertThat(Browser.location(logged)).isEqualTo("/portal/unit/items/S-41");
    List<GatewayStandIn.Received> contacts = gateway.received("POST", "/api/v1/suggestions/S-41/contacts");
    assertThat(contacts).as("the date the portal could not read is not sent").hasSize(1);
    assertThat(json(contacts.get(0).body())).isEqualTo(json("""
        {"phase": "DURING", "date": "2026-03-02", "mode": "PHONE", "notes": "电话沟通改造进度"}"""));
    assertThat(contacts.get(0).header("Idempotency-Key")).isEqualTo(requestKey(item) + ":contact");
    assertThat(tooEarly.statusCode()).isEqualTo(200);
    assertThat(tooEarly.body()).contains("请检查“承诺事项 1 的完成期限”：a commitment is due after today",
        "value=\"年底前完成首批改造\"", "value=\"明年完成全部改造\"")
        .containsPattern("id=\"c0-due\"[^>]*value=\"2020-12-31\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"c0-due-error\"")
        .containsPattern("id=\"c2-due\"[^>]*aria-invalid=\"false\"");
    tools.jackson.databind.JsonNode draft = json(gateway.received("POST", "/api/v1/suggestions/S-41/reply-draft")
        .get(0).body());
    assertThat(draft.get("category").asString()).isEqualTo("B");
    assertThat(draft.get("text").asString()).isEqualTo("已列入年度计划，分批实施。");
    assertThat(draft.get("commitments")).as("the empty line left out").isEqualTo(json("""
        [{"description": "年底前完成首批改造", "dueDate": "2020-12-31"},
         {"description": "明年完成全部改造", "dueDate": "2027-12-31"}]"""));
    assertThat(draft.get("reason").isNull()).isTrue();

    // the unit head signs the draft the handler saved; the head drafts nothing
    gateway.answer("GET", "/api/v1/suggestions/S-41", 200, IN_PROGRESS_ITEM.formatted(REPLY_DRAFT));
    gateway.answer("POST", "/api/v1/suggestions/S-41/reply", 200, IN_PROGRESS_ITEM.formatted("null")
        .replace("IN_PROGRESS", "REPLY_IN_REVIEW"));
    Browser head = new Browser();
    HttpResponse<String> toSign = signIn(head, PORTAL + "/unit/items/S-41", HEAD).page();
    HttpResponse<String> signed = head.post(PORTAL + "/unit/items/S-41/reply", Map.of("_csrf", Browser.csrf(toSign),
        "requestKey", requestKey(toSign)));

    assertThat(toSign.body()).contains("答复草稿（待签发）", "第 1 轮答复（B 类）", "已列入年度计划，分批实施。",
        "年底前完成首批改造（2026年12月31日 前完成）", "签发答复")
        .doesNotContain("action=\"/portal/unit/items/S-41/reply-draft\"");
    assertThat(head.follow(signed, 1).body()).contains("答复已签发。");
    GatewayStandIn.Received signature = gateway.received("POST", "/api/v1/suggestions/S-41/reply").get(0);
    assertThat(signature.header("Idempotency-Key")).isEqualTo(requestKey(toSign) + ":sign");
    assertThat(claims(signature.header("Authorization").substring("Bearer ".length()))).containsEntry("sub", HEAD);
  }

  @Test
  void theLeadUnitDisputesItsAssignmentAndTheOfficeReassignsTheItem() {
    gateway.answer("GET", "/api/v1/suggestions/S-42", 200, ASSIGNED_ITEM);
    gateway.answer("POST", "/api/v1/suggestions/S-42/dispute", 422,
        fieldProblem("1 field(s) invalid: reason", "reason", "must not be blank"));
    Browser handler = new Browser();
    HttpResponse<String> item = signIn(handler, PORTAL + "/unit/items/S-42", HANDLER).page();
    String disputeAction = "/portal/unit/items/S-42/dispute";

    HttpResponse<String> noReason = handler.post(PORTAL + "/unit/items/S-42/dispute", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKeyOf(item, disputeAction), "reason", ""));
    gateway.answer("POST", "/api/v1/suggestions/S-42/dispute", 200, ASSIGNED_ITEM.replace("\"ASSIGNED\"",
        "\"ASSIGNMENT_DISPUTED\""));
    HttpResponse<String> disputed = handler.post(PORTAL + "/unit/items/S-42/dispute", Map.of("_csrf",
        Browser.csrf(noReason), "requestKey", requestKeyOf(noReason, disputeAction), "reason", "停车设施属城管部门职责"));

    assertThat(item.body()).contains("交办异议", "5 个工作日内", "action=\"" + disputeAction + "\"");
    assertThat(noReason.body()).contains("请检查“异议理由”：must not be blank")
        .containsPattern("id=\"dispute-reason\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"dispute-reason-error dispute-reason-hint\"");
    List<GatewayStandIn.Received> disputes = gateway.received("POST", "/api/v1/suggestions/S-42/dispute");
    assertThat(json(disputes.get(1).body())).isEqualTo(json("""
        {"reason": "停车设施属城管部门职责"}"""));
    assertThat(disputes.get(1).header("Idempotency-Key")).isEqualTo(requestKeyOf(noReason, disputeAction) + ":dispute");
    assertThat(handler.follow(disputed, 1).body()).contains("交办异议已提出，等待重新交办。");

    String disputedItem = ASSIGNED_ITEM.replace("\"ASSIGNED\"", "\"ASSIGNMENT_DISPUTED\"")
        .replace("\"round\": 1,", "\"round\": 1, \"disputeReason\": \"停车设施属城管部门职责\",");
    gateway.answer("GET", "/api/v1/suggestions/S-42", 200, disputedItem);
    gateway.answer("GET", "/api/v1/units", 200, UNITS);
    gateway.answer("POST", "/api/v1/suggestions/S-42/reassignment", 422,
        fieldProblem("1 field(s) invalid: leadUnitId", "leadUnitId", "must not be blank"));
    Browser staff = new Browser();
    HttpResponse<String> toReassign = signIn(staff, PORTAL + "/office/items/S-42", STAFF).page();
    HttpResponse<String> noLead = staff.post(PORTAL + "/office/items/S-42/reassignment", List.of(
        Map.entry("_csrf", Browser.csrf(toReassign)), Map.entry("requestKey", requestKey(toReassign)),
        Map.entry("leadUnitId", ""), Map.entry("coUnitIds", "U-edu")));
    gateway.answer("POST", "/api/v1/suggestions/S-42/reassignment", 200, ASSIGNED_ITEM.replace("U-qingshan-housing",
        "U-fin"));
    HttpResponse<String> reassigned = staff.post(PORTAL + "/office/items/S-42/reassignment", List.of(
        Map.entry("_csrf", Browser.csrf(noLead)), Map.entry("requestKey", requestKey(noLead)),
        Map.entry("leadUnitId", "U-fin"), Map.entry("coUnitIds", "U-edu"), Map.entry("complex", "true")));

    assertThat(toReassign.body()).contains("重新交办", "停车设施属城管部门职责", "U-qingshan-housing", "县财政局")
        .doesNotContain("action=\"/portal/office/items/S-42/registration\"");
    assertThat(noLead.body()).contains("请检查“主办单位”：must not be blank")
        .containsPattern("id=\"leadUnitId\"[^>]*aria-invalid=\"true\"")
        .containsPattern("value=\"U-edu\" checked=\"checked\"");
    List<GatewayStandIn.Received> reassignments = gateway.received("POST", "/api/v1/suggestions/S-42/reassignment");
    assertThat(json(reassignments.get(1).body())).isEqualTo(json("""
        {"leadUnitId": "U-fin", "coUnitIds": ["U-edu"], "complex": true}"""));
    assertThat(reassignments.get(1).header("Idempotency-Key")).isEqualTo(requestKey(noLead) + ":reassignment");
    assertThat(staff.follow(reassigned, 1).body()).contains("已重新交办，答复期限重新计算。");
  }

  @Test
  void aCoUnitGivesItsOpinionOnceAndTheLeadUnitReportsACommitmentFulfilled() {
    String coUnitItem = IN_PROGRESS_ITEM.formatted("null").replace("\"leadUnitId\": \"U-qingshan-housing\", \"coUnitIds\": []",
        "\"leadUnitId\": \"U-fin\", \"coUnitIds\": [\"U-qingshan-housing\"]");
    gateway.answer("GET", "/api/v1/suggestions/S-41", 200, coUnitItem);
    gateway.answer("POST", "/api/v1/suggestions/S-41/co-unit-opinions", 200, coUnitItem.replace("\"evaluations\": []",
        "\"evaluations\": [], \"coUnitOpinions\": [{\"unitId\": \"U-qingshan-housing\", \"round\": 1, \"text\": \"同意主办单位方案\"}]"));
    Browser handler = new Browser();
    HttpResponse<String> item = signIn(handler, PORTAL + "/unit/items/S-41", HANDLER).page();
    HttpResponse<String> given = handler.post(PORTAL + "/unit/items/S-41/co-unit-opinion", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "text", "  同意主办单位方案  "));
    gateway.answer("GET", "/api/v1/suggestions/S-41", 200, coUnitItem.replace("\"evaluations\": []",
        "\"evaluations\": [], \"coUnitOpinions\": [{\"unitId\": \"U-qingshan-housing\", \"round\": 1, \"text\": \"同意主办单位方案\"}]"));
    HttpResponse<String> afterwards = handler.follow(given, 1);

    assertThat(item.body()).contains("协办意见", "本单位的协办意见").doesNotContain("签收并开始办理", "记录联系");
    GatewayStandIn.Received opinion = gateway.received("POST", "/api/v1/suggestions/S-41/co-unit-opinions").get(0);
    assertThat(json(opinion.body())).isEqualTo(json("""
        {"text": "同意主办单位方案"}"""));
    assertThat(opinion.header("Idempotency-Key")).isEqualTo(requestKey(item) + ":co-unit-opinion");
    assertThat(afterwards.body()).contains("协办意见已送主办单位。", "同意主办单位方案")
        .doesNotContain("action=\"/portal/unit/items/S-41/co-unit-opinion\"");

    String replied = REPLIED_ITEM.formatted("[]").replace("\"evaluationDueDate\"", """
        "commitments": [{"id": "c-1", "description": "年底前完成首批改造", "dueDate": "2026-12-31", "status": "OPEN"},
                        {"id": "c-2", "description": "完成老旧管网更新", "dueDate": "2026-03-31", "status": "FULFILLED",
                         "evidence": "验收报告", "fulfilledOn": "2026-03-20"}],
        "evaluationDueDate\"""");
    gateway.answer("GET", "/api/v1/suggestions/S-51", 200, replied);
    gateway.answer("POST", "/api/v1/suggestions/S-51/commitments/c-1/fulfilment", 422,
        fieldProblem("1 field(s) invalid: evidence", "evidence", "must not be blank"));
    HttpResponse<String> ledger = handler.get(PORTAL + "/unit/items/S-51");
    String fulfilAction = "/portal/unit/items/S-51/commitments/c-1/fulfilment";
    HttpResponse<String> noEvidence = handler.post(PORTAL + "/unit/items/S-51/commitments/c-1/fulfilment", Map.of(
        "_csrf", Browser.csrf(ledger), "requestKey", requestKeyOf(ledger, fulfilAction), "evidence", ""));
    gateway.answer("POST", "/api/v1/suggestions/S-51/commitments/c-1/fulfilment", 200, replied);
    HttpResponse<String> fulfilled = handler.post(PORTAL + "/unit/items/S-51/commitments/c-1/fulfilment", Map.of(
        "_csrf", Browser.csrf(noEvidence), "requestKey", requestKeyOf(noEvidence, fulfilAction),
        "evidence", "首批 12 个小区改造完成，附验收记录"));

    assertThat(ledger.body()).contains("承诺事项", "年底前完成首批改造", "未兑现", "已兑现", "兑现情况：验收报告")
        .doesNotContain("/commitments/c-2/fulfilment");
    assertThat(noEvidence.body()).contains("请检查“兑现情况及佐证”：must not be blank")
        .containsPattern("id=\"c-1-evidence\"[^>]*aria-invalid=\"true\"");
    GatewayStandIn.Received fulfilment = gateway.received("POST", "/api/v1/suggestions/S-51/commitments/c-1/fulfilment")
        .get(1);
    assertThat(json(fulfilment.body())).isEqualTo(json("""
        {"evidence": "首批 12 个小区改造完成，附验收记录"}"""));
    assertThat(fulfilment.header("Idempotency-Key"))
        .isEqualTo(requestKeyOf(noEvidence, fulfilAction) + ":fulfilment-c-1");
    assertThat(handler.follow(fulfilled, 1).body()).contains("承诺兑现情况已报告。");
  }

  @Test
  void aDeputyMayNotUseTheUnitsPagesNorAUnitTheDeputysPolls() {
    Browser deputy = new Browser();
    signIn(deputy, PORTAL + "/my/items");
    Browser handler = new Browser();
    signIn(handler, PORTAL + "/unit/items", HANDLER);

    assertThat(deputy.get(PORTAL + "/unit/items").statusCode()).isEqualTo(403);
    assertThat(handler.get(PORTAL + "/my/polls").statusCode()).isEqualTo(403);
    assertThat(handler.get(PORTAL + "/livelihood/PG-1/proposals/new").statusCode()).isEqualTo(403);
  }

  // --- the handling report (办理情况报告) and the commitments ledger (答复承诺事项台账)

  private static final String STATISTICS = "/api/v1/suggestions/statistics";

  /** The register's units: the housing bureau and the finance bureau; a unit that has closed is not in it. */
  private static final String REGISTER_UNITS = """
      {"items": [{"unitId": "U-qingshan-housing", "name": "青山县住房和城乡建设局", "kind": "GOVERNMENT_DEPARTMENT",
                  "status": "ACTIVE"},
                 {"unitId": "U-qingshan-finance", "name": "青山县财政局", "kind": "GOVERNMENT_DEPARTMENT",
                  "status": "ACTIVE"}], "total": 2, "page": 0, "size": 500}""";

  /** Totals as the service writes them; %d are items, replied, replied on time, A, B, C, rated, satisfied, overdue. */
  private static final String TOTALS = """
      {"group": "g", "items": %d, "replied": %d, "repliedOnTime": %d, "onTimeRate": %s, "categoryA": %d,
       "categoryB": %d, "categoryC": %d, "resolutionRate": 0.5, "evaluated": %d, "satisfied": %d,
       "basicallySatisfied": 0, "unsatisfied": 0, "satisfactionRate": %s, "coSignerRatings": 0, "coSignerSatisfied": 0,
       "coSignerBasicallySatisfied": 0, "coSignerUnsatisfied": 0, "coSignerSatisfactionRate": 0.0, "commitments": 3,
       "commitmentsFulfilled": 1, "commitmentsFulfilledOnTime": 1, "commitmentsOverdue": 1, "overdueItems": %d}""";

  private static final String REPORT = """
      {"totals": %s, "byState": {"IN_PROGRESS": 3, "REPLIED": 1, "EVALUATED": 2},
       "overdue": [{"suggestionId": "S-41", "number": "2026-041", "title": "关于老旧小区加装电梯的建议",
                    "leadUnitId": "U-qingshan-housing", "replyDueDate": "2026-05-01", "daysOverdue": 12}],
       "byUnit": [{"key": "U-qingshan-housing", "totals": %s}, {"key": "U-qingshan-closed", "totals": %s}],
       "byCategory": [{"key": "HOUSING", "totals": %s}], "byDeputy": [], "byRound": []}""".formatted(
      TOTALS.formatted(6, 4, 3, "0.75", 2, 1, 1, 3, 2, "0.6667", 1),
      TOTALS.formatted(5, 3, 2, "0.6667", 2, 1, 0, 2, 2, "1.0", 1),
      TOTALS.formatted(1, 1, 1, "1.0", 0, 0, 1, 1, 0, "0.0", 0),
      TOTALS.formatted(6, 4, 3, "0.75", 2, 1, 1, 3, 2, "0.6667", 1));

  @Test
  void theOfficeReadsTheHandlingReportsChartsWithUnitsByNameAndDownloadsItsFiles() {
    int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    gateway.answer("GET", STATISTICS, 200, REPORT);
    gateway.answer("GET", "/api/v1/units", 200, REGISTER_UNITS);
    gateway.answerFile("GET", STATISTICS + "/export", "text/csv;charset=UTF-8",
        "attachment; filename=\"suggestions-2026.csv\"", "\uFEFF分组,件数\r\n全部,6\r\n");
    Browser staff = new Browser();

    HttpResponse<String> report = signIn(staff, PORTAL + "/reports/handling", STAFF).page();
    HttpResponse<String> english = staff.get(PORTAL + "/reports/handling?year=2026&lang=en");
    HttpResponse<String> csv = staff.get(PORTAL + "/reports/handling/export?year=2026&format=CSV");

    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(gateway.received("GET", STATISTICS).get(0).query()).as("this year's by default")
        .isEqualTo("year=" + thisYear);
    assertThat(report.body()).contains("年建议办理情况", "按期答复率", "75.0%（3 / 4）", "满意率", "66.7%（2 / 3）",
            "共 3 项，已兑现 1 项，逾期未兑现 1 项",
            // the units by the register's names; a unit no longer in it by its id
            "<th scope=\"row\">青山县住房和城乡建设局</th>", "<th scope=\"row\">U-qingshan-closed</th>",
            // each bar as long as its figure, the figure beside it
            "<rect height=\"10\" width=\"66.7\"></rect>", "<rect height=\"10\" width=\"100.0\"></rect>",
            "A 类", "50.0%", "25.0%", "办理中",
            // the overdue list with the unit's name, the item's page for the office
            "关于老旧小区加装电梯的建议", "12 天", "href=\"/portal/office/items/S-41\"",
            "href=\"/portal/reports/handling/export?year=" + thisYear + "&amp;format=XLSX\"")
        .doesNotContain(">U-qingshan-housing<");
    assertThat(english.body()).contains("Handling of the 2026 suggestions", "Replied on time", "75.0% (3 of 4)",
        "By handling unit", "12 days", "May 1, 2026");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"suggestions-2026.csv\"");
    assertThat(csv.body()).as("the service's file as it came, its BOM kept").isEqualTo("\uFEFF分组,件数\r\n全部,6\r\n");
    GatewayStandIn.Received file = gateway.received("GET", STATISTICS + "/export").get(0);
    assertThat(file.query()).isEqualTo("year=2026&format=CSV");
    assertThat(file.header("Accept")).isEqualTo("text/csv");
    assertThat(file.header("Authorization")).startsWith("Bearer ");

    staff.get(PORTAL + "/reports/handling/export?year=2026&format=XLSX");
    assertThat(gateway.received("GET", STATISTICS + "/export").get(1).header("Accept"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(staff.get(PORTAL + "/reports/handling/export?year=2026&format=PDF").statusCode()).isEqualTo(400);
    assertThat(gateway.received("GET", STATISTICS + "/export")).as("no call for a file it does not write").hasSize(2);
  }

  @Test
  void aYearThePortalCannotReadOrTheServiceRefusesIsSaidUnderTheYearField() {
    gateway.answer("GET", STATISTICS, 422, fieldProblem("a year between 1954 and 2200", "year",
        "a year between 1954 and 2200"));
    Browser leader = new Browser();

    HttpResponse<String> unreadable = signIn(leader, PORTAL + "/reports/handling?year=20x6", LEADER).page();
    assertThat(gateway.received("GET", STATISTICS)).as("nothing asked for a year not read").isEmpty();
    HttpResponse<String> refused = leader.get(PORTAL + "/reports/handling?year=1900");

    assertThat(unreadable.statusCode()).isEqualTo(200);
    assertThat(unreadable.body()).contains("请填写四位数的年份", "aria-invalid=\"true\"", "id=\"year-error\"",
        "value=\"20x6\"").doesNotContain("下载 CSV 文件");
    assertThat(refused.body()).contains("a year between 1954 and 2200", "aria-invalid=\"true\"", "value=\"1900\"");
  }

  private static final String LEDGER = """
      {"items": [{"suggestionId": "S-41", "number": "2026-041", "title": "关于老旧小区加装电梯的建议",
                  "leadUnitId": "U-qingshan-housing", "commitmentId": "C1", "description": "年内完成 12 部电梯加装",
                  "dueDate": "2026-06-30", "status": "OVERDUE", "fulfilledOn": null, "evidence": null},
                 {"suggestionId": "S-42", "number": "2026-042", "title": "关于增设公交站点的建议",
                  "leadUnitId": "U-qingshan-housing", "commitmentId": "C1", "description": "增设两处站点",
                  "dueDate": "2026-09-30", "status": "FULFILLED", "fulfilledOn": "2026-09-01",
                  "evidence": "站点已启用，见照片"}], "total": 2, "page": 0, "size": 20}""";

  @Test
  void theLedgerShowsTheOfficeEveryUnitsCommitmentsAndAUnitItsOwnWithWhatIsOverdueMarked() {
    gateway.answer("GET", STATISTICS + "/commitments", 200, LEDGER);
    gateway.answer("GET", "/api/v1/units", 200, REGISTER_UNITS);
    Browser staff = new Browser();
    Browser handler = new Browser();
    Browser deputy = new Browser();

    HttpResponse<String> office = signIn(staff, PORTAL + "/reports/commitments?status=OVERDUE", STAFF).page();
    HttpResponse<String> unit = signIn(handler, PORTAL + "/reports/commitments", HANDLER).page();
    signIn(deputy, PORTAL + "/my/items");

    assertThat(office.statusCode()).isEqualTo(200);
    assertThat(gateway.received("GET", STATISTICS + "/commitments").get(0).query())
        .isEqualTo("status=OVERDUE&page=0&size=20");
    assertThat(office.body()).contains("答复承诺事项台账", "年内完成 12 部电梯加装", "逾期未兑现", "已逾期",
        "青山县住房和城乡建设局", "href=\"/portal/office/items/S-41\"", "站点已启用，见照片", "2026年9月1日",
        "aria-current=\"page\"");
    assertThat(unit.body()).contains("本单位在答复中承诺解决的事项", "href=\"/portal/unit/items/S-41\"")
        .doesNotContain("青山县住房和城乡建设局");
    assertThat(gateway.received("GET", STATISTICS + "/commitments").get(1).query()).isEqualTo("page=0&size=20");
    assertThat(gateway.received("GET", "/api/v1/units")).as("the unit's own ledger names no unit").hasSize(1);
    assertThat(handler.get(PORTAL + "/reports/handling").statusCode()).isEqualTo(403);
    assertThat(handler.get(PORTAL + "/reports/commitments?status=LOST").statusCode()).isEqualTo(404);
    assertThat(deputy.get(PORTAL + "/reports/commitments").statusCode()).isEqualTo(403);
    assertThat(deputy.get(PORTAL + "/reports/handling/export?year=2026").statusCode()).isEqualTo(403);
    assertThat(gateway.received("GET", STATISTICS)).isEmpty();
  }

  // --- a deputy's own work (我的履职): duty days, the annual report to the voters (年述职)

  private static final String MY_DEPUTY = "/api/v1/deputies/D-qingshan-001";

  private static final String STATIONS = """
      {"items": [{"stationId": "S-home", "kind": "HOME", "name": "城关镇人大代表之家", "address": "人民路 1 号",
                  "deputyIds": ["D-qingshan-001"], "status": "OPEN"},
                 {"stationId": "S-east", "kind": "STATION", "name": "东门社区代表联络站", "address": "东门路 18 号",
                  "deputyIds": ["D-qingshan-004"], "status": "OPEN"},
                 {"stationId": "S-old", "kind": "STATION", "name": "旧联络站", "address": "—",
                  "deputyIds": ["D-qingshan-001"], "status": "CLOSED"}], "total": 3, "page": 0, "size": 500}""";

  private static final String LAST_YEARS_REPORT = """
      {"congressId": "cn-county-qingshan", "deputyId": "D-qingshan-001", "year": %d, "stationId": "S-home",
       "hearingOn": "%d-12-20", "text": "一年来，我参加代表活动十二次。", "state": "RATED", "heldOn": "%d-12-20",
       "attendees": 40, "ratings": {"SATISFIED": 30, "BASICALLY_SATISFIED": 8, "UNSATISFIED": 2}}""";

  @Test
  void aDeputySeesTheirDutyDaysAndReportsAndFilesThisYearsReportEachRefusalByItsField() {
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    gateway.answer("GET", "/api/v1/stations", 200, STATIONS);
    gateway.answer("GET", MY_DEPUTY + "/duty-days", 200, """
        {"items": [{"dayId": "R-1", "stationId": "S-home", "date": "%d-03-15", "startsAt": "09:00", "endsAt": "11:30",
                    "deputyIds": ["D-qingshan-001"], "status": "HELD", "deputiesPresent": ["D-qingshan-001"]},
                   {"dayId": "R-2", "stationId": "S-home", "date": "%d-12-20", "startsAt": "14:00", "endsAt": "16:00",
                    "deputyIds": ["D-qingshan-001"], "status": "SCHEDULED", "deputiesPresent": []}],
         "total": 2, "page": 0, "size": 200}""".formatted(year, year));
    gateway.answer("GET", MY_DEPUTY + "/reports", 200, "{\"items\": [%s], \"total\": 1, \"page\": 0, \"size\": 50}"
        .formatted(LAST_YEARS_REPORT.formatted(year - 1, year - 1, year - 1)));
    gateway.answer("POST", MY_DEPUTY + "/reports", 422, fieldProblem("hearingOn: in the report's year or the next",
        "hearingOn", "述职日期须在报告年度或下一年"));
    Browser deputy = new Browser();

    HttpResponse<String> work = signIn(deputy, PORTAL + "/my/work").page();

    assertThat(work.statusCode()).isEqualTo(200);
    assertThat(work.body()).contains("我的履职", year + " 年值班安排", "城关镇人大代表之家", "09:00–11:30", "已到岗接待",
            "已安排", (year - 1) + " 年度述职", "已测评", "40 名选民出席", "满意 30", "不满意 2",
            "href=\"/portal/deputies/D-qingshan-001\"", year + " 年度述职报告")
        // the stations the deputy is attached to and open: not another's, not a closed one
        .containsPattern("<option value=\"S-home\" selected=\"selected\">")
        .doesNotContain("value=\"S-east\"", "value=\"S-old\"");

    HttpResponse<String> unreadable = deputy.post(PORTAL + "/my/work/report", Map.of("_csrf", Browser.csrf(work),
        "requestKey", requestKey(work), "stationId", "S-home", "hearingOn", "12/20", "text", "一年来……"));
    assertThat(unreadable.body()).contains("id=\"hearingOn-error\"", "value=\"12/20\"", "一年来……");
    assertThat(gateway.received("POST", MY_DEPUTY + "/reports")).as("nothing sent with a day not read").isEmpty();

    HttpResponse<String> refused = deputy.post(PORTAL + "/my/work/report", Map.of("_csrf", Browser.csrf(work),
        "requestKey", requestKey(work), "stationId", "S-home", "hearingOn", (year + 5) + "-01-10", "text",
        "一年来，我参加代表活动十次。"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("述职日期须在报告年度或下一年", "aria-invalid=\"true\"", "一年来，我参加代表活动十次。");
    GatewayStandIn.Received filing = gateway.received("POST", MY_DEPUTY + "/reports").get(0);
    assertThat(filing.body()).contains("\"year\":" + year, "\"stationId\":\"S-home\"",
        "\"hearingOn\":\"" + (year + 5) + "-01-10\"", "\"text\":\"一年来，我参加代表活动十次。\"");
    assertThat(filing.header("Idempotency-Key")).endsWith(":annual-report");

    gateway.answer("POST", MY_DEPUTY + "/reports", 200, LAST_YEARS_REPORT.formatted(year, year, year)
        .replace("\"RATED\"", "\"FILED\""));
    gateway.answer("GET", MY_DEPUTY + "/reports", 200, "{\"items\": [%s], \"total\": 1, \"page\": 0, \"size\": 50}"
        .formatted(LAST_YEARS_REPORT.formatted(year, year, year).replace("\"RATED\"", "\"FILED\"")));
    HttpResponse<String> filed = deputy.follow(deputy.post(PORTAL + "/my/work/report", Map.of("_csrf",
        Browser.csrf(refused), "requestKey", requestKey(refused), "stationId", "S-home", "hearingOn", year + "-12-20",
        "text", "一年来，我参加代表活动十二次。")), 3);
    assertThat(filed.body()).contains("述职报告已提交", "已提交，待述职").doesNotContain("action=\"/portal/my/work/report\"");

    Browser staff = new Browser();
    signIn(staff, PORTAL + "/office/worklists", STAFF);
    assertThat(staff.get(PORTAL + "/my/work").statusCode()).isEqualTo(403);
  }

  // --- the office runs a poll (表决组织)

  private static final String STAFF_POLL = """
      {"id": "P-7", "kind": "MOTION", "title": "关于县城污水处理厂扩建的决定（草案）", "method": "YES_NO_ABSTAIN",
       "items": ["关于县城污水处理厂扩建的决定（草案）"], "rollSize": 2, "secret": false, "inPerson": %s, "isPublic": true,
       "allowRevote": false, "state": "%s", "createdAt": "2026-03-01T01:00:00Z", "present": %s,
       "turnout": {"ballotsCast": 1, "present": 0, "rollSize": 2}}""";

  @Test
  void theOfficeDraftsAPollFromItsFormAndTakesEachStepItsStateOffers() {
    gateway.answer("POST", "/api/v1/polls", 422, """
        {"type": "https://lianxin.io/problems/validation", "title": "请求参数无效 / Invalid request", "status": 422,
         "errors": [{"field": "rollOf.deputyIds[1]", "message": "no serving deputy D-nobody"}]}""");
    Browser staff = new Browser();

    HttpResponse<String> form = signIn(staff, PORTAL + "/office/polls/new", STAFF).page();
    assertThat(form.body()).contains("草拟表决", "表决名单", "指定名单", "监票人");
    List<Map.Entry<String, String>> posted = List.of(Map.entry("_csrf", Browser.csrf(form)),
        Map.entry("requestKey", requestKey(form)), Map.entry("title", "关于县城污水处理厂扩建的决定（草案）"),
        Map.entry("kind", "MOTION"), Map.entry("method", "YES_NO_ABSTAIN"),
        Map.entry("items", "关于县城污水处理厂扩建的决定（草案）\r\n\r\n"), Map.entry("rollKind", "LIST"),
        Map.entry("deputyIds", "D-qingshan-001\r\nD-nobody\r\n"), Map.entry("isPublic", "true"));
    HttpResponse<String> refused = staff.post(PORTAL + "/office/polls", posted);

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).as("the bad id's error under the roll").contains("id=\"roll-error\"", "no serving deputy D-nobody",
        "D-nobody");
    GatewayStandIn.Received draft = gateway.received("POST", "/api/v1/polls").get(0);
    assertThat(draft.body()).contains("\"items\":[\"关于县城污水处理厂扩建的决定（草案）\"]",
        "\"rollOf\":{\"kind\":\"LIST\",\"deputyIds\":[\"D-qingshan-001\",\"D-nobody\"]}", "\"secret\":false",
        "\"inPerson\":false", "\"isPublic\":true").doesNotContain("scrutineers\":[");

    gateway.answer("POST", "/api/v1/polls", 201, STAFF_POLL.formatted("true", "DRAFT", "0"));
    gateway.answer("GET", "/api/v1/polls/P-7", 200, STAFF_POLL.formatted("true", "DRAFT", "0"));
    HttpResponse<String> drafted = staff.follow(staff.post(PORTAL + "/office/polls", List.of(
        Map.entry("_csrf", Browser.csrf(refused)), Map.entry("requestKey", requestKey(refused)),
        Map.entry("title", "关于县城污水处理厂扩建的决定（草案）"), Map.entry("kind", "MOTION"),
        Map.entry("method", "YES_NO_ABSTAIN"), Map.entry("items", "关于县城污水处理厂扩建的决定（草案）"),
        Map.entry("rollKind", "LIST"), Map.entry("deputyIds", "D-qingshan-001\nD-qingshan-002"),
        Map.entry("inPerson", "true"), Map.entry("isPublic", "true"))), 3);
    assertThat(drafted.body()).contains("表决草稿已保存", "尚未开始", "共 2 人", "开始表决", "取消表决")
        .doesNotContain("结束投票", "登记签到");

    gateway.answer("POST", "/api/v1/polls/P-7/opening", 409, """
        {"type": "https://lianxin.io/problems/illegal-transition", "title": "当前状态不允许此操作 / Conflict",
         "status": 409, "detail": "cannot open in state OPEN", "currentState": "OPEN"}""");
    HttpResponse<String> conflict = staff.post(PORTAL + "/office/polls/P-7/opening", Map.of("_csrf",
        Browser.csrf(drafted), "requestKey", requestKeyOf(drafted, "/portal/office/polls/P-7/opening")));
    assertThat(conflict.body()).contains("cannot open in state OPEN");
    assertThat(gateway.received("POST", "/api/v1/polls/P-7/opening").get(0).header("Idempotency-Key"))
        .endsWith(":opening");

    gateway.answer("GET", "/api/v1/polls/P-7", 200, STAFF_POLL.formatted("true", "OPEN", "1"));
    gateway.answer("POST", "/api/v1/polls/P-7/attendance", 200, STAFF_POLL.formatted("true", "OPEN", "2"));
    HttpResponse<String> open = staff.get(PORTAL + "/office/polls/P-7");
    assertThat(open.body()).contains("正在进行", "已签到 1 人", "已投 1 票，应投 2 人", "登记签到", "结束投票")
        .doesNotContain("开始表决");
    HttpResponse<String> signedIn = staff.follow(staff.post(PORTAL + "/office/polls/P-7/attendance", Map.of("_csrf",
        Browser.csrf(open), "requestKey", requestKeyOf(open, "/portal/office/polls/P-7/attendance"),
        "voterIds", "D-qingshan-001\r\n\r\nD-qingshan-002\r\n")), 3);
    assertThat(signedIn.body()).contains("签到已登记。");
    assertThat(gateway.received("POST", "/api/v1/polls/P-7/attendance").get(0).body())
        .isEqualTo("{\"voterIds\":[\"D-qingshan-001\",\"D-qingshan-002\"]}");
    assertThat(staff.post(PORTAL + "/office/polls/P-7/ballots", Map.of("_csrf", Browser.csrf(open))).statusCode())
        .as("no step of the office's but its own").isEqualTo(404);

    Browser deputy = new Browser();
    signIn(deputy, PORTAL + "/my/items");
    assertThat(deputy.get(PORTAL + "/office/polls").statusCode()).isEqualTo(403);
  }

  // --- the body a review opinion was issued to answers its problem list (审议意见整改)

  private static final String OPINION_ID = "5f0c6a7e-3b1d-4c2a-9e8f-000000000001";

  /** A review opinion issued to the housing bureau; %s are its status and its first round's measures. */
  private static final String OPINION = """
      {"opinionId": "%s", "congressId": "cn-county-qingshan", "title": "关于老旧小区改造专项工作报告的审议意见",
       "text": "常委会组成人员审议认为，改造进度不平衡。", "bodyUnitId": "U-qingshan-housing", "bodyName": "青山县住房和城乡建设局",
       "status": "%%s", "outcome": null, "issuedOn": "2026-03-01", "published": false,
       "problems": [{"number": 1, "description": "改造进度不平衡", "measuresDone": 0, "measuresTotal": 1},
                    {"number": 2, "description": "居民参与不足", "measuresDone": 0, "measuresTotal": 1}],
       "progress": {"measuresDone": 0, "measuresTotal": 2},
       "rounds": [{"number": 1, "startedOn": "2026-03-01", "listDueOn": "2026-03-16", "reportDueOn": "2026-06-01",
                   "listSubmittedOn": null, "measures": %%s, "reportedOn": null, "report": null, "vote": null}],
       "reinspections": [], "accountability": null}""".formatted(OPINION_ID);

  private static final String MEASURES = """
      [{"measureId": "M1", "problemNumbers": [1], "action": "制定三年行动计划", "owner": "城建股 张某",
        "dueOn": "2026-06-30", "status": "PLANNED", "evidence": null, "doneOn": null},
       {"measureId": "M2", "problemNumbers": [2], "action": "每个小区召开居民议事会", "owner": "物业科 李某",
        "dueOn": "2026-05-31", "status": "IN_PROGRESS", "evidence": null, "doneOn": null}]""";

  @Test
  void aUnitSubmitsItsRectificationListReportsAMeasuresProgressAndItsReportEachRefusalByItsField() {
    String path = "/api/v1/opinions/" + OPINION_ID;
    gateway.answer("GET", "/api/v1/opinions", 200, """
        {"items": [%s], "page": 0, "size": 20, "total": 1}""".formatted(OPINION.formatted("ISSUED", "[]")));
    gateway.answer("GET", path, 200, OPINION.formatted("ISSUED", "[]"));
    gateway.answer("POST", path + "/rectification-list", 422, """
        {"type": "https://lianxin.io/problems/rule-violation", "title": "违反业务规则 / Rule violation", "status": 422,
         "detail": "这些问题没有整改措施 / problems without a measure: 2",
         "errors": [{"field": "measures", "message": "这些问题没有整改措施 / problems without a measure: 2"}]}""");
    Browser handler = new Browser();

    HttpResponse<String> list = signIn(handler, PORTAL + "/unit/opinions", HANDLER).page();
    HttpResponse<String> english = handler.get(PORTAL + "/unit/opinions?lang=en");
    HttpResponse<String> issued = handler.get(PORTAL + "/unit/opinions/" + OPINION_ID + "?lang=zh-CN");
    HttpResponse<String> notADate = handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/rectification-list",
        List.of(Map.entry("_csrf", Browser.csrf(issued)), Map.entry("requestKey", requestKey(issued)),
            Map.entry("action", "制定三年行动计划"), Map.entry("owner", "城建股 张某"), Map.entry("dueOn", "2026-06-30"),
            Map.entry("action", "每个小区召开居民议事会"), Map.entry("owner", "物业科 李某"), Map.entry("dueOn", "五月底")));
    HttpResponse<String> uncovered = handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/rectification-list",
        List.of(Map.entry("_csrf", Browser.csrf(issued)), Map.entry("requestKey", requestKey(issued)),
            Map.entry("action", "制定三年行动计划"), Map.entry("owner", "城建股 张某"), Map.entry("dueOn", "2026-06-30"),
            Map.entry("action", " "), Map.entry("owner", ""), Map.entry("dueOn", "")));
    gateway.answer("POST", path + "/rectification-list", 200, OPINION.formatted("RECTIFYING", MEASURES));
    HttpResponse<String> submitted = handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/rectification-list",
        List.of(Map.entry("_csrf", Browser.csrf(uncovered)), Map.entry("requestKey", requestKey(uncovered)),
            Map.entry("action", "制定三年行动计划"), Map.entry("owner", "城建股 张某"), Map.entry("dueOn", "2026-06-30"),
            Map.entry("action", "每个小区召开居民议事会"), Map.entry("owner", "物业科 李某"), Map.entry("dueOn", "2026-05-31")));

    assertThat(list.body()).contains("审议意见整改", "共 1 件审议意见交本单位研究处理。", "关于老旧小区改造专项工作报告的审议意见",
        "已交办，待报送整改清单", "2026年3月16日", "0 / 2 项措施已完成", "href=\"/portal/unit/opinions/" + OPINION_ID + "\"");
    assertThat(gateway.received("GET", "/api/v1/opinions").get(0).query()).isEqualTo("page=0&size=20");
    assertThat(english.body()).contains("Review opinions", "1 review opinions issued to this unit.",
        "Issued, rectification list awaited");
    assertThat(issued.body()).contains("问题清单", "改造进度不平衡", "居民参与不足", "问题 1：改造进度不平衡", "问题 2：居民参与不足",
        "报送整改清单").doesNotContain("报告进度", "报送整改情况报告");
    assertThat(notADate.statusCode()).isEqualTo(200);
    assertThat(notADate.body()).contains("请检查“问题 2 整改措施的完成时限”：请填写日期，例如 2026-06-01。", "value=\"五月底\"",
        "每个小区召开居民议事会").containsPattern("id=\"m1-due\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"m1-due-error\"");
    assertThat(uncovered.body()).contains("请检查“整改清单”：这些问题没有整改措施 / problems without a measure: 2",
        "value=\"2026-06-30\"");
    assertThat(requestKey(uncovered)).as("a new request after a refusal").isNotEqualTo(requestKey(issued));
    List<GatewayStandIn.Received> lists = gateway.received("POST", path + "/rectification-list");
    assertThat(lists).as("the date the portal could not read is not sent").hasSize(2);
    assertThat(json(lists.get(0).body())).as("the empty line left out").isEqualTo(json("""
        {"measures": [{"problemNumbers": [1], "action": "制定三年行动计划", "owner": "城建股 张某", "dueOn": "2026-06-30"}]}"""));
    assertThat(json(lists.get(1).body())).isEqualTo(json("""
        {"measures": [{"problemNumbers": [1], "action": "制定三年行动计划", "owner": "城建股 张某", "dueOn": "2026-06-30"},
                      {"problemNumbers": [2], "action": "每个小区召开居民议事会", "owner": "物业科 李某", "dueOn": "2026-05-31"}]}"""));
    assertThat(lists.get(1).header("Idempotency-Key")).isEqualTo(requestKey(uncovered) + ":rectification-list");
    assertThat(claims(lists.get(1).header("Authorization").substring("Bearer ".length())))
        .containsEntry("sub", HANDLER).containsEntry("unit_id", HOUSING);
    assertThat(Browser.location(submitted)).isEqualTo("/portal/unit/opinions/" + OPINION_ID);

    // the list is in: each measure's progress, then the report
    gateway.answer("GET", path, 200, OPINION.formatted("RECTIFYING", MEASURES));
    gateway.answer("POST", path + "/measures/M1/progress", 422,
        fieldProblem("完成整改需提供佐证材料 / a measure done needs its evidence", "evidence",
            "完成整改需提供佐证材料 / a measure done needs its evidence"));
    HttpResponse<String> rectifying = handler.follow(submitted, 1);
    String progressAction = "/portal/unit/opinions/" + OPINION_ID + "/measures/M1/progress";
    HttpResponse<String> noEvidence = handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/measures/M1/progress",
        Map.of("_csrf", Browser.csrf(rectifying), "requestKey", requestKeyOf(rectifying, progressAction),
            "status", "DONE", "evidence", ""));
    gateway.answer("POST", path + "/measures/M1/progress", 200, OPINION.formatted("RECTIFYING", MEASURES));
    HttpResponse<String> done = handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/measures/M1/progress",
        Map.of("_csrf", Browser.csrf(noEvidence), "requestKey", requestKeyOf(noEvidence, progressAction),
            "status", "DONE", "evidence", "县政府常务会议通过的三年行动计划"));
    gateway.answer("POST", path + "/report", 200, OPINION.formatted("REPORTED", MEASURES));
    String reportAction = "/portal/unit/opinions/" + OPINION_ID + "/report";
    HttpResponse<String> reported = handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/report",
        Map.of("_csrf", Browser.csrf(rectifying), "requestKey", requestKeyOf(rectifying, reportAction),
            "report", "  两项措施均已落实。  "));

    assertThat(rectifying.body()).contains("整改清单已报送，请按措施逐项报告整改进度。", "措施 M1（对应问题 1）", "制定三年行动计划",
        "城建股 张某", "2026年6月30日", "未开始", "整改中", "action=\"" + progressAction + "\"", "action=\"" + reportAction + "\"")
        .doesNotContain("问题 1：改造进度不平衡");
    assertThat(noEvidence.statusCode()).isEqualTo(200);
    assertThat(noEvidence.body()).contains("请检查“佐证材料”：完成整改需提供佐证材料 / a measure done needs its evidence")
        .containsPattern("id=\"M1-evidence\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"M1-evidence-error M1-evidence-hint\"")
        .containsPattern("id=\"M2-evidence\"[^>]*aria-invalid=\"false\"");
    assertThat(requestKeyOf(noEvidence, progressAction)).isNotEqualTo(requestKeyOf(rectifying, progressAction));
    List<GatewayStandIn.Received> progress = gateway.received("POST", path + "/measures/M1/progress");
    assertThat(progress).hasSize(2);
    assertThat(json(progress.get(0).body())).isEqualTo(json("""
        {"status": "DONE", "evidence": null}"""));
    assertThat(json(progress.get(1).body())).isEqualTo(json("""
        {"status": "DONE", "evidence": "县政府常务会议通过的三年行动计划"}"""));
    assertThat(progress.get(1).header("Idempotency-Key"))
        .isEqualTo(requestKeyOf(noEvidence, progressAction) + ":progress-M1");
    assertThat(handler.follow(done, 1).body()).contains("整改进度已报告。");
    GatewayStandIn.Received report = gateway.received("POST", path + "/report").get(0);
    assertThat(json(report.body())).isEqualTo(json("""
        {"report": "两项措施均已落实。"}"""));
    assertThat(report.header("Idempotency-Key")).isEqualTo(requestKeyOf(rectifying, reportAction) + ":report");
    assertThat(handler.follow(reported, 1).body()).contains("整改情况报告已报送主任会议。");

    Browser deputy = new Browser();
    signIn(deputy, PORTAL + "/my/items");
    assertThat(deputy.get(PORTAL + "/unit/opinions").statusCode()).isEqualTo(403);
    assertThat(deputy.get(PORTAL + "/unit/opinions/" + OPINION_ID).statusCode()).isEqualTo(403);
  }

  @Test
  void aOneProblemListKeepsItsMeasureWholeCommasAndAll() {
    String path = "/api/v1/opinions/" + OPINION_ID;
    String oneProblem = OPINION.formatted("ISSUED", "[]").replaceAll(",\\s*\\{\"number\": 2[^}]*}", "");
    assertThat(oneProblem).doesNotContain("居民参与不足");
    gateway.answer("GET", path, 200, oneProblem);
    gateway.answer("POST", path + "/rectification-list", 200, OPINION.formatted("RECTIFYING", MEASURES));
    Browser handler = new Browser();
    HttpResponse<String> issued = signIn(handler, PORTAL + "/unit/opinions/" + OPINION_ID, HANDLER).page();

    handler.post(PORTAL + "/unit/opinions/" + OPINION_ID + "/rectification-list", Map.of("_csrf", Browser.csrf(issued),
        "requestKey", requestKey(issued), "action", "制定计划, 落实资金, 按月通报", "owner", "城建股, 财务股",
        "dueOn", "2099-06-30"));

    assertThat(json(gateway.received("POST", path + "/rectification-list").get(0).body())).isEqualTo(json("""
        {"measures": [{"problemNumbers": [1], "action": "制定计划, 落实资金, 按月通报", "owner": "城建股, 财务股",
                       "dueOn": "2099-06-30"}]}"""));
  }

  @Test
  void aRefusalWhoseFormIsGoneBecauseTheItemMovedOnIsShownAtTheTopOfThePage() {
    gateway.answer("GET", "/api/v1/suggestions/S-31", 200, SUBMITTED_ITEM);
    Browser staff = new Browser();
    HttpResponse<String> item = signIn(staff, PORTAL + "/office/items/S-31", STAFF).page();
    // a colleague registers it meanwhile: the service refuses the second decision, and the page read again offers none
    gateway.answer("GET", "/api/v1/suggestions/S-31", 200, SUBMITTED_ITEM.replace("SUBMITTED", "REGISTERED"));
    gateway.answer("POST", "/api/v1/suggestions/S-31/return", 409, """
        {"type": "https://lianxin.io/problems/illegal-transition", "title": "状态不允许 / Illegal transition",
         "status": 409, "detail": "cannot return in state REGISTERED", "currentState": "REGISTERED"}""");

    HttpResponse<String> refused = staff.post(PORTAL + "/office/items/S-31/return", Map.of("_csrf", Browser.csrf(item),
        "requestKey", requestKey(item), "reason", "请补充数据"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("role=\"alert\"", "cannot return in state REGISTERED", "已立案")
        .doesNotContain("action=\"/portal/office/items/S-31/return\"");
  }

  @Test
  void anyoneReadsThePublishedReviewOpinionsWithEachRoundsMeasuresReportAndVote() {
    String published = OPINION.formatted("CLOSED", MEASURES.replace("\"PLANNED\", \"evidence\": null",
        "\"DONE\", \"evidence\": \"三年行动计划文件\""))
        .replace("\"outcome\": null", "\"outcome\": \"SATISFIED\"").replace("\"published\": false", "\"published\": true")
        .replace("\"listSubmittedOn\": null", "\"listSubmittedOn\": \"2026-03-12\"")
        .replace("\"progress\": {\"measuresDone\": 0", "\"progress\": {\"measuresDone\": 1")
        .replace("\"reportedOn\": null, \"report\": null, \"vote\": null",
            "\"reportedOn\": \"2026-05-20\", \"report\": \"两项措施已落实。\", \"vote\": {\"pollId\": \"P-1\", \"favourable\": 23, \"base\": 27}");
    String publicPath = "/api/v1/public/cn-county-qingshan/opinions";
    gateway.answer("GET", publicPath, 200, """
        {"items": [%s], "page": 0, "size": 20, "total": 21}""".formatted(published));
    gateway.answer("GET", publicPath + "/" + OPINION_ID, 200, published);
    Browser anyone = new Browser();

    HttpResponse<String> list = anyone.get(PORTAL + "/review-opinions");
    HttpResponse<String> second = anyone.get(PORTAL + "/review-opinions?page=1");
    HttpResponse<String> opinion = anyone.get(PORTAL + "/review-opinions/" + OPINION_ID);
    HttpResponse<String> english = anyone.get(PORTAL + "/review-opinions/" + OPINION_ID + "?lang=en");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("审议意见公开", "常委会公开的审议意见共 21 件。", "青山县住房和城乡建设局",
        "已办结（测评满意）", "1 / 2 项措施已完成", "href=\"/portal/review-opinions/" + OPINION_ID + "\"",
        "href=\"/portal/review-opinions?page=1\"");
    List<GatewayStandIn.Received> reads = gateway.received("GET", publicPath);
    assertThat(reads.get(0).query()).isEqualTo("page=0&size=20");
    assertThat(reads.get(1).query()).isEqualTo("page=1&size=20");
    assertThat(reads.get(0).header("Authorization")).as("a public read carries no token").isNull();
    assertThat(opinion.statusCode()).isEqualTo(200);
    assertThat(opinion.body()).contains("问题清单", "改造进度不平衡", "第 1 轮", "整改清单报送于 2026年3月12日",
        "措施 M1（对应问题 1）", "已完成", "三年行动计划文件", "整改中", "两项措施已落实。", "报告于 2026年5月20日",
        "满意度测评：满意和基本满意 23 票，有效票 27 票。").doesNotContain("<form action=\"/portal/unit");
    assertThat(english.body()).contains("Closed (found satisfactory)", "Problem list", "Round 1",
        "Satisfaction vote: 23 satisfied or basically satisfied of 27 valid votes.");
    assertThat(second.statusCode()).isEqualTo(200);
  }

  @Test
  void theOfficeIssuesAnOpinionWithItsProblemListSendsAListBackAndPublishes() {
    String path = "/api/v1/opinions/" + OPINION_ID;
    gateway.answer("GET", "/api/v1/units", 200, UNITS);
    gateway.answer("POST", "/api/v1/opinions", 422, """
        {"type": "https://lianxin.io/problems/validation", "title": "请求参数无效 / Invalid request", "status": 422,
         "detail": "2 field(s) invalid: title, problems[1]",
         "errors": [{"field": "title", "message": "must not be blank"},
                    {"field": "problems[1]", "message": "size must be between 0 and 1000"}]}""");
    Browser staff = new Browser();

    HttpResponse<String> form = signIn(staff, PORTAL + "/office/opinions/new", STAFF).page();
    HttpResponse<String> refused = staff.post(PORTAL + "/office/opinions", Map.of("_csrf", Browser.csrf(form),
        "requestKey", requestKey(form), "title", " ", "text", "常委会组成人员审议认为……", "bodyUnitId", "U-edu",
        "problems", "改造进度不平衡\r\n\r\n  居民参与不足  \r\n"));
    gateway.answer("POST", "/api/v1/opinions", 201, OPINION.formatted("ISSUED", "[]"));
    HttpResponse<String> issued = staff.post(PORTAL + "/office/opinions", Map.of("_csrf", Browser.csrf(refused),
        "requestKey", requestKey(refused), "title", "关于老旧小区改造专项工作报告的审议意见", "text", "常委会组成人员审议认为……",
        "bodyUnitId", "U-edu", "problems", "改造进度不平衡\n居民参与不足"));

    assertThat(form.body()).contains("交办审议意见", "<option value=\"U-edu\">县教育局</option>", "每行写一个问题");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("请检查“审议意见”：must not be blank",
        "请检查“问题清单”：size must be between 0 and 1000", "<option value=\"U-edu\" selected=\"selected\">县教育局</option>")
        .containsPattern("id=\"problems\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"problems-error problems-hint\"");
    List<GatewayStandIn.Received> issues = gateway.received("POST", "/api/v1/opinions");
    assertThat(json(issues.get(0).body())).as("one problem per line, the empty lines left out").isEqualTo(json("""
        {"title": null, "text": "常委会组成人员审议认为……", "bodyUnitId": "U-edu", "problems": ["改造进度不平衡", "居民参与不足"]}"""));
    assertThat(issues.get(1).header("Idempotency-Key")).isEqualTo(requestKey(refused) + ":issue");
    assertThat(Browser.location(issued)).isEqualTo("/portal/office/opinions/" + OPINION_ID);

    // the unit's list is in: the office sends it back, then publishes the opinion
    gateway.answer("GET", path, 200, OPINION.formatted("RECTIFYING", MEASURES));
    gateway.answer("POST", path + "/rectification-list/rejection", 422,
        fieldProblem("1 field(s) invalid: reason", "reason", "must not be blank"));
    HttpResponse<String> rectifying = staff.follow(issued, 1);
    String rejectAction = "/portal/office/opinions/" + OPINION_ID + "/rectification-list/rejection";
    HttpResponse<String> noReason = staff.post(PORTAL + "/office/opinions/" + OPINION_ID
        + "/rectification-list/rejection", Map.of("_csrf", Browser.csrf(rectifying), "requestKey",
        requestKeyOf(rectifying, rejectAction), "reason", ""));
    gateway.answer("POST", path + "/rectification-list/rejection", 200, OPINION.formatted("ISSUED", "[]"));
    HttpResponse<String> rejected = staff.post(PORTAL + "/office/opinions/" + OPINION_ID
        + "/rectification-list/rejection", Map.of("_csrf", Browser.csrf(noReason), "requestKey",
        requestKeyOf(noReason, rejectAction), "reason", "措施未明确完成时限"));
    gateway.answer("POST", path + "/publication", 200, OPINION.formatted("RECTIFYING", MEASURES)
        .replace("\"published\": false", "\"published\": true"));
    String publishAction = "/portal/office/opinions/" + OPINION_ID + "/publication";
    HttpResponse<String> published = staff.post(PORTAL + "/office/opinions/" + OPINION_ID + "/publication",
        Map.of("_csrf", Browser.csrf(rectifying), "requestKey", requestKeyOf(rectifying, publishAction)));

    assertThat(rectifying.body()).contains("审议意见已交办，整改清单在 15 日内报送。", "整改中", "未公开", "措施 M1（对应问题 1）",
        "退回整改清单", "公开审议意见");
    assertThat(noReason.body()).contains("请检查“退回理由”：must not be blank")
        .containsPattern("id=\"reason\"[^>]*aria-invalid=\"true\"");
    assertThat(json(gateway.received("POST", path + "/rectification-list/rejection").get(1).body()))
        .isEqualTo(json("""
            {"reason": "措施未明确完成时限"}"""));
    assertThat(staff.follow(rejected, 1).body()).contains("整改清单已退回，等待承办单位重新报送。");
    GatewayStandIn.Received publication = gateway.received("POST", path + "/publication").get(0);
    assertThat(publication.header("Idempotency-Key")).isEqualTo(requestKeyOf(rectifying, publishAction) + ":publication");
    assertThat(claims(publication.header("Authorization").substring("Bearer ".length()))).containsEntry("sub", STAFF);
    assertThat(staff.follow(published, 1).body()).contains("审议意见已公开。");

    gateway.answer("GET", "/api/v1/opinions", 200, """
        {"items": [%s], "page": 0, "size": 20, "total": 1}""".formatted(OPINION.formatted("REPORTED", MEASURES)));
    assertThat(staff.get(PORTAL + "/office/opinions").body()).contains("审议意见交办", "共 1 件审议意见。", "已报告整改情况",
        "未公开", "href=\"/portal/office/opinions/new\"");
    Browser handler = new Browser();
    signIn(handler, PORTAL + "/unit/opinions", HANDLER);
    assertThat(handler.get(PORTAL + "/office/opinions").statusCode()).isEqualTo(403);
    assertThat(handler.get(PORTAL + "/office/opinions/new").statusCode()).isEqualTo(403);
  }

  // --- a deputy rates a reply (征询意见表)

  private static final String REPLIED_ITEM = """
      {"id": "S-51", "number": "2026-051", "kind": "SUGGESTION", "state": "REPLIED", "title": "关于推进保障性住房建设的建议",
       "body": "新就业群体租房压力大。", "category": "HOUSING", "proposerDeputyId": "D-qingshan-001", "round": 1,
       "coSigners": [], "contacts": [], "evaluationDueDate": "2099-01-31", "evaluations": %s,
       "replies": [{"round": 1, "unitId": "U-qingshan-housing", "category": "B", "text": "已列入年度计划，分批实施。",
                    "commitments": [{"id": "c-1", "description": "年底前完成首批改造", "dueDate": "2026-12-31",
                                     "status": "OPEN"}],
                    "signedBy": "head1@qingshan", "signedOn": "2026-03-10", "dueDate": "2026-04-01"}],
       "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2026-04-01"}}""";

  @Test
  void aDeputyRatesTheReplyOnTheFeedbackFormAndARefusalIsShownByItsField() {
    gateway.answer("GET", "/api/v1/suggestions/S-51", 200, REPLIED_ITEM.formatted("[]"));
    gateway.answer("GET", "/api/v1/suggestions/S-51/history", 200, EMPTY_HISTORY);
    gateway.answer("POST", "/api/v1/suggestions/S-51/evaluations", 422,
        fieldProblem("1 field(s) invalid: rating", "rating", "must not be null"));
    Browser browser = new Browser();
    HttpResponse<String> item = signIn(browser, PORTAL + "/my/items/S-51").page();

    HttpResponse<String> noRating = browser.post(PORTAL + "/my/items/S-51/evaluation", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item), "comment", "进度偏慢"));
    gateway.answer("POST", "/api/v1/suggestions/S-51/evaluations", 200, REPLIED_ITEM.formatted("[]"));
    HttpResponse<String> rated = browser.post(PORTAL + "/my/items/S-51/evaluation", Map.of("_csrf",
        Browser.csrf(noRating), "requestKey", requestKey(noRating), "rating", "UNSATISFIED", "comment", "进度偏慢"));
    gateway.answer("GET", "/api/v1/suggestions/S-51", 200, REPLIED_ITEM.formatted("""
        [{"deputyId": "D-qingshan-001", "round": 1, "rating": "UNSATISFIED", "comment": "进度偏慢",
          "at": "2026-03-12T01:00:00Z"}]"""));
    HttpResponse<String> after = browser.follow(rated, 1);

    assertThat(item.body()).contains("第 1 轮答复（B 类）", "已列入年度计划，分批实施。", "征询意见表",
        "请于 2099年1月31日 前评价。", "name=\"rating\" value=\"SATISFIED\"", "基本满意", "不满意");
    assertThat(noRating.statusCode()).isEqualTo(200);
    assertThat(noRating.body()).contains("请检查“您对答复的意见”：must not be null", ">进度偏慢</textarea>")
        .contains("aria-describedby=\"rating-error\"");
    assertThat(Browser.location(rated)).isEqualTo("/portal/my/items/S-51");
    List<GatewayStandIn.Received> ratings = gateway.received("POST", "/api/v1/suggestions/S-51/evaluations");
    assertThat(json(ratings.get(0).body())).isEqualTo(json("{\"rating\": null, \"comment\": \"进度偏慢\"}"));
    assertThat(json(ratings.get(1).body())).isEqualTo(json("{\"rating\": \"UNSATISFIED\", \"comment\": \"进度偏慢\"}"));
    assertThat(ratings.get(1).header("Idempotency-Key")).isEqualTo(requestKey(noRating) + ":evaluation");
    assertThat(after.body()).contains("评价已提交，谢谢。", "您对本轮答复的评价：不满意。")
        .doesNotContain("征询意见表");
  }

  // --- a deputy co-signs, withdraws, answers the unit's contacts (联名确认、撤回、三访确认)

  private static final String EMPTY_HISTORY = "{\"items\": [], \"total\": 0, \"page\": 0, \"size\": 200}";

  @Test
  void aCoSignerConfirmsTheDraftTheyWereAskedToSign() {
    gateway.answer("GET", "/api/v1/suggestions/S-61", 200, """
        {"id": "S-61", "kind": "SUGGESTION", "state": "DRAFT", "title": "关于增设社区卫生服务站的建议",
         "body": "新建小区缺少卫生服务站。", "category": "HEALTHCARE", "proposerDeputyId": "D-qingshan-002", "round": 1,
         "coSigners": [{"deputyId": "D-qingshan-001", "confirmedAt": null},
                       {"deputyId": "D-qingshan-003", "confirmedAt": "2026-03-01T02:00:00Z"}]}""");
    gateway.answer("GET", "/api/v1/suggestions/S-61/history", 200, EMPTY_HISTORY);
    gateway.answer("POST", "/api/v1/suggestions/S-61/co-signature", 200, """
        {"id": "S-61", "kind": "SUGGESTION", "state": "DRAFT", "title": "关于增设社区卫生服务站的建议"}""");
    Browser browser = new Browser();
    HttpResponse<String> item = signIn(browser, PORTAL + "/my/items/S-61").page();
    HttpResponse<String> confirmed = browser.post(PORTAL + "/my/items/S-61/co-signature", Map.of("_csrf",
        Browser.csrf(item), "requestKey", requestKey(item)));

    assertThat(item.body()).contains("联名代表", "D-qingshan-001", "尚未确认", "已确认联名",
        "action=\"/portal/my/items/S-61/co-signature\"", "确认联名")
        .as("not the proposer: no withdrawal").doesNotContain("action=\"/portal/my/items/S-61/withdrawal\"");
    assertThat(Browser.location(confirmed)).isEqualTo("/portal/my/items/S-61");
    assertThat(browser.follow(confirmed, 1).body()).contains("已确认联名。");
    List<GatewayStandIn.Received> sent = gateway.received("POST", "/api/v1/suggestions/S-61/co-signature");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).header("Idempotency-Key")).isEqualTo(requestKey(item) + ":co-signature");
  }

  @Test
  void theProposerWithdrawsWithAReasonAndAnswersTheUnitsContactsEachRefusalByItsField() {
    gateway.answer("GET", "/api/v1/suggestions/S-62", 200, """
        {"id": "S-62", "number": "2026-062", "kind": "SUGGESTION", "state": "SUBMITTED", "title": "关于规范校外培训的建议",
         "body": "校外培训收费不规范。", "category": "EDUCATION", "proposerDeputyId": "D-qingshan-001", "round": 1}""");
    gateway.answer("GET", "/api/v1/suggestions/S-62/history", 200, EMPTY_HISTORY);
    gateway.answer("POST", "/api/v1/suggestions/S-62/withdrawal", 422,
        fieldProblem("1 field(s) invalid: reason", "reason", "must not be blank"));
    gateway.answer("GET", "/api/v1/suggestions/S-63", 200, """
        {"id": "S-63", "number": "2026-063", "kind": "SUGGESTION", "state": "IN_PROGRESS", "title": "关于加快农村危房改造的建议",
         "body": "部分农户住房存在安全隐患。", "category": "AGRICULTURE_RURAL", "proposerDeputyId": "D-qingshan-001",
         "round": 1, "assignment": {"leadUnitId": "U-qingshan-housing", "coUnitIds": [], "replyDueDate": "2099-06-01"},
         "contacts": [{"number": 1, "phase": "BEFORE", "date": "2026-02-03", "mode": "VISIT", "notes": "办前走访",
                       "deputyAnswer": {"response": "CONFIRMED", "reason": null}},
                      {"number": 2, "phase": "DURING", "date": "2026-03-03", "mode": "PHONE", "notes": "电话沟通进度",
                       "deputyAnswer": null}]}""");
    gateway.answer("GET", "/api/v1/suggestions/S-63/history", 200, EMPTY_HISTORY);
    gateway.answer("POST", "/api/v1/suggestions/S-63/contacts/2/response", 422,
        fieldProblem("a dispute needs its reason", "reason", "a dispute needs its reason"));
    Browser browser = new Browser();

    HttpResponse<String> submitted = signIn(browser, PORTAL + "/my/items/S-62").page();
    HttpResponse<String> noReason = browser.post(PORTAL + "/my/items/S-62/withdrawal", Map.of("_csrf",
        Browser.csrf(submitted), "requestKey", requestKey(submitted), "reason", " "));
    gateway.answer("POST", "/api/v1/suggestions/S-62/withdrawal", 200, """
        {"id": "S-62", "kind": "SUGGESTION", "state": "WITHDRAWN", "title": "关于规范校外培训的建议"}""");
    HttpResponse<String> withdrawn = browser.post(PORTAL + "/my/items/S-62/withdrawal", Map.of("_csrf",
        Browser.csrf(noReason), "requestKey", requestKey(noReason), "reason", " 已与教育局当面沟通解决 "));
    HttpResponse<String> handling = browser.get(PORTAL + "/my/items/S-63");
    HttpResponse<String> disputeWithoutReason = browser.post(PORTAL + "/my/items/S-63/contacts/2/response",
        Map.of("_csrf", Browser.csrf(handling), "requestKey", requestKey(handling), "response", "DISPUTED"));
    gateway.answer("POST", "/api/v1/suggestions/S-63/contacts/2/response", 200, """
        {"id": "S-63", "kind": "SUGGESTION", "state": "IN_PROGRESS", "title": "关于加快农村危房改造的建议"}""");
    HttpResponse<String> disputed = browser.post(PORTAL + "/my/items/S-63/contacts/2/response", Map.of("_csrf",
        Browser.csrf(disputeWithoutReason), "requestKey", requestKey(disputeWithoutReason), "response", "DISPUTED",
        "reason", "没有接到过电话"));

    assertThat(submitted.body()).contains("撤回理由", "action=\"/portal/my/items/S-62/withdrawal\"");
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("请检查“撤回理由”：must not be blank")
        .containsPattern("id=\"withdraw-reason\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"withdraw-reason-error\"");
    assertThat(requestKey(noReason)).as("a new request after a refusal").isNotEqualTo(requestKey(submitted));
    assertThat(Browser.location(withdrawn)).isEqualTo("/portal/my/items/S-62");
    List<GatewayStandIn.Received> withdrawals = gateway.received("POST", "/api/v1/suggestions/S-62/withdrawal");
    assertThat(json(withdrawals.get(1).body())).isEqualTo(json("{\"reason\": \"已与教育局当面沟通解决\"}"));
    assertThat(withdrawals.get(1).header("Idempotency-Key")).isEqualTo(requestKey(noReason) + ":withdrawal");

    assertThat(handling.body()).contains("与代表的联系（三访）", "办前走访", "代表已确认", "电话沟通进度",
        "action=\"/portal/my/items/S-63/contacts/2/response\"")
        .as("an answered contact has no form").doesNotContain("action=\"/portal/my/items/S-63/contacts/1/response\"")
        .as("assigned: no longer withdrawn").doesNotContain("action=\"/portal/my/items/S-63/withdrawal\"");
    assertThat(disputeWithoutReason.body()).contains("请检查“理由（有异议时必填）”：a dispute needs its reason")
        .containsPattern("value=\"DISPUTED\" checked=\"checked\"")
        .containsPattern("id=\"reason-2\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"reason-2-error\"");
    assertThat(Browser.location(disputed)).isEqualTo("/portal/my/items/S-63");
    List<GatewayStandIn.Received> answers = gateway.received("POST", "/api/v1/suggestions/S-63/contacts/2/response");
    assertThat(json(answers.get(0).body())).isEqualTo(json("{\"response\": \"DISPUTED\", \"reason\": null}"));
    assertThat(json(answers.get(1).body())).isEqualTo(json("{\"response\": \"DISPUTED\", \"reason\": \"没有接到过电话\"}"));
    assertThat(answers.get(1).header("Idempotency-Key")).isEqualTo(requestKey(disputeWithoutReason) + ":contact-2");
  }

  // --- a deputy votes (表决)

  private static final String OPEN_POLL = """
      {"id": "P-8", "kind": "APPOINTMENT", "title": "关于任命县住建局局长的表决", "method": "YES_NO_ABSTAIN",
       "items": ["任命甲", "任命乙"], "rollSize": 12, "secret": %s, "inPerson": false, "isPublic": false,
       "allowRevote": false, "state": "%s", "closesAt": "2099-03-05T09:30:00Z"}""";

  @Test
  void aDeputyVotesOnAClearBallotIsGivenTheReceiptAndFindsTheBallotByItOnceTheResultIsPublished() {
    String receipt = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
    gateway.answer("GET", "/api/v1/polls", 200, "{\"items\": [" + OPEN_POLL.formatted("true", "OPEN")
        + "], \"total\": 1, \"page\": 0, \"size\": 20}");
    gateway.answer("GET", "/api/v1/polls/P-8", 200, OPEN_POLL.formatted("true", "OPEN"));
    gateway.answer("POST", "/api/v1/polls/P-8/ballots", 201, "{\"receipt\": \"" + receipt + "\"}");
    Browser browser = new Browser();

    HttpResponse<String> polls = signIn(browser, PORTAL + "/my/polls").page();
    HttpResponse<String> ballot = browser.get(PORTAL + "/my/polls/P-8");
    HttpResponse<String> cast = browser.post(PORTAL + "/my/polls/P-8/ballot", Map.of("_csrf", Browser.csrf(ballot),
        "a0", "YES", "a1", "ABSTAIN"));
    gateway.answer("POST", "/api/v1/polls/P-8/ballots", 409, """
        {"type": "https://lianxin.io/problems/illegal-state", "title": "状态不允许 / Illegal state", "status": 409,
         "detail": "cannot vote twice in state ALREADY_VOTED", "currentState": "ALREADY_VOTED"}""");
    HttpResponse<String> again = browser.post(PORTAL + "/my/polls/P-8/ballot", Map.of("_csrf", Browser.csrf(ballot),
        "a0", "NO", "a1", "ABSTAIN"));
    HttpResponse<String> form = browser.get(PORTAL + "/my/polls/P-8/receipt");
    HttpResponse<String> tooSoon = browser.post(PORTAL + "/my/polls/P-8/receipt", Map.of("_csrf", Browser.csrf(form),
        "code", receipt));
    gateway.answer("GET", "/api/v1/polls/P-8", 200, OPEN_POLL.formatted("true", "PUBLISHED"));
    gateway.answer("POST", "/api/v1/polls/P-8/receipt-lookup", 200,
        "{\"receipt\": \"" + receipt + "\", \"encrypted\": \"{…}\"}");
    HttpResponse<String> found = browser.post(PORTAL + "/my/polls/P-8/receipt", Map.of("_csrf", Browser.csrf(form),
        "code", receipt.toUpperCase()));

    assertThat(polls.body()).contains("我的表决", "关于任命县住建局局长的表决", "href=\"/portal/my/polls/P-8\"",
        "无记名投票");
    assertThat(gateway.received("GET", "/api/v1/polls").get(0).query()).as("the polls the deputy is on the roll of")
        .contains("state=OPEN", "onMyRoll=true");
    assertThat(ballot.body()).contains("<legend>任命甲</legend>", "name=\"a0\" value=\"YES\"", "name=\"a1\" value=\"ABSTAIN\"",
        "由表决服务在收到时用本次表决的公钥加密", "在浏览器中加密选票的方式尚未提供");
    assertThat(cast.statusCode()).isEqualTo(200);
    assertThat(cast.body()).contains("您已投票", receipt, "href=\"/portal/my/polls/P-8/receipt\"")
        .as("the receipt in no address").doesNotContain("?code=");
    assertThat(form.body()).contains("method=\"post\"").doesNotContain("aria-invalid=\"true\"");
    List<GatewayStandIn.Received> ballots = gateway.received("POST", "/api/v1/polls/P-8/ballots");
    assertThat(json(ballots.get(0).body())).isEqualTo(json("{\"answers\": {\"任命甲\": \"YES\", \"任命乙\": \"ABSTAIN\"}}"));
    assertThat(claims(ballots.get(0).header("Authorization").substring("Bearer ".length())))
        .containsEntry("deputy_id", "D-qingshan-001");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("当前状态下不能执行此操作", "cannot vote twice in state ALREADY_VOTED")
        .contains("name=\"a0\" value=\"NO\" checked=\"checked\"");
    assertThat(tooSoon.body()).contains("结果公布后才能查找选票", "aria-invalid=\"true\"");
    assertThat(found.body()).contains("回执码 " + receipt + " 对应的选票在票箱中。", "这是一张加密选票");
    List<GatewayStandIn.Received> lookups = gateway.received("POST", "/api/v1/polls/P-8/receipt-lookup");
    assertThat(lookups).as("only once published").hasSize(1);
    assertThat(lookups.get(0).header("Authorization")).startsWith("Bearer ");
    assertThat(json(lookups.get(0).body())).isEqualTo(json("{\"receipt\": \"" + receipt + "\"}"));
  }

  // --- residents and livelihood projects (民生实事)

  private static final String PROGRAMME = """
      {"id": "PG-1", "congressId": "cn-county-qingshan", "year": 2027, "title": "青山县2027年民生实事项目", "seats": 3,
       "phase": "COLLECTING", "collectingUntil": "2099-01-01T00:00:00Z", "candidates": [], "selected": []}""";

  private static final String PROPOSALS = """
      {"items": [
        {"id": "PR-1", "programmeId": "PG-1", "title": "老旧小区加装电梯", "description": "城关镇幸福小区等 12 个小区老人上下楼难。",
         "place": "城关镇", "source": "DIRECT", "proposedAt": "2026-11-01T02:00:00Z", "supports": 3},
        {"id": "PR-2", "programmeId": "PG-1", "title": "背街小巷路灯补缺", "description": "夜间出行不便。",
         "place": "老城区", "source": "DIRECT", "proposedAt": "2026-11-02T02:00:00Z", "supports": 0}],
       "total": 2, "page": 0, "size": 20}""";

  @Test
  void anyoneReadsTheProposalsAndAResidentSignedInProposesAProjectAndSupportsOne() {
    gateway.answer("GET", "/api/v1/public/programmes/PG-1", 200, PROGRAMME);
    gateway.answer("GET", "/api/v1/public/programmes/PG-1/proposals", 200, PROPOSALS);
    gateway.answer("GET", "/api/v1/programmes", 200, "{\"items\": [" + PROGRAMME + "], \"total\": 1, \"page\": 0, \"size\": 20}");
    gateway.answer("POST", "/api/v1/programmes/PG-1/proposals", 422, """
        {"type": "https://lianxin.io/problems/rule-violation", "title": "违反业务规则 / Rule violation", "status": 422,
         "detail": "a title of 1 to 200 characters", "errors": [{"field": "title", "message": "a title of 1 to 200 characters"}]}""");
    gateway.answer("POST", "/api/v1/proposals/PR-1/supports", 201, "{\"supports\": 4}");
    Browser browser = new Browser();

    HttpResponse<String> anonymous = browser.get(PORTAL + "/livelihood/PG-1");
    HttpResponse<String> form = signIn(browser, PORTAL + "/livelihood/PG-1/proposals/new", RESIDENT).page();
    HttpResponse<String> noTitle = browser.post(PORTAL + "/livelihood/PG-1/proposals", Map.of("_csrf",
        Browser.csrf(form), "requestKey", requestKey(form), "title", "", "description", "社区需要日间照料和助餐。",
        "place", "西街社区", "estimatedBenefit", ""));
    gateway.answer("POST", "/api/v1/programmes/PG-1/proposals", 201, """
        {"id": "PR-3", "programmeId": "PG-1", "title": "社区嵌入式养老服务站", "supports": 0}""");
    HttpResponse<String> proposed = browser.post(PORTAL + "/livelihood/PG-1/proposals", Map.of("_csrf",
        Browser.csrf(noTitle), "requestKey", requestKey(noTitle), "title", "社区嵌入式养老服务站",
        "description", "社区需要日间照料和助餐。", "place", "西街社区", "estimatedBenefit", ""));
    HttpResponse<String> signedIn = browser.follow(proposed, 1);
    HttpResponse<String> supported = browser.follow(browser.post(PORTAL + "/livelihood/PG-1/proposals/PR-1/support",
        Map.of("_csrf", Browser.csrf(signedIn))), 1);
    gateway.answer("POST", "/api/v1/proposals/PR-1/supports", 409, """
        {"type": "https://lianxin.io/problems/illegal-state", "title": "状态不允许 / Illegal state", "status": 409,
         "detail": "cannot support twice in state ALREADY_SUPPORTED", "currentState": "ALREADY_SUPPORTED"}""");
    HttpResponse<String> twice = browser.follow(browser.post(PORTAL + "/livelihood/PG-1/proposals/PR-1/support",
        Map.of("_csrf", Browser.csrf(signedIn))), 1);
    HttpResponse<String> list = browser.get(PORTAL + "/livelihood");

    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("青山县2027年民生实事项目", "征集中", "老旧小区加装电梯", "城关镇", "<td>3</td>",
        "href=\"/portal/livelihood/PG-1/sign-in\"").doesNotContain("/support\"");
    assertThat(gateway.received("GET", "/api/v1/public/programmes/PG-1/proposals").get(0).header("Authorization"))
        .isNull();
    assertThat(form.body()).contains("提出项目建议", "name=\"title\"", "name=\"description\"");
    assertThat(noTitle.statusCode()).isEqualTo(200);
    assertThat(noTitle.body()).contains("请检查“项目名称”：a title of 1 to 200 characters", ">社区需要日间照料和助餐。</textarea>",
        "value=\"西街社区\"").containsPattern("id=\"title\"[^>]*aria-invalid=\"true\"");
    List<GatewayStandIn.Received> proposals = gateway.received("POST", "/api/v1/programmes/PG-1/proposals");
    assertThat(json(proposals.get(1).body())).isEqualTo(json("""
        {"title": "社区嵌入式养老服务站", "description": "社区需要日间照料和助餐。", "place": "西街社区",
         "estimatedBenefit": null}"""));
    assertThat(proposals.get(1).header("Idempotency-Key")).isEqualTo(requestKey(noTitle) + ":propose");
    assertThat(claims(proposals.get(1).header("Authorization").substring("Bearer ".length())))
        .containsEntry("sub", RESIDENT).containsEntry("roles", List.of("PUBLIC"));
    assertThat(signedIn.body()).contains("您的项目建议已提交。",
        "action=\"/portal/livelihood/PG-1/proposals/PR-1/support\"", "附议“老旧小区加装电梯”")
        .doesNotContain("href=\"/portal/livelihood/PG-1/sign-in\"");
    assertThat(supported.body()).contains("已附议，该项目现有 4 人附议。");
    assertThat(twice.body()).contains("您已附议过这个项目，每人只能附议一次。").doesNotContain("role=\"alert\"");
    assertThat(list.body()).contains("本级人大的民生实事项目征集", "href=\"/portal/livelihood/PG-1\"");
    assertThat(browser.get(PORTAL + "/livelihood/PG-1/sign-in").headers().firstValue("Location"))
        .hasValue("/portal/livelihood/PG-1");
  }

  // --- helpers

  /** The sign-in's steps: the authorization request the portal sent, and the page asked for at the end. */
  private record SignIn(String authorizationRequest, HttpResponse<String> page) {}

  /** Asks for a page that needs signing in and goes through the issuer's login form, as a browser does. */
  private static SignIn signIn(Browser browser, String url) {
    return signIn(browser, url, DEPUTY);
  }

  /** The same as {@code username}. */
  private static SignIn signIn(Browser browser, String url, String username) {
    HttpResponse<String> toPortalsLogin = browser.get(url);
    assertThat(toPortalsLogin.statusCode()).isEqualTo(302);
    HttpResponse<String> toIssuer = browser.next(toPortalsLogin);
    String authorizationRequest = URLDecoder.decode(Browser.location(toIssuer), StandardCharsets.UTF_8);
    assertThat(authorizationRequest).startsWith(issuer + "/oauth2/authorize?");
    HttpResponse<String> loginForm = browser.follow(toIssuer, 3);
    assertThat(loginForm.uri().getPath()).isEqualTo("/login");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("password", PASSWORD);
    fields.put("_csrf", Browser.csrf(loginForm));
    HttpResponse<String> signedIn = browser.post(issuer + "/login", fields);
    HttpResponse<String> page = browser.follow(signedIn, 6);
    assertThat(page.uri().toString()).startsWith(url);
    return new SignIn(authorizationRequest, page);
  }

  private static Map<String, String> draft(HttpResponse<String> form, String action) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", Browser.csrf(form));
    fields.put("requestKey", requestKey(form));
    fields.put("kind", "SUGGESTION");
    fields.put("title", "关于增设路灯的建议");
    fields.put("category", "HOUSING");
    fields.put("body", "我们小区缺少路灯，夜间出行不便。");
    fields.put("coSigners", "D-qingshan-002，D-qingshan-003");
    fields.put("action", action);
    return fields;
  }

  /** A service's 422 naming one field, as the chassis writes it. */
  private static String fieldProblem(String detail, String field, String message) {
    return """
        {"type": "https://lianxin.io/problems/validation", "title": "请求参数无效 / Invalid request", "status": 422,
         "detail": "%s", "errors": [{"field": "%s", "message": "%s"}]}""".formatted(detail, field, message);
  }

  /** The request key of the form that posts to {@code action}, on a page with several forms. */
  private static String requestKeyOf(HttpResponse<String> page, String action) {
    Matcher key = Pattern.compile("action=\"" + Pattern.quote(action) + "\"[\\s\\S]*?name=\"requestKey\" value=\"([^\"]+)\"")
        .matcher(page.body());
    assertThat(key.find()).as("the form to %s carries its request key", action).isTrue();
    return key.group(1);
  }

  private static String requestKey(HttpResponse<String> form) {
    Matcher key = Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(key.find()).as("the form carries its request key").isTrue();
    return key.group(1);
  }

  private static tools.jackson.databind.JsonNode json(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> claims(String jwt) {
    String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return tools.jackson.databind.json.JsonMapper.builder().build().readValue(payload, Map.class);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

}
