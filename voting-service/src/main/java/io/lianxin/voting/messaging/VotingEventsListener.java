package io.lianxin.voting.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.voting.application.PlenaryResult;
import io.lianxin.voting.application.ProgrammeService;
import io.lianxin.voting.application.VoteRequests;
import io.lianxin.voting.domain.VoteRequest;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the requests of supervision-service (satisfaction and score votes) and voting's own
 * published results (to decide a livelihood-project programme), each read into its record here (a
 * record that does not read goes to the dead-letter topic). Both handlers are idempotent: a request
 * id gives one poll id, a programme is decided once. The topics are the binding's destination
 * ({@code spring.cloud.stream.bindings.events-in-0.destination} in voting-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class VotingEventsListener {

  private final EventHandling handling;
  private final VoteRequests requests;
  private final ProgrammeService programmes;

  public VotingEventsListener(EventHandling handling, VoteRequests requests, ProgrammeService programmes) {
    this.handling = handling;
    this.requests = requests;
    this.programmes = programmes;
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
      default -> { }
    }
  }
}
