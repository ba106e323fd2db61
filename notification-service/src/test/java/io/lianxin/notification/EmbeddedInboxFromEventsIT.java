package io.lianxin.notification;

import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the embedded parts: Kafka's in-process KRaft broker and mongo-java-server. */
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service", "spring.cloud.stream.default.consumer.back-off-initial-interval=50"})
class EmbeddedInboxFromEventsIT extends InboxFromEventsContract {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("notification-inbox-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  TestInfrastructure infra() {
    return EmbeddedInfra.shared();
  }
}
