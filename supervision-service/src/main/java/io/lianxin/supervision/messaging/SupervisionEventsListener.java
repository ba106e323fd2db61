package io.lianxin.supervision.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.supervision.application.ProjectTrackings;
import io.lianxin.supervision.application.RegisterCopyUpdates;
import io.lianxin.supervision.application.VoteResults;
import io.lianxin.supervision.domain.SatisfactionResult;
import io.lianxin.supervision.domain.ScoreResult;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes deputy-service's register events (the bodies, the deputies and the standing committee),
 * voting-service's published results (the satisfaction and score votes this service asked for, by request
 * id), its cancelled polls of those votes (the vote waited for ends; staff may ask again; another's poll is
 * ignored) and its selected livelihood projects (one tracking each); a record that does not read goes to the
 * dead-letter topic. The topics are the binding's destination
 * ({@code spring.cloud.stream.bindings.events-in-0.destination} in supervision-service.yml, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionEventsListener {

  /** The facts of voting's result-published this service reads. */
  record PublishedResult(String pollId, String congressId, String requestId, Boolean valid, List<Item> items) {
    record Item(String item, long favourable, long base, Double averageScore) {}
  }

  /** The facts of voting's poll-cancelled this service reads. */
  record CancelledPoll(String pollId, String congressId, String requestId, String reason) {}

  /** The facts of voting's livelihood-projects-selected this service reads. */
  record ProjectsSelected(String programmeId, String congressId, int year,
      List<ProjectTrackings.SelectedProject> projects) {}

  private final EventHandling handling;
  private final RegisterCopyUpdates register;
  private final VoteResults results;
  private final ProjectTrackings trackings;

  public SupervisionEventsListener(EventHandling handling, RegisterCopyUpdates register, VoteResults results,
      ProjectTrackings trackings) {
    this.handling = handling;
    this.register = register;
    this.results = results;
    this.trackings = trackings;
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
      case "lianxin.voting.result-published.v1" -> {
        PublishedResult result = TypedEvents.read(event, PublishedResult.class);
        sameCongress(event, result.congressId());
        if (result.requestId() != null
            && (result.requestId().startsWith("opinion:") || result.requestId().startsWith("project:"))) {
          results.onResult(satisfaction(event, result));
        } else if (result.requestId() != null && result.requestId().startsWith("review:")) {
          results.onScoreResult(scores(event, result));
        }
      }
      case "lianxin.voting.poll-cancelled.v1" -> {
        CancelledPoll cancelled = TypedEvents.read(event, CancelledPoll.class);
        sameCongress(event, cancelled.congressId());
        if (askedHere(cancelled.requestId())) {
          if (cancelled.pollId() == null || cancelled.reason() == null) {
            throw new InvalidEventException(event.type() + " " + event.id() + " names no poll or reason");
          }
          results.onPollCancelled(new VoteResults.CancelledPoll(cancelled.congressId(), cancelled.requestId(),
              cancelled.pollId(), cancelled.reason()));
        }
      }
      case "lianxin.voting.livelihood-projects-selected.v1" -> {
        ProjectsSelected selected = TypedEvents.read(event, ProjectsSelected.class);
        sameCongress(event, selected.congressId());
        if (selected.projects() == null || selected.programmeId() == null) {
          throw new InvalidEventException(event.type() + " " + event.id() + " names no programme or projects");
        }
        trackings.onProjectsSelected(selected.congressId(), selected.programmeId(), selected.year(), selected.projects());
      }
      default -> { }
    }
  }

  /** Whether a request id is of a vote this service asks for: an opinion's, a tracking's or a review's. */
  static boolean askedHere(String requestId) {
    return requestId != null && (requestId.startsWith("opinion:") || requestId.startsWith("project:")
        || requestId.startsWith("review:"));
  }

  /** A satisfaction vote has one item: the body's report. */
  static SatisfactionResult satisfaction(EventEnvelope event, PublishedResult result) {
    if (result.items() == null || result.items().size() != 1 || result.valid() == null) {
      throw new InvalidEventException(event.type() + " " + event.id() + " is not the result of a satisfaction vote");
    }
    PublishedResult.Item item = result.items().get(0);
    return new SatisfactionResult(event.congressId(), result.requestId(), result.pollId(), item.favourable(), item.base(),
        result.valid());
  }

  /** A score vote has an average score per item: the subjects of a performance review. */
  static ScoreResult scores(EventEnvelope event, PublishedResult result) {
    if (result.items() == null || result.valid() == null
        || result.items().stream().anyMatch(i -> i.item() == null || i.averageScore() == null)) {
      throw new InvalidEventException(event.type() + " " + event.id() + " is not the result of a score vote");
    }
    return new ScoreResult(event.congressId(), result.requestId(), result.pollId(), result.valid(), result.items()
        .stream().map(i -> new ScoreResult.ItemScore(i.item(), i.averageScore(), i.base())).toList());
  }

  private static void sameCongress(EventEnvelope event, String congressId) {
    if (!event.congressId().equals(congressId)) {
      throw new InvalidEventException("data of " + congressId + " in an event of " + event.congressId());
    }
  }
}
