package io.lianxin.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a raw consumer (no group), to see what was really published. */
public final class TopicReader {

  private TopicReader() {}

  /** Every record of the topic whose value matches, read until {@code quiet} passes with nothing new. */
  public static List<ConsumerRecord<String, String>> read(
      String bootstrap, String topic, Predicate<String> matching, Duration quiet) {
    Map<String, Object> config = Map.of(
        "bootstrap.servers", bootstrap,
        "client.id", "topic-reader-" + UUID.randomUUID(),
        "key.deserializer", StringDeserializer.class.getName(),
        "value.deserializer", StringDeserializer.class.getName(),
        "isolation.level", "read_committed");
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (infos == null) {
        return found;
      }
      infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + quiet.toNanos();
      while (System.nanoTime() < deadline || !reachedEnd(consumer, end)) {
        var records = consumer.poll(Duration.ofMillis(200));
        for (ConsumerRecord<String, String> record : records) {
          if (matching.test(record.value())) {
            found.add(record);
          }
        }
        if (System.nanoTime() > deadline + Duration.ofSeconds(30).toNanos()) {
          break;
        }
      }
    }
    return found;
  }

  private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
