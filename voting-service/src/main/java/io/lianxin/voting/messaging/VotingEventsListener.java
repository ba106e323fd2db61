package io.lianxin.voting.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.voting.application.PlenaryResult;
import io.lianxin.voting.application.ProgrammeService;
import io.lianxin.voting.application.RegisterCopy;
import io.lianxin.voting.domain.RegisteredDeputy;
import io.lianxin.events.InvalidEventException;
import io.lianxin.voting.application.VoteRequests;
import io.lianxin.voting.domain.VoteRequest;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the requests of supervision-service (satisfaction and score votes), voting's own
 * published results (to decide a livelihood-project programme) and deputy-service's deputy events
 * (the copy of the register rolls are made from), each read into its record here (a record that
 * does not read goes to the dead-letter topic). Every handler is idempotent: a request id gives
 * one poll id, a programme is decided once, a register entry changes only for a later sequence. The topics are the binding's destination
 * ({@code spring.cloud.stream.bindings.events-in-0.destination} in voting-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class VotingEventsListener {

  private final EventHandling handling;
  private final VoteRequests requests;
  private final ProgrammeService programmes;
  private final RegisterCopy register;

  public VotingEventsListener(EventHandling handling, VoteRequests requests, ProgrammeService programmes,
      RegisterCopy register) {
    this.handling = handling;
    this.requests = requests;
    this.programmes = programmes;
    this.register = register;
  }

  /** The consumer binding {@code events-in-0}. */
  @Bean
  public Consumer<String> events() {
    return record -> handling.handle(record, this::onEvent);
  }

  void onEvent(EventEnvelope event) {
    switch (event.type()) {
      case "lianxin.supervision.satisfaction-vote-requested.v1" -> requests.onRequest(VoteRequest.Kind.SATISFACTION,
          TypedEvents.read(event, VoteRequest.class), event.time());
      case "lianxin.supervision.score-vote-requested.v1" -> requests.onRequest(VoteRequest.Kind.SCORE,
          TypedEvents.read(event, VoteRequest.class), event.time());
      case "lianxin.voting.result-published.v1" -> programmes.onResultPublished(TypedEvents.read(event, PlenaryResult.class));
      case "lianxin.deputy.deputy-registered.v1", "lianxin.deputy.deputy-updated.v1", "lianxin.deputy.deputy-left.v1" ->
          register.onDeputyEvent(registerEntry(event));
      default -> { }
    }
  }

  /**
   * A deputy event's entry (the whole entry: each of the three events carries it) with the event's
   * sequence; an entry of another congress than the event's is not a valid event.
   */
  static RegisteredDeputy registerEntry(EventEnvelope event) {
    RegisteredDeputy entry = TypedEvents.read(event, RegisteredDeputy.class).withSequence(event.sequence());
    if (!entry.congressId().equals(event.congressId())) {
      throw new InvalidEventException(event.type() + " " + event.id() + " is about another congress than its own");
    }
    return entry;
  }
}
