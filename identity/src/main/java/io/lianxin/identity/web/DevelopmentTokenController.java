package io.lianxin.identity.web;

import io.lianxin.identity.IdentityProperties;
import io.lianxin.identity.application.Accounts;
import io.lianxin.identity.domain.Account;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The development token endpoint (开发用令牌端点) the devstack's curl walks and tests use: a token for a
 * configured user name, without a password, with the claims and lifetime of the former development
 * issuer. Served only with {@code lianxin.identity.dev-token-endpoint=true}; otherwise 404.
 *
 * <pre>
 *   POST /token   username=deputy1@qingshan  → {"access_token": …, "token_type": "Bearer", "expires_in": 43200}
 *   GET  /users                              → the configured users (never their password hashes)
 * </pre>
 */
@RestController
class DevelopmentTokenController {

  private static final Set<String> FORM_FIELDS = Set.of("username");

  private final IdentityProperties properties;
  private final Accounts accounts;
  private final JwtEncoder encoder;
  private final AuthorizationServerSettings settings;

  DevelopmentTokenController(IdentityProperties properties, Accounts accounts, JwtEncoder encoder,
      AuthorizationServerSettings settings) {
    this.properties = properties;
    this.accounts = accounts;
    this.encoder = encoder;
    this.settings = settings;
  }

  @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> token(@RequestParam MultiValueMap<String, String> form, Locale locale) {
    requireOn(locale);
    for (String field : form.keySet()) {
      if (!FORM_FIELDS.contains(field)) {
        throw problem(HttpStatus.BAD_REQUEST, locale, "unknown form field '" + field + "': only username is read",
            "未知的表单字段 '" + field + "'：只读取 username");
      }
    }
    String username = form.getFirst("username");
    Account account = username == null ? null : accounts.find(username).orElse(null);
    if (account == null) {
      ErrorResponseException unknown = problem(HttpStatus.BAD_REQUEST, locale,
          "unknown user '" + username + "'; GET /users lists them", "没有用户 '" + username + "'；GET /users 列出全部用户");
      unknown.getBody().setProperty("error", "invalid_grant");
      throw unknown;
    }
    return Map.of("access_token", sign(account), "token_type", "Bearer",
        "expires_in", properties.devTokenLifetime().toSeconds());
  }

  @GetMapping(path = "/users", produces = MediaType.APPLICATION_JSON_VALUE)
  List<UserView> users(Locale locale) {
    requireOn(locale);
    return accounts.all().stream().map(UserView::of).toList();
  }

  private String sign(Account account) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
        .issuer(issuer())
        .subject(account.username())
        .id(UUID.randomUUID().toString())
        .issuedAt(now)
        .expiresAt(now.plus(properties.devTokenLifetime()));
    account.claims().forEach(claims::claim);
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
  }

  /** The issuer the OAuth2 endpoints write: the configured one, else this server's own address. */
  private String issuer() {
    return settings.getIssuer() != null ? settings.getIssuer()
        : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  private void requireOn(Locale locale) {
    if (!properties.devTokenEndpoint()) {
      throw problem(HttpStatus.NOT_FOUND, locale,
          "the development token endpoint is off (lianxin.identity.dev-token-endpoint)",
          "开发用令牌端点未开启 (lianxin.identity.dev-token-endpoint)");
    }
  }

  private static ErrorResponseException problem(HttpStatus status, Locale locale, String english, String chinese) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
        Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : english);
    return new ErrorResponseException(status, body, null);
  }

  /** A configured user as {@code GET /users} lists it (the former development issuer's shape). */
  record UserView(String username, String name, List<String> roles, String congressId, String deputyId,
      String unitId) {

    static UserView of(Account account) {
      return new UserView(account.username(), account.name(), account.roles(), account.congressId(),
          account.deputyId(), account.unitId());
    }
  }
}
