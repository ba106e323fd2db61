package io.lianxin.chassis.outbox;

import io.lianxin.chassis.ChassisAutoConfiguration;
import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbox (ADR 0003): a command's aggregate and its events in one write, published by the
 * relay once durable and by the sweeper after a crash. The relay publishes with Boot's
 * {@code KafkaTemplate}: it waits for each record's acknowledgement before removing it.
 */
@AutoConfiguration(after = {ChassisAutoConfiguration.class, DataMongoAutoConfiguration.class,
    KafkaAutoConfiguration.class}, afterName = "io.lianxin.chassis.observability.ObservabilityAutoConfiguration")
public class OutboxAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of();
  }

  @Bean
  OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
      OutboxCollections collections, Clock clock, MeterRegistry meters, EventTracing tracing) {
    return new OutboxRelay(mongo, kafka, properties, collections, clock, meters, tracing);
  }

  @Bean
  @ConditionalOnBooleanProperty(name = "lianxin.outbox.sweep-enabled", matchIfMissing = true)
  OutboxSweeper outboxSweeper(OutboxRelay relay) {
    return new OutboxSweeper(relay);
  }

  @Bean
  AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay, EventCodec codec, Clock clock,
      EventTracing tracing, @Value("${spring.application.name}") String serviceName) {
    return new AggregateStore(mongo, relay, codec, serviceName, clock, tracing);
  }

  @Bean
  IdempotentWrites idempotentWrites(MongoTemplate mongo) {
    return new IdempotentWrites(mongo);
  }
}
