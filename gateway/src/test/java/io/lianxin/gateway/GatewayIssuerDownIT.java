package io.lianxin.gateway;

import static io.lianxin.gateway.GatewayRoutesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sign-in server down: its keys cannot be fetched, so no token can be checked — a 503 problem with
 * {@code Retry-After} (try again shortly), not a 500; paths that need no token still answer.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=gateway")
class GatewayIssuerDownIT extends GatewayUnderTest {

  static final DevTokenIssuer ISSUER = new DevTokenIssuer(0);
  static final StandIns SERVICES = new StandIns();

  @DynamicPropertySource
  static void wire(DynamicPropertyRegistry registry) {
    SERVICES.register(registry, ISSUER);
    // nothing listens on port 1: the key set can never be fetched
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> "http://127.0.0.1:1/jwks");
  }

  @AfterAll
  static void stop() {
    SERVICES.close();
    ISSUER.close();
  }

  @Override
  StandIns services() {
    return SERVICES;
  }

  @Test
  void aTokenThatCannotBeCheckedIs503WithRetryAfterAndOpenPathsStillAnswer() {
    HttpResponse<String> answer = gateway.get("/api/v1/suggestions", ISSUER.tokenFor(DemoUsers.get("deputy1@qingshan")));
    assertProblem(answer, 503, "unavailable");
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    assertThat(gateway.get("/api/v1/public/cn-county-qingshan/suggestions", null).statusCode()).isEqualTo(200);
  }
}
