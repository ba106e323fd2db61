package io.lianxin.chassis.messaging;

import io.lianxin.events.InvalidEventException;
import io.lianxin.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Error handling shared by every consumer: bounded retries with exponential backoff, then the
 * record goes to {@code <topic>.<group>.dlt} and the consumer moves on. Records that are not
 * valid events skip the retries.
 */
public final class EventConsumerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EventConsumerConfiguration.class);

  private EventConsumerConfiguration() {}

  public static DefaultErrorHandler errorHandler(
      KafkaTemplate<String, String> template, String group, int maxRetries, long initialBackoffMs) {
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
        (record, ex) -> {
          log.warn("record {}-{}@{} goes to the dead-letter topic: {}",
              record.topic(), record.partition(), record.offset(), ex.getMessage());
          return new TopicPartition(Topics.deadLetter(record.topic(), group), -1);
        });
    ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
    backOff.setInitialInterval(initialBackoffMs);
    backOff.setMultiplier(2.0);
    backOff.setMaxInterval(30_000);
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
    handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
    return handler;
  }
}
