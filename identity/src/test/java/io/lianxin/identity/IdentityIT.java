package io.lianxin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.security.ClaimsValidator;
import io.lianxin.chassis.security.CurrentUserAuthentication;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issuer over real HTTP: the portal's authorization code + PKCE sign-in with a password, the services'
 * client credentials, the development token endpoint, and the services' own token checks on the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.config.name=identity",
    "lianxin.identity.demo-users=true",
    "lianxin.identity.dev-token-endpoint=true",
    "lianxin.identity.portal.redirect-uris=" + IdentityIT.REDIRECT_URI,
    "lianxin.identity.users[0].username=clerk@test",
    "lianxin.identity.users[0].name=测试 工作人员 (Test clerk)",
    "lianxin.identity.users[0].roles=COMMITTEE_STAFF",
    "lianxin.identity.users[0].congress-id=cn-test",
    "lianxin.identity.users[0].password-hash={bcrypt}$2a$10$lP1l5aDls6k9rR.OvEYVH.EtPft3zMC8JJTtgzJgxRqWSHdyrKcQq",
    "lianxin.identity.users[1].username=nopassword@test",
    "lianxin.identity.users[1].name=无密码 (No password)",
    "lianxin.identity.users[1].roles=UNIT_HANDLER",
    "lianxin.identity.users[1].congress-id=cn-test",
    "lianxin.identity.users[1].unit-id=U-test-1",
    "lianxin.identity.service-clients[0].client-id=suggestion-service",
    "lianxin.identity.service-clients[0].secret-hash={noop}" + IdentityIT.SERVICE_SECRET})
class IdentityIT {

  static final String REDIRECT_URI = "http://127.0.0.1:5173/callback";
  static final String SERVICE_SECRET = "service-secret";
  private static final String DEMO_PASSWORD = "lianxin-demo";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private String base;
  private Browser browser;

  @BeforeEach
  void setUp() {
    base = "http://127.0.0.1:" + port;
    browser = new Browser(base);
  }

  @Test
  void discoveryNamesThisIssuerItsJwkSetAndS256() {
    JsonNode discovery = json(browser.get("/.well-known/openid-configuration"));

    assertThat(discovery.path("issuer").asString()).isEqualTo(base);
    assertThat(discovery.path("jwks_uri").asString()).isEqualTo(base + "/oauth2/jwks");
    assertThat(discovery.path("token_endpoint").asString()).isEqualTo(base + "/oauth2/token");
    assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(base + "/oauth2/authorize");
    assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
  }

  @Test
  void aDemoUserSignsInWithThePasswordThroughAuthorizationCodeAndPkce() {
    String verifier = verifier();

    JsonNode tokens = exchange(authorizationCode("deputy1@qingshan", DEMO_PASSWORD, challenge(verifier)), verifier);

    Map<String, Object> access = Tokens.verifiedClaims(tokens.path("access_token").asString(), jwkSetUri());
    assertThat(access).containsEntry("iss", base).containsEntry("sub", "deputy1@qingshan")
        .containsEntry("roles", List.of("DEPUTY")).containsEntry("congress_id", DemoUsers.COUNTY)
        .containsEntry("deputy_id", "D-qingshan-001").containsEntry("name", "青山县代表 甲 (Deputy A)")
        .doesNotContainKey("unit_id");
    Map<String, Object> id = Tokens.verifiedClaims(tokens.path("id_token").asString(), jwkSetUri());
    assertThat(id).containsEntry("sub", "deputy1@qingshan").containsEntry("congress_id", DemoUsers.COUNTY)
        .containsEntry("roles", List.of("DEPUTY")).containsEntry("aud", List.of("lianxin-portal"));
    assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
  }

  @Test
  void aConfiguredUserSignsInWithABcryptPassword() {
    String verifier = verifier();

    JsonNode tokens = exchange(authorizationCode("clerk@test", "clerk-password", challenge(verifier)), verifier);

    assertThat(Tokens.verifiedClaims(tokens.path("access_token").asString(), jwkSetUri()))
        .containsEntry("sub", "clerk@test").containsEntry("roles", List.of("COMMITTEE_STAFF"))
        .containsEntry("congress_id", "cn-test").doesNotContainKeys("deputy_id", "unit_id");
  }

  @Test
  void aWrongPasswordIsRefusedAndGivesNoCode() {
    HttpResponse<String> login = browser.signIn("deputy1@qingshan", "not-the-password");

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(Browser.location(login)).endsWith("/login?error");
    HttpResponse<String> authorize = browser.get(authorizeUrl(challenge(verifier())));
    assertThat(Browser.location(authorize)).endsWith("/login");
  }

  @Test
  void theLoginFormSpeaksTheReadersLanguage() {
    HttpResponse<String> chinese = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/login?error")).header("Accept-Language", "zh-CN,zh;q=0.9").GET().build());
    HttpResponse<String> english = browser.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/login")).header("Accept-Language", "en").GET().build());

    assertThat(chinese.body()).contains("lang=\"zh-CN\"", "用户名", "用户名或密码不正确");
    assertThat(english.body()).contains("lang=\"en\"", "User name").doesNotContain("Wrong user name");
  }

  @Test
  void anAccountWithoutAPasswordCannotSignInWithOne() {
    HttpResponse<String> login = browser.signIn("nopassword@test", "");

    assertThat(Browser.location(login)).endsWith("/login?error");
  }

  @Test
  void anAuthorizationRequestWithoutPkceIsRefused() {
    browser.signIn("deputy1@qingshan", DEMO_PASSWORD);

    HttpResponse<String> authorize = browser.get(authorizeUrl(null));

    String location = Browser.location(authorize);
    assertThat(location).startsWith(REDIRECT_URI);
    assertThat(Browser.queryParameter(location, "error")).isEqualTo("invalid_request");
    assertThat(Browser.queryParameter(location, "code")).isNull();
  }

  @Test
  void aCodeIsNotExchangedWithAWrongOrMissingVerifier() {
    String verifier = verifier();
    String code = authorizationCode("deputy1@qingshan", DEMO_PASSWORD, challenge(verifier));

    HttpResponse<String> wrong = browser.postForm("/oauth2/token", codeExchange(code, verifier()));
    HttpResponse<String> missing = browser.postForm("/oauth2/token", codeExchange(code, null));

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(json(wrong).path("error").asString()).isEqualTo("invalid_grant");
    assertThat(missing.statusCode()).isIn(400, 401);
  }

  @Test
  void aServiceGetsATokenWithItsRolesAndNoCongressByClientCredentials() {
    HttpResponse<String> answer = browser.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
        "suggestion-service:" + SERVICE_SECRET);

    assertThat(answer.statusCode()).isEqualTo(200);
    Map<String, Object> claims = Tokens.verifiedClaims(json(answer).path("access_token").asString(), jwkSetUri());
    assertThat(claims).containsEntry("sub", "suggestion-service").containsEntry("roles", List.of("SERVICE"))
        .containsEntry("iss", base).doesNotContainKeys("congress_id", "deputy_id", "unit_id");
  }

  @Test
  void aServiceWithAWrongSecretGetsNoToken() {
    HttpResponse<String> answer = browser.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
        "suggestion-service:wrong");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(json(answer).path("error").asString()).isEqualTo("invalid_client");
  }

  @Test
  void theDevelopmentTokenEndpointGivesTheClaimsOfTheFormerIssuer() {
    HttpResponse<String> answer = browser.postForm("/token", Map.of("username", "leader@qingshan"));

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = json(answer);
    assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
    assertThat(body.path("expires_in").asLong()).isEqualTo(43_200);
    Map<String, Object> ours = Tokens.verifiedClaims(body.path("access_token").asString(), jwkSetUri());
    Map<String, Object> former;
    try (DevTokenIssuer issuer = new DevTokenIssuer(0)) {
      former = Tokens.claims(issuer.tokenFor(DemoUsers.get("leader@qingshan")));
    }
    assertThat(ours.keySet()).isEqualTo(former.keySet());
    assertThat(withoutPerTokenClaims(ours)).isEqualTo(withoutPerTokenClaims(former));
    assertThat(lifetime(ours)).isEqualTo(lifetime(former));
    assertThat(ours).containsEntry("iss", base);
  }

  @Test
  void theDevelopmentTokenEndpointRefusesAnUnknownUserOrField() {
    HttpResponse<String> unknown = browser.postForm("/token", Map.of("username", "nobody@qingshan"));
    HttpResponse<String> extra = browser.postForm("/token", Map.of("username", "deputy1@qingshan", "role", "ADMIN"));

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(unknown).path("error").asString()).isEqualTo("invalid_grant");
    assertThat(extra.statusCode()).isEqualTo(400);
  }

  @Test
  void usersListsTheConfiguredAndDemoUsersWithoutPasswords() {
    HttpResponse<String> answer = browser.getJson("/users");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode users = json(answer);
    assertThat(users.size()).isEqualTo(DemoUsers.all().size() + 2);
    assertThat(answer.body()).contains("\"username\":\"clerk@test\"", "\"unitId\":\"U-test-1\"")
        .doesNotContain("bcrypt", "$2a$", "passwordHash");
  }

  @Test
  void theServicesAcceptThisIssuersTokensAsTheirCaller() {
    NimbusJwtDecoder decoder = servicesDecoder();
    String verifier = verifier();
    String signedIn = exchange(authorizationCode("handler@hexi", DEMO_PASSWORD, challenge(verifier)), verifier)
        .path("access_token").asString();
    String development = json(browser.postForm("/token", Map.of("username", "handler@hexi")))
        .path("access_token").asString();

    for (String token : List.of(signedIn, development)) {
      CurrentUser caller = CurrentUserAuthentication.of(decoder.decode(token)).user();
      assertThat(caller.roles()).containsExactly(Role.UNIT_HANDLER);
      assertThat(caller.congressId()).isEqualTo(DemoUsers.DISTRICT);
      assertThat(caller.unitId()).isEqualTo("U-hexi-housing");
      assertThat(caller.deputyId()).isNull();
    }
  }

  @Test
  void theServicesRefuseForeignAndForgedTokensAndTodayAServiceTokenWithoutCongress() {
    NimbusJwtDecoder decoder = servicesDecoder();
    String former;
    try (DevTokenIssuer issuer = new DevTokenIssuer(0)) {
      former = issuer.tokenFor(DemoUsers.get("handler@hexi"));
    }
    String forged = Tokens.forged(json(browser.postForm("/token", Map.of("username", "admin@hexi")))
        .path("access_token").asString());
    String service = json(browser.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
        "suggestion-service:" + SERVICE_SECRET)).path("access_token").asString();

    assertThatThrownBy(() -> decoder.decode(former)).hasMessageContaining("no matching key");
    assertThatThrownBy(() -> decoder.decode(forged)).hasMessageContaining("Invalid signature");
    assertThatThrownBy(() -> decoder.decode(service)).isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("congress_id");
  }

  /** The decoder a service builds (Spring Boot's resource server with issuer-uri and jwk-set-uri, the chassis' validator). */
  private NimbusJwtDecoder servicesDecoder() {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri()).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
        JwtValidators.createDefaultWithIssuer(base), new ClaimsValidator()));
    return decoder;
  }

  /** Signs in through the portal's authorization request and returns the code sent to its redirect URI. */
  private String authorizationCode(String username, String password, String challenge) {
    String authorize = authorizeUrl(challenge);
    HttpResponse<String> first = browser.get(authorize);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(Browser.location(first)).isEqualTo(base + "/login");
    HttpResponse<String> login = browser.signIn(username, password);
    assertThat(login.statusCode()).isEqualTo(302);
    String saved = Browser.location(login);
    assertThat(saved).contains("/oauth2/authorize");
    HttpResponse<String> granted = browser.get(saved);
    String redirect = Browser.location(granted);
    assertThat(redirect).startsWith(REDIRECT_URI);
    assertThat(Browser.queryParameter(redirect, "state")).isEqualTo("state-1");
    String code = Browser.queryParameter(redirect, "code");
    assertThat(code).isNotBlank();
    return code;
  }

  private JsonNode exchange(String code, String verifier) {
    HttpResponse<String> answer = browser.postForm("/oauth2/token", codeExchange(code, verifier));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer);
  }

  private static Map<String, String> codeExchange(String code, String verifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", REDIRECT_URI);
    form.put("client_id", "lianxin-portal");
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return form;
  }

  private String authorizeUrl(String challenge) {
    String url = "/oauth2/authorize?response_type=code&client_id=lianxin-portal&scope=openid%20profile&state=state-1"
        + "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8);
    return challenge == null ? url : url + "&code_challenge=" + challenge + "&code_challenge_method=S256";
  }

  private String jwkSetUri() {
    return base + "/oauth2/jwks";
  }

  private static String verifier() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> withoutPerTokenClaims(Map<String, Object> claims) {
    Set<String> perToken = Set.of("iss", "jti", "iat", "exp");
    return claims.entrySet().stream().filter(e -> !perToken.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static long lifetime(Map<String, Object> claims) {
    return instant(claims.get("exp")).getEpochSecond() - instant(claims.get("iat")).getEpochSecond();
  }

  private static Instant instant(Object claim) {
    return ((Date) claim).toInstant();
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }
}
