package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.OperabilityProbe;
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
}
