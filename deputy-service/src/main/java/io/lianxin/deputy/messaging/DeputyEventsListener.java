package io.lianxin.deputy.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.deputy.application.DeputyRecords;
import io.lianxin.deputy.domain.SubmittedItem;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes other services' events into deputies' records (履职档案): so far suggestion-service's
 * submitted suggestions and motions, read into {@link SubmittedItem} here (a record that does not read,
 * or is about another congress than its own, goes to the dead-letter topic). Idempotent: a deputy's
 * work on one item is counted once, so a redelivered event changes nothing. The topics are the
 * binding's destination ({@code spring.cloud.stream.bindings.events-in-0.destination} in
 * deputy-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class DeputyEventsListener {

  private final EventHandling handling;
  private final DeputyRecords records;

  public DeputyEventsListener(EventHandling handling, DeputyRecords records) {
    this.handling = handling;
    this.records = records;
  }

  /** The consumer binding {@code events-in-0}. */
  @Bean
  public Consumer<String> events() {
    return record -> handling.handle(record, this::onEvent);
  }

  void onEvent(EventEnvelope event) {
    if ("lianxin.suggestion.submitted.v1".equals(event.type())) {
      SubmittedItem item = TypedEvents.read(event, SubmittedItem.class);
      if (!item.congressId().equals(event.congressId())) {
        throw new InvalidEventException(event.type() + " " + event.id() + " is about another congress than its own");
      }
      records.onSubmitted(item, event.id());
    }
  }
}
