package io.lianxin.testkit;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to a topic with a plain Kafka producer, as another service would. */
public final class TopicWriter implements AutoCloseable {

  private final KafkaProducer<String, String> producer;

  public TopicWriter(String bootstrap) {
    producer = new KafkaProducer<>(Map.of(
        "bootstrap.servers", bootstrap,
        "key.serializer", StringSerializer.class.getName(),
        "value.serializer", StringSerializer.class.getName(),
        "acks", "all"));
  }

  public void send(String topic, String key, String value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not write to " + topic, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
