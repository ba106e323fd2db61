package io.lianxin.notification;

import io.lianxin.testkit.ContainerInfra;
import org.testcontainers.junit.jupiter.Testcontainers;
import io.lianxin.testkit.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests on real MongoDB and Kafka containers; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service", "spring.cloud.stream.default.consumer.back-off-initial-interval=50"})
class ContainersInboxFromEventsIT extends InboxFromEventsContract {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ContainerInfra.shared().serviceProperties("notification-inbox-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  TestInfrastructure infra() {
    return ContainerInfra.shared();
  }
}
