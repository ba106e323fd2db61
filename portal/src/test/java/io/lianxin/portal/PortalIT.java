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
        "lianxin.identity.users[0].password-hash={noop}" + PASSWORD)
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

  // --- helpers

  /** The sign-in's steps: the authorization request the portal sent, and the page asked for at the end. */
  private record SignIn(String authorizationRequest, HttpResponse<String> page) {}

  /** Asks for a page that needs signing in and goes through the issuer's login form, as a browser does. */
  private static SignIn signIn(Browser browser, String url) {
    HttpResponse<String> toPortalsLogin = browser.get(url);
    assertThat(toPortalsLogin.statusCode()).isEqualTo(302);
    HttpResponse<String> toIssuer = browser.next(toPortalsLogin);
    String authorizationRequest = URLDecoder.decode(Browser.location(toIssuer), StandardCharsets.UTF_8);
    assertThat(authorizationRequest).startsWith(issuer + "/oauth2/authorize?");
    HttpResponse<String> loginForm = browser.follow(toIssuer, 3);
    assertThat(loginForm.uri().getPath()).isEqualTo("/login");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", DEPUTY);
    fields.put("password", PASSWORD);
    fields.put("_csrf", Browser.csrf(loginForm));
    HttpResponse<String> signedIn = browser.post(issuer + "/login", fields);
    HttpResponse<String> page = browser.follow(signedIn, 6);
    assertThat(page.uri().toString()).startsWith(url);
    return new SignIn(authorizationRequest, page);
  }

  private static Map<String, String> draft(HttpResponse<String> form, String action) {
    Matcher key = Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(key.find()).as("the form carries its request key").isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", Browser.csrf(form));
    fields.put("requestKey", key.group(1));
    fields.put("kind", "SUGGESTION");
    fields.put("title", "关于增设路灯的建议");
    fields.put("category", "HOUSING");
    fields.put("body", "我们小区缺少路灯，夜间出行不便。");
    fields.put("coSigners", "D-qingshan-002，D-qingshan-003");
    fields.put("action", action);
    return fields;
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
