package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.OperabilityProbe;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Probes, metrics and API docs as ops and integrators see them. */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=voting-service")
class OperabilityIT {

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("voting-operability-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Test
  void healthMetricsAndApiDocsAreServed() {
    assertThat(OperabilityProbe.problems("http://127.0.0.1:" + port, "voting-service", EmbeddedInfra.shared().issuer())).isEmpty();
  }

  @Test
  void ballotsCastAndOpenPollsAreCountedByCongressAndKindNeverByVoter() {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    String staff = EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get("staff@qingshan"));
    String appointment = namedPoll(api, staff, "APPOINTMENT", "任命甲");
    String motion = namedPoll(api, staff, "MOTION", "决定");
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
      assertThat(meter(api, "lianxin_voting_polls_open", "APPOINTMENT")).isEqualTo(1);
      assertThat(meter(api, "lianxin_voting_polls_open", "MOTION")).isEqualTo(1);
    });
    double before = meter(api, "lianxin_voting_ballots_cast_total", "APPOINTMENT");
    for (int n = 1; n <= 3; n++) {
      assertThat(api.post("/api/v1/polls/" + appointment + "/ballots", voter(n),
          Map.of("answers", Map.of("任命甲", n == 3 ? "NO" : "YES"))).status()).isEqualTo(201);
    }
    assertThat(api.post("/api/v1/polls/" + motion + "/ballots", voter(1), Map.of("answers", Map.of("决定", "YES"))).status())
        .isEqualTo(201);
    assertThat(api.post("/api/v1/polls/" + motion + "/ballots", voter(1), Map.of("answers", Map.of("决定", "NO"))).status())
        .as("a second ballot is refused and not counted").isEqualTo(409);

    assertThat(meter(api, "lianxin_voting_ballots_cast_total", "APPOINTMENT")).isEqualTo(before + 3);
    assertThat(meter(api, "lianxin_voting_ballots_cast_total", "MOTION")).isEqualTo(1);
    api.post("/api/v1/polls/" + motion + "/closing", staff, Map.of());
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
        assertThat(meter(api, "lianxin_voting_polls_open", "MOTION")).as("seen once, then 0").isZero());
    String voting = String.join("\n", api.get("/actuator/prometheus", admin()).body().lines()
        .filter(l -> l.startsWith("lianxin_voting")).toList());
    assertThat(voting).doesNotContain("D-qingshan-", "voter", "receipt", "YES", "NO\"", "任命甲", "决定");
  }

  static String namedPoll(ApiClient api, String staff, String kind, String item) {
    Map<String, Object> create = new HashMap<>(Map.of("kind", kind, "title", "关于" + item + "的表决",
        "method", "YES_NO_ABSTAIN", "items", List.of(item),
        "roll", List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-003")));
    create.put("secret", false);
    String id = api.post("/api/v1/polls", staff, create).json().get("id").asString();
    assertThat(api.post("/api/v1/polls/" + id + "/opening", staff, Map.of()).status()).isEqualTo(200);
    return id;
  }

  static String voter(int n) {
    String id = String.format("D-qingshan-%03d", n);
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUser.deputy(id, "代表 " + n, DemoUsers.COUNTY, id));
  }

  static String admin() {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get("admin@qingshan"));
  }

  /** The value of {@code name} for the county and {@code kind} in the Prometheus text; 0 when absent. */
  static double meter(ApiClient api, String name, String kind) {
    ApiClient.Response scrape = api.get("/actuator/prometheus", admin());
    assertThat(scrape.status()).isEqualTo(200);
    return scrape.body().lines().filter(l -> l.startsWith(name + "{") && l.contains("congress=\"" + DemoUsers.COUNTY + "\"")
        && l.contains("kind=\"" + kind + "\"")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst().orElse(0);
  }
}
