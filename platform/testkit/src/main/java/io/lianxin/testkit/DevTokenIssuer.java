package io.lianxin.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Development OAuth2 token issuer: signs RS256 JWTs for the demo users and serves its JWK set.
 * For laptops and tests only — it asks for no password.
 *
 * <pre>
 *   GET  /.well-known/openid-configuration
 *   GET  /jwks
 *   GET  /users                        demo users
 *   POST /token   username=deputy1@qingshan   → {"access_token": ..., "token_type": "Bearer"}
 * </pre>
 */
public final class DevTokenIssuer implements AutoCloseable {

  private static final Duration LIFETIME = Duration.ofHours(12);

  private final RSAKey key;
  private final HttpServer server;
  private final String issuer;
  private final JsonMapper json = JsonMapper.builder().build();

  public DevTokenIssuer(int port) {
    try {
      key = new RSAKeyGenerator(2048).keyID("lianxin-dev").generate();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (JOSEException | IOException e) {
      throw new IllegalStateException("cannot start the token issuer", e);
    }
    issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/.well-known/openid-configuration", ex -> respond(ex, 200, json.writeValueAsString(Map.of(
        "issuer", issuer, "jwks_uri", jwkSetUri(), "token_endpoint", issuer + "/token"))));
    server.createContext("/jwks", ex -> respond(ex, 200, new JWKSet(key.toPublicJWK()).toString()));
    server.createContext("/users", ex -> respond(ex, 200, json.writeValueAsString(DemoUsers.all())));
    server.createContext("/token", this::token);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "dev-token-issuer");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  public String issuer() {
    return issuer;
  }

  public String jwkSetUri() {
    return issuer + "/jwks";
  }

  /** A signed token for a demo user. */
  public String tokenFor(DemoUser user) {
    return sign(user, Map.of());
  }

  /** A signed token with claims overridden (e.g. a token missing a claim, for negative tests). */
  /** A token that looks like this issuer's (same issuer, same key id) but is signed with another key. */
  public String forgedTokenFor(DemoUser user) {
    try {
      return sign(user, Map.of(), new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public String sign(DemoUser user, Map<String, Object> overrides) {
    return sign(user, overrides, key);
  }

  private String sign(DemoUser user, Map<String, Object> overrides, RSAKey signingKey) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("name", user.name());
    claims.put("roles", user.roles());
    claims.put("congress_id", user.congressId());
    if (user.deputyId() != null) {
      claims.put("deputy_id", user.deputyId());
    }
    if (user.unitId() != null) {
      claims.put("unit_id", user.unitId());
    }
    claims.putAll(overrides);
    Instant now = Instant.now();
    JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(user.username())
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)));
    claims.forEach((k, v) -> builder.claim(k, v));
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), builder.build());
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private void token(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      respond(exchange, 405, "{\"error\":\"use POST\"}");
      return;
    }
    Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String username = form.getOrDefault("username", "");
    DemoUser user = DemoUsers.find(username).orElse(null);
    if (user == null) {
      respond(exchange, 400, json.writeValueAsString(Map.of(
          "error", "invalid_grant", "error_description", "unknown demo user '" + username + "'; GET /users lists them")));
      return;
    }
    respond(exchange, 200, json.writeValueAsString(Map.of(
        "access_token", tokenFor(user), "token_type", "Bearer", "expires_in", LIFETIME.toSeconds())));
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
