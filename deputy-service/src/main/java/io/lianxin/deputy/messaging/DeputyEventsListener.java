package io.lianxin.deputy.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.deputy.application.DeputyRecords;
import io.lianxin.deputy.domain.AttendedVote;
import io.lianxin.deputy.domain.CountedWork;
import io.lianxin.deputy.domain.SubmittedItem;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes events into deputies' records (履职档案): suggestion-service's submitted suggestions and motions
 * ({@link SubmittedItem}); supervision-service's deputies allocated to an activity and site inspections; and
 * this service's own work events — a reception day held, an annual report heard, a training attended — which
 * the aggregate's write staged in its outbox, so the record entry needs no second write of the command and is
 * not lost after a crash (the relay publishes what was staged). A record that does not read, or is about
 * another congress than its own, goes to the dead-letter topic. Idempotent: a deputy's work on one item is
 * one entry by its key, so a redelivered event changes nothing. The topics are the binding's destination
 * ({@code spring.cloud.stream.bindings.events-in-0.destination} in deputy-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class DeputyEventsListener {

  /** Which events count work, and as what they are read. */
  static final Map<String, Class<? extends CountedWork>> WORK = Map.of(
      "lianxin.deputy.reception-day-held.v1", CountedWork.HeldReceptionDay.class,
      "lianxin.deputy.annual-report-heard.v1", CountedWork.HeardReport.class,
      "lianxin.deputy.training-attended.v1", CountedWork.AttendedTraining.class,
      "lianxin.supervision.site-inspection-recorded.v1", CountedWork.SiteInspection.class);
  static final String ALLOCATED = "lianxin.supervision.deputies-allocated.v1";

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
      requireOwnCongress(event, item.congressId());
      records.onSubmitted(item, event.id());
    } else if ("lianxin.voting.poll-closed.v1".equals(event.type())) {
      AttendedVote vote = TypedEvents.read(event, AttendedVote.class);
      requireOwnCongress(event, vote.congressId());
      records.onVoteAttended(vote, event.id());
    } else if (ALLOCATED.equals(event.type())) {
      CountedWork.Allocation allocation = TypedEvents.read(event, CountedWork.Allocation.class);
      requireOwnCongress(event, allocation.congressId());
      records.onAllocation(allocation, event.id(), event.sequence());
    } else if (WORK.containsKey(event.type())) {
      CountedWork work = TypedEvents.read(event, WORK.get(event.type()));
      requireOwnCongress(event, work.congressId());
      records.onWork(work, event.id());
    }
  }

  private static void requireOwnCongress(EventEnvelope event, String congressId) {
    if (!congressId.equals(event.congressId())) {
      throw new InvalidEventException(event.type() + " " + event.id() + " is about another congress than its own");
    }
  }
}
