package io.lianxin.notification;

import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.testkit.EmbeddedInfra;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same tests on real MongoDB and Kafka containers; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = NotificationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=notification-service")
class ContainersInboxFromEventsIT extends InboxFromEventsContract {

  @Container
  static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

  static final DevTokenIssuer ISSUER = new DevTokenIssuer(0);

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.connectionProperties(MONGO.getReplicaSetUrl("notification-inbox-it"), KAFKA.getBootstrapServers(), ISSUER)
        .forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  DevTokenIssuer issuer() {
    return ISSUER;
  }

  @Override
  String kafkaBootstrap() {
    return KAFKA.getBootstrapServers();
  }
}
