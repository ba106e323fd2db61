package io.lianxin.voting;

import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The voting flows on the embedded infrastructure (KRaft broker, Mongo-wire server). */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=voting-service", "lianxin.voting.schedule-interval=500ms",
        "lianxin.voting.turnout-interval=1s"})
class EmbeddedVotingFlowIT extends VotingFlowContract {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("voting-flow-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  TestInfrastructure infra() {
    return EmbeddedInfra.shared();
  }
}
