package io.lianxin.suggestion.messaging;

import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.events.EventCatalog;
import io.lianxin.suggestion.domain.SuggestionEvent;
import java.time.Instant;
import java.util.List;

/** Maps domain events to the published contract (event-contracts schemas). */
public final class SuggestionEventMapper {

  private SuggestionEventMapper() {}

  /** Data of {@code lianxin.suggestion.submitted.v1}. */
  public record SubmittedV1(
      String suggestionId, String congressId, String kind, String number, String title, String category,
      String proposerDeputyId, List<String> coSignerDeputyIds, Instant submittedAt) {}

  public static PendingEvent toPending(SuggestionEvent event, CurrentUser actor) {
    String role = actor.roles().stream().findFirst().map(Enum::name).orElse(null);
    if (event instanceof SuggestionEvent.Submitted s) {
      return new PendingEvent(EventCatalog.SUGGESTION_SUBMITTED, s.congressId(),
          new SubmittedV1(s.suggestionId(), s.congressId(), s.kind().name(), null, s.title(), s.category().name(),
              s.proposerDeputyId(), s.coSignerDeputyIds(), s.submittedAt()),
          actor.subject(), role, "提交建议 / submitted");
    }
    throw new IllegalArgumentException("no contract event for " + event);
  }

  public static List<PendingEvent> toPending(List<SuggestionEvent> events, CurrentUser actor) {
    return events.stream().map(e -> toPending(e, actor)).toList();
  }
}
