package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.OperabilityProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Probes, metrics and API docs as ops and integrators see them. */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service", "lianxin.management.scrape-password=scrape-secret"})
class OperabilityIT {

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-operability-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Test
  void healthMetricsAndApiDocsAreServed() {
    assertThat(OperabilityProbe.problems("http://127.0.0.1:" + port, "suggestion-service", EmbeddedInfra.shared().issuer())).isEmpty();
  }

  @Test
  void theScrapeCredentialReadsMetricsAndNothingElse() {
    String base = "http://127.0.0.1:" + port;
    assertThat(OperabilityProbe.statusWithBasic(base, "/actuator/prometheus", "prometheus", "scrape-secret")).isEqualTo(200);
    assertThat(OperabilityProbe.statusWithBasic(base, "/actuator/prometheus", "prometheus", "wrong")).isEqualTo(401);
    assertThat(OperabilityProbe.statusWithBasic(base, "/actuator/metrics", "prometheus", "scrape-secret")).isEqualTo(403);
    assertThat(OperabilityProbe.statusWithBasic(base, "/api/v1/suggestions", "prometheus", "scrape-secret")).isEqualTo(401);
  }
}
