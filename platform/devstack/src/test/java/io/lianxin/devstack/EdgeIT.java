package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The devstack as {@code ./devstack.sh} starts it: the gateway in front of the five services and Spring
 * Authorization Server as the only issuer the services and the gateway trust. A deputy signs in with a password
 * through the portal's authorization code + PKCE flow and submits a suggestion through the gateway; the curl
 * walks' development token works the same way; a token of another issuer is refused at the edge; the one
 * Swagger UI lists every service's document, each served through the gateway.
 */
class EdgeIT {

  private static final int OFFSET = PortOffsets.EDGE;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @Test
  void everythingThroughTheGatewayWithTokensOfTheSignInServer() throws Exception {
    Path data = Files.createTempDirectory("lianxin-edge");
    try (DevStack stack = new DevStack(new DevStack.Options(data, false, false, OFFSET, true))) {
      String gateway = stack.gatewayUrl();
      assertThat(gateway).isEqualTo("http://127.0.0.1:" + (8080 + OFFSET));
      ApiClient api = new ApiClient(gateway);

      String signedIn = passwordSignIn("http://127.0.0.1:" + (9000 + OFFSET), gateway + "/portal/callback",
          "deputy1@qingshan", "lianxin-demo");
      ApiClient.Response created = api.post("/api/v1/suggestions", signedIn, Map.of("title", "关于增设公交站点的建议",
          "body", "城东新区居民出行不便。", "category", "TRANSPORT", "draft", true));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String id = created.json().get("id").asString();

      String curlToken = stack.tokenFor(DemoUsers.get("deputy1@qingshan"));
      assertThat(api.get("/api/v1/suggestions/" + id, curlToken).json().get("title").asString())
          .as("the development token names the same deputy").isEqualTo("关于增设公交站点的建议");
      assertThat(api.get("/api/v1/deputies?size=1", stack.tokenFor(DemoUsers.get("staff@qingshan"))).status())
          .as("deputy-service behind the same origin").isEqualTo(200);
      assertThat(api.get("/api/v1/opinions?size=1", stack.tokenFor(DemoUsers.get("staff@qingshan"))).status())
          .as("supervision-service behind the same origin").isEqualTo(200);

      try (DevTokenIssuer other = new DevTokenIssuer(0)) {
        ApiClient.Response foreign = api.get("/api/v1/suggestions/" + id, other.tokenFor(DemoUsers.get("deputy1@qingshan")));
        assertThat(foreign.status()).as("a token of another issuer, refused at the edge").isEqualTo(401);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
      }
      ApiClient.Response direct = new ApiClient(stack.url("suggestion-service")).get("/api/v1/suggestions/" + id, signedIn);
      assertThat(direct.status()).as("the service itself trusts the sign-in server's token").isEqualTo(200);

      portalSignsInThroughTheGatewayAndShowsTheDeputysItems(gateway, "http://127.0.0.1:" + (9000 + OFFSET),
          "关于增设公交站点的建议");
      eachReaderOfThePortalHasTheirOwnRateLimit(gateway);

      JsonNode ui = api.get("/v3/api-docs/swagger-config", null).json();
      assertThat(ui.get("urls")).hasSize(5);
      for (JsonNode document : ui.get("urls")) {
        ApiClient.Response served = api.get(document.get("url").asString(), null);
        assertThat(served.status()).as(document.toString()).isEqualTo(200);
        assertThat(served.json().get("servers").get(0).get("url").asString()).as("try-it-out goes through the gateway")
            .startsWith(gateway);
      }
    }
  }

  /**
   * A browser (cookies, redirects followed) opens the portal's 我的建议 through the gateway: it is sent to the sign-in
   * server's login form, signs in with the password, comes back through the portal's callback (the portal redeems the
   * code with its PKCE verifier) and sees its draft — the page built from the API the portal called through the
   * gateway with the user's token, which the browser never sees. The public list needs no sign-in.
   */
  static void portalSignsInThroughTheGatewayAndShowsTheDeputysItems(String gateway, String issuer, String title)
      throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> publicList = browser.send(get(gateway + "/portal/suggestions"), HttpResponse.BodyHandlers.ofString());
    assertThat(publicList.statusCode()).as(publicList.body()).isEqualTo(200);
    assertThat(publicList.body()).contains("lang=\"zh-CN\"");
    HttpResponse<String> loginForm = browser.send(get(gateway + "/portal/my/items"), HttpResponse.BodyHandlers.ofString());
    assertThat(loginForm.uri().toString()).as("sent to the sign-in server").isEqualTo(issuer + "/login");
    Matcher csrf = CSRF.matcher(loginForm.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> items = browser.send(post(issuer + "/login", Map.of("username", "deputy1@qingshan",
        "password", "lianxin-demo", "_csrf", csrf.group(1))), HttpResponse.BodyHandlers.ofString());
    assertThat(items.uri().toString()).as("back through the callback, on the gateway's origin")
        .startsWith(gateway + "/portal/my/items");
    assertThat(items.statusCode()).as(items.body()).isEqualTo(200);
    assertThat(items.body()).as("the deputy's own draft, read with their token").contains(title);
    assertThat(items.body()).as("no token in the page").doesNotContain("eyJ");
  }

  /**
   * Two readers of the portal's public pages (two addresses, as the laptop's loopback proxy reports them), 40 pages
   * each: more together than one address's limit (60 a minute on the public API), each within it — so every page is
   * served. Were the portal's calls counted as the portal's own address, one shared bucket, a third would be refused.
   */
  static void eachReaderOfThePortalHasTheirOwnRateLimit(String gateway) throws Exception {
    HttpClient browser = HttpClient.newHttpClient();
    for (int page = 0; page < 40; page++) {
      for (String reader : List.of("198.51.100.21", "198.51.100.22")) {
        HttpResponse<String> list = browser.send(HttpRequest.newBuilder(URI.create(gateway + "/portal/suggestions"))
            .header("X-Forwarded-For", reader).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).as("page " + page + " for " + reader + ": " + list.body()).isEqualTo(200);
      }
    }
  }

  /** The portal's sign-in: authorization code with PKCE (S256), the login form with its CSRF token and the password. */
  static String passwordSignIn(String issuer, String redirectUri, String username, String password) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=lianxin-portal&scope=openid&state=s1"
        + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&code_challenge=" + challenge
        + "&code_challenge_method=S256";
    assertThat(location(browser.send(get(authorize), HttpResponse.BodyHandlers.ofString()))).endsWith("/login");
    HttpResponse<String> form = browser.send(get(issuer + "/login"), HttpResponse.BodyHandlers.ofString());
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
    HttpResponse<String> login = browser.send(post(issuer + "/login", Map.of("username", username, "password", password,
        "_csrf", csrf.group(1))), HttpResponse.BodyHandlers.ofString());
    String granted = location(browser.send(get(location(login)), HttpResponse.BodyHandlers.ofString()));
    assertThat(granted).startsWith(redirectUri);
    String code = URI.create(granted).getQuery().replaceAll(".*code=([^&]+).*", "$1");
    HttpResponse<String> token = browser.send(post(issuer + "/oauth2/token", Map.of("grant_type", "authorization_code",
        "code", code, "redirect_uri", redirectUri, "client_id", "lianxin-portal", "code_verifier", verifier)),
        HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return JSON.readTree(token.body()).get("access_token").asString();
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
  }

  private static HttpRequest post(String url, Map<String, String> form) {
    String body = String.join("&", form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
        "no Location in a " + response.statusCode() + " answer"));
  }
}
