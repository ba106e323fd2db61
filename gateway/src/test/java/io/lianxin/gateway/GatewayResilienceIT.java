package io.lianxin.gateway;

import static io.lianxin.gateway.GatewayRoutesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Limits and failures at the edge: 429 with Retry-After per caller and per address, 503 within the
 * route's timeout for a stopped and for a slow service while the other routes answer.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=gateway", "resilience4j.timelimiter.configs.default.timeout-duration=3s",
        // the test's client stands in for a proxy on loopback: trusted here, as the ingress is in a deployment
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
        "lianxin.gateway.rate-limit.per-client.capacity=5", "lianxin.gateway.rate-limit.per-ip.capacity=5"})
class GatewayResilienceIT extends GatewayUnderTest {

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

  static boolean warm;

  @Override
  StandIns services() {
    if (!warm) {
      // the first call of a fresh JVM loads the HTTP client and the breakers: not what a timeout is measured on
      new GatewayClient(port).get("/api/v1/public/cn-county-qingshan/suggestions", null);
      warm = true;
    }
    return SERVICES;
  }

  private String token(String user) {
    return ISSUER.tokenFor(DemoUsers.get(user));
  }

  @Test
  void aBurstFromOneCallerIs429WithRetryAfterAndAnotherCallerIsUnaffected() {
    String deputy1 = token("deputy1@qingshan");
    for (int i = 0; i < 5; i++) {
      assertThat(gateway.get("/api/v1/polls/p1", deputy1).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> refused = gateway.get("/api/v1/programmes", deputy1);

    assertProblem(refused, 429, "too-many-requests");
    assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
    assertThat(SERVICES.get("voting-service").received()).hasSize(5);
    assertThat(gateway.get("/api/v1/polls/p1", token("deputy2@qingshan")).statusCode()).isEqualTo(200);
    // paths outside the limited ones are not counted
    assertThat(gateway.get("/api/v1/suggestions", deputy1).statusCode()).isEqualTo(200);
  }

  @Test
  void aBurstFromOneAddressWithoutATokenIs429AndAnotherAddressIsUnaffected() {
    for (int i = 0; i < 5; i++) {
      assertThat(gateway.send(fromAddress("203.0.113.7")).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> refused = gateway.send(fromAddress("203.0.113.7"));

    assertProblem(refused, 429, "too-many-requests");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(gateway.send(fromAddress("203.0.113.8")).statusCode()).isEqualTo(200);
  }

  private java.net.http.HttpRequest.Builder fromAddress(String address) {
    // through a proxy on loopback, which the gateway trusts for X-Forwarded-For
    return gateway.request("/api/v1/public/cn-county-qingshan/opinions").header("X-Forwarded-For", address).GET();
  }

  @Test
  void aStoppedServiceIs503AtOnceAndTheOthersAnswer() {
    String staff = token("staff@qingshan");
    SERVICES.get("notification-service").close();

    long start = System.nanoTime();
    HttpResponse<String> down = gateway.get("/api/v1/inbox", staff);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertProblem(down, 503, "unavailable");
    assertThat(down.headers().firstValue("Retry-After")).isPresent();
    assertThat(GatewayClient.json(down).get("detail").asString()).contains("notification-service");
    assertThat(took).isLessThan(Duration.ofSeconds(3));
    assertThat(gateway.get("/api/v1/deputies", staff).statusCode()).isEqualTo(200);
    assertThat(gateway.get("/api/v1/suggestions", staff).statusCode()).isEqualTo(200);

    // ten failed calls of ten open notification-service's breaker: it is not even called then
    for (int i = 0; i < 9; i++) {
      gateway.get("/api/v1/inbox", staff);
    }
    HttpResponse<String> open = gateway.get("/api/v1/preferences", staff);
    assertProblem(open, 503, "unavailable");
    assertThat(GatewayClient.json(open).get("detail").asString()).contains("circuit open");
    assertThat(gateway.get("/api/v1/suggestions", staff).statusCode()).isEqualTo(200);
  }

  @Test
  void aSlowServiceIs503WithinTheTimeoutWhileTheOthersAnswerAtOnce() throws Exception {
    String staff = token("staff@qingshan");
    StandInService supervision = SERVICES.get("supervision-service");
    supervision.answerAfter(Duration.ofSeconds(8));
    try {
      long start = System.nanoTime();
      CompletableFuture<HttpResponse<String>> slow =
          CompletableFuture.supplyAsync(() -> gateway.get("/api/v1/trackings", staff));
      // the slow call has reached its service (and holds it) before the other route is called
      await().atMost(Duration.ofSeconds(5)).until(() -> supervision.received().size() == 1);
      long otherStart = System.nanoTime();
      HttpResponse<String> other = gateway.get("/api/v1/suggestions", staff);
      Duration otherTook = Duration.ofNanos(System.nanoTime() - otherStart);
      boolean slowStillWaiting = !slow.isDone();
      HttpResponse<String> timedOut = slow.get();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(slowStillWaiting).as("the other route answered while the slow one was still waiting").isTrue();
      assertThat(otherTook).isLessThan(Duration.ofSeconds(3));
      assertProblem(timedOut, 503, "unavailable");
      assertThat(GatewayClient.json(timedOut).get("detail").asString()).contains("in time");
      assertThat(took).isBetween(Duration.ofMillis(2900), Duration.ofMillis(6000));
      assertThat(supervision.received()).hasSize(1);
    } finally {
      supervision.answerAfter(Duration.ZERO);
    }
  }
}
