package io.lianxin.suggestion.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.suggestion.application.RegisterCopyUpdates;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes deputy-service's register events into the register copy that co-signers, delegation
 * motions and units are checked against (a record that does not read goes to the dead-letter
 * topic). The topic is the binding's destination ({@code spring.cloud.stream.bindings.events-in-0.destination}
 * in suggestion-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class RegisterEventsListener {

  private final EventHandling handling;
  private final RegisterCopyUpdates register;

  public RegisterEventsListener(EventHandling handling, RegisterCopyUpdates register) {
    this.handling = handling;
    this.register = register;
  }

  /** The consumer binding {@code events-in-0}. */
  @Bean
  public Consumer<String> events() {
    return record -> handling.handle(record, this::onEvent);
  }

  void onEvent(EventEnvelope event) {
    switch (event.type()) {
      case "lianxin.deputy.deputy-registered.v1", "lianxin.deputy.deputy-updated.v1", "lianxin.deputy.deputy-left.v1" -> {
        var entry = TypedEvents.read(event, RegisterCopyUpdates.DeputyEntry.class);
        sameCongress(event, entry.congressId());
        register.onDeputy(entry, event.sequence());
      }
      case "lianxin.deputy.unit-registered.v1", "lianxin.deputy.unit-updated.v1", "lianxin.deputy.unit-left.v1" -> {
        var entry = TypedEvents.read(event, RegisterCopyUpdates.UnitEntry.class);
        sameCongress(event, entry.congressId());
        register.onUnit(entry, event.sequence());
      }
      default -> { }
    }
  }

  /** An entry of another congress than its event's tenant is not read into the copy (dead-lettered). */
  private static void sameCongress(EventEnvelope event, String congressId) {
    if (!event.congressId().equals(congressId)) {
      throw new InvalidEventException("register entry of " + congressId + " in an event of " + event.congressId());
    }
  }
}
