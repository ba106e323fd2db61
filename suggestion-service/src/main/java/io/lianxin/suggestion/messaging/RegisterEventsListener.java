package io.lianxin.suggestion.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.suggestion.application.RegisterCopyUpdates;
import io.lianxin.suggestion.application.VoterOpinionDrafts;
import io.lianxin.suggestion.domain.TakenUpOpinion;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes deputy-service's events: the register events into the register copy that co-signers,
 * delegation motions, units and supervising leaders are checked against, and a voter's opinion taken
 * up by a deputy into that deputy's draft (a record that does not read, or names another congress
 * than its envelope, goes to the dead-letter topic). The topic is the binding's destination ({@code spring.cloud.stream.bindings.events-in-0.destination}
 * in suggestion-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class RegisterEventsListener {

  private final EventHandling handling;
  private final RegisterCopyUpdates register;
  private final VoterOpinionDrafts drafts;

  public RegisterEventsListener(EventHandling handling, RegisterCopyUpdates register, VoterOpinionDrafts drafts) {
    this.handling = handling;
    this.register = register;
    this.drafts = drafts;
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
      case "lianxin.deputy.voter-opinion-taken-up.v1" -> {
        var opinion = TypedEvents.read(event, TakenUpOpinion.class);
        sameCongress(event, opinion.congressId());
        drafts.onTakenUp(opinion);
      }
      default -> { }
    }
  }

  /** Data of another congress than its event's tenant is not acted on (dead-lettered). */
  private static void sameCongress(EventEnvelope event, String congressId) {
    if (!event.congressId().equals(congressId)) {
      throw new InvalidEventException("register entry of " + congressId + " in an event of " + event.congressId());
    }
  }
}
