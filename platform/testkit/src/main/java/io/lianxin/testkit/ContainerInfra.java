package io.lianxin.testkit;

import java.util.Map;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real MongoDB and Apache Kafka in containers (Testcontainers), started on first use and shared by
 * the test JVM. Tests that use it carry {@code @Testcontainers(disabledWithoutDocker = true)}, so
 * they are skipped where there is no Docker.
 */
public final class ContainerInfra implements TestInfrastructure {

  private static volatile ContainerInfra shared;

  private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
  private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
  private final DevTokenIssuer issuer = new DevTokenIssuer(0);

  private ContainerInfra() {
    mongo.start();
    kafka.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      kafka.stop();
      mongo.stop();
      issuer.close();
    }, "container-infra-stop"));
  }

  public static ContainerInfra shared() {
    if (shared == null) {
      synchronized (ContainerInfra.class) {
        if (shared == null) {
          shared = new ContainerInfra();
        }
      }
    }
    return shared;
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public DevTokenIssuer issuer() {
    return issuer;
  }

  @Override
  public Map<String, Object> serviceProperties(String database) {
    Map<String, Object> props = EmbeddedInfra.connectionProperties(mongo.getReplicaSetUrl(database),
        kafkaBootstrapServers(), issuer);
    props.put("spring.mongodb.database", database);
    return props;
  }
}
