package io.lianxin.notification;

import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.testkit.EmbeddedInfra;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=notification-service", "lianxin.consumer-backoff=50ms"})
class EmbeddedInboxFromEventsIT extends InboxFromEventsContract {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("notification-inbox-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  DevTokenIssuer issuer() {
    return EmbeddedInfra.shared().issuer();
  }

  @Override
  String kafkaBootstrap() {
    return EmbeddedInfra.shared().kafkaBootstrapServers();
  }
}
