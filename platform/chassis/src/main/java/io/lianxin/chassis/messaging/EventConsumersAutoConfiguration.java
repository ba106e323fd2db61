package io.lianxin.chassis.messaging;

import io.lianxin.chassis.ChassisAutoConfiguration;
import io.lianxin.chassis.LianxinProperties;
import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Consumers are Spring Cloud Stream functional bindings on the Kafka binder (ADR 0012): each
 * service declares a {@code Consumer<String>} and names the topics it reads once, as the binding's
 * destination. Retries and their backoff are binding properties (defaults in lianxin-chassis.yml);
 * a record that still fails, or is not a valid event at all (not retried), goes to
 * {@code <topic>.<group>.dlt}, and the partition keeps flowing.
 */
@AutoConfiguration(after = ChassisAutoConfiguration.class,
    afterName = "io.lianxin.chassis.observability.ObservabilityAutoConfiguration")
public class EventConsumersAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EventConsumersAutoConfiguration.class);

  @Bean
  EventHandling eventHandling(EventCodec codec, EventTracing tracing, @Value("${spring.application.name}") String service,
      MeterRegistry meters) {
    return new EventHandling(codec, service, tracing, meters);
  }

  /** Dead letters keep the name operators know: {@code <topic>.<group>.dlt}. */
  @Bean
  DlqDestinationResolver lianxinDeadLetterTopics(@Value("${spring.application.name}") String group,
      MeterRegistry meters) {
    return (record, error) -> {
      String topic = Topics.deadLetter(record.topic(), group);
      meters.counter("lianxin.events.dead.lettered", "topic", record.topic()).increment();
      log.warn("record {}-{}@{} goes to {}: {}", record.topic(), record.partition(), record.offset(), topic,
          error.getCause() != null ? error.getCause().getMessage() : error.getMessage());
      return topic;
    };
  }

  /**
   * The topic this service publishes to, and for every consumed topic (read from the input
   * bindings' destinations, so each is named once) the topic itself and its dead-letter topic.
   */
  @Bean
  KafkaAdmin.NewTopics lianxinTopics(LianxinProperties properties, BindingServiceProperties bindings) {
    List<NewTopic> topics = new ArrayList<>();
    if (properties.publishes() != null) {
      topics.add(new NewTopic(properties.publishes(), properties.partitions(), properties.replicationFactor()));
    }
    for (Consumed consumed : consumedTopics(bindings)) {
      topics.add(new NewTopic(consumed.topic(), properties.partitions(), properties.replicationFactor()));
      topics.add(new NewTopic(Topics.deadLetter(consumed.topic(), consumed.group()), 1, properties.replicationFactor()));
    }
    return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
  }

  /** A topic an input binding reads, with the binding's consumer group. */
  public record Consumed(String binding, String topic, String group) {}

  /** Every topic the input bindings ({@code <function>-in-<n>}) read. */
  public static List<Consumed> consumedTopics(BindingServiceProperties bindings) {
    Set<Consumed> out = new LinkedHashSet<>();
    bindings.getBindings().keySet().stream().filter(name -> name.contains("-in-")).sorted().forEach(name -> {
      String destination = bindings.getBindingDestination(name);
      String group = bindings.getGroup(name);
      if (destination != null) {
        for (String topic : destination.split(",")) {
          if (!topic.isBlank()) {
            out.add(new Consumed(name, topic.trim(), group));
          }
        }
      }
    });
    return List.copyOf(out);
  }
}
