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
 * With no trusted proxy configured (the default), {@code X-Forwarded-For} chooses nothing: a client that sends a new
 * address with every request still spends the one bucket of the address it really connects from. The gateway's own
 * metrics are for operators (ADMIN) only.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=gateway", "lianxin.gateway.rate-limit.per-ip.capacity=3"})
class GatewayForwardedForIT extends GatewayUnderTest {

  static final DevTokenIssuer ISSUER = new DevTokenIssuer(0);
  static final StandIns SERVICES = new StandIns();

  @DynamicPropertySource
  static void wire(DynamicPropertyRegistry registry) {
    SERVICES.register(registry, ISSUER);
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
  void aForgedForwardedForDoesNotBuyAFreshBucket() {
    HttpResponse<String> last = null;
    for (int i = 1; i <= 4; i++) {
      last = gateway.send(gateway.request("/api/v1/public/cn-county-qingshan/opinions")
          .header("X-Forwarded-For", "203.0.113." + i).GET());
      if (i <= 3) {
        assertThat(last.statusCode()).as("request " + i).isEqualTo(200);
      }
    }
    assertProblem(last, 429, "too-many-requests");
  }

  @Test
  void theGatewaysMetricsAreForAdminsOnly() {
    assertProblem(gateway.get("/actuator/prometheus", ISSUER.tokenFor(DemoUsers.get("citizen1@qingshan"))), 403, "forbidden");
    assertProblem(gateway.get("/actuator/prometheus", null), 401, "unauthenticated");
    assertThat(gateway.get("/actuator/prometheus", ISSUER.tokenFor(DemoUsers.get("admin@qingshan"))).statusCode())
        .isEqualTo(200);
    assertThat(gateway.get("/actuator/health", null).statusCode()).as("the probes stay open").isEqualTo(200);
  }
}
