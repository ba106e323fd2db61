package io.lianxin.testkit;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Kafka's own broker, in process, in KRaft mode (spring-kafka-test), for tests. */
public final class KafkaTestBroker implements AutoCloseable {

  private final EmbeddedKafkaKraftBroker broker;

  public KafkaTestBroker(int partitions) {
    broker = new EmbeddedKafkaKraftBroker(1, partitions);
    broker.brokerProperties(Map.of(
        "group.initial.rebalance.delay.ms", "0",
        "auto.create.topics.enable", "true",
        "offsets.topic.num.partitions", "5"));
    broker.afterPropertiesSet();
  }

  public String bootstrapServers() {
    return broker.getBrokersAsString();
  }

  @Override
  public void close() {
    broker.destroy();
  }
}
