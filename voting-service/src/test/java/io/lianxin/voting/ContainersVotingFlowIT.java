package io.lianxin.voting;

import io.lianxin.testkit.ContainerInfra;
import io.lianxin.testkit.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same flows on real MongoDB and Kafka containers; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=voting-service", "lianxin.voting.schedule-interval=500ms",
        "lianxin.voting.turnout-interval=1s"})
class ContainersVotingFlowIT extends VotingFlowContract {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ContainerInfra.shared().serviceProperties("voting-flow-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  TestInfrastructure infra() {
    return ContainerInfra.shared();
  }
}
