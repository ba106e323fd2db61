package io.lianxin.devstack;

import io.lianxin.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the services that keep a copy of the register have read every register event there
 * is: demo items name demo deputies and units, and each service checks them against its copy, which
 * its consumer builds asynchronously. "Caught up" is: every group's committed offset at the topic's
 * end, and the end unchanged for a second (deputy-service's relay has nothing more on the way).
 */
final class RegisterCopies {

  static final List<String> KEEPERS = List.of("suggestion-service", "voting-service", "notification-service", "supervision-service");

  private RegisterCopies() {}

  static void awaitCaughtUp(String bootstrap, Duration atMost) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    Instant deadline = Instant.now().plus(atMost);
    try (Admin admin = Admin.create(config)) {
      Map<TopicPartition, Long> end = Map.of();
      while (Instant.now().isBefore(deadline)) {
        Map<TopicPartition, Long> now = endOffsets(admin);
        if (now.equals(end) && KEEPERS.stream().allMatch(group -> readTo(admin, group, now))) {
          return;
        }
        end = now;
        Thread.sleep(1000);
      }
      System.out.println("devstack: the register copies are not caught up after " + atMost.toSeconds()
          + " s; demo items naming deputies or units may be refused (422) until they are.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      System.out.println("devstack: could not read the register topic's offsets: " + e.getCause().getMessage());
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin) throws ExecutionException, InterruptedException {
    var partitions = admin.describeTopics(List.of(Topics.DEPUTY)).allTopicNames().get().get(Topics.DEPUTY).partitions();
    Map<TopicPartition, OffsetSpec> latest = partitions.stream()
        .collect(Collectors.toMap(p -> new TopicPartition(Topics.DEPUTY, p.partition()), p -> OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  private static boolean readTo(Admin admin, String group, Map<TopicPartition, Long> end)  {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      return end.entrySet().stream().allMatch(e -> e.getValue() == 0
          || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
    } catch (ExecutionException | InterruptedException e) {
      return false;
    }
  }
}
