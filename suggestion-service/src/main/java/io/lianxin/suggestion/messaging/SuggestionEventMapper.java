package io.lianxin.suggestion.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps domain events to the published contract: every {@code lianxin.suggestion.*.v1} event
 * carries the item's snapshot — ids of everyone concerned, number, title — and then its own facts,
 * the record's non-null components (see docs/events.md). The actor of a command is in the audit trail, not in the event.
 */
public final class SuggestionEventMapper {

  /** The service part of the event types: {@code lianxin.suggestion.<slug>.v1}. */
  static final String SERVICE = "suggestion";

  private SuggestionEventMapper() {}

  /** {@code actor} null means the service itself (the deadline engine: "system"). */
  public static List<PendingEvent> toPending(Suggestion s, List<SuggestionEvent> events, CurrentUser actor) {
    return events.stream()
        .map(e -> TypedEvents.pending(SERVICE, s.congressId(), snapshot(s), e, e.summary(), actor)).toList();
  }

  /** What every suggestion event carries. */
  public static Map<String, Object> snapshot(Suggestion s) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("suggestionId", s.id());
    data.put("congressId", s.congressId());
    data.put("kind", s.kind().name());
    data.put("number", s.number() == null ? null : s.number().toString());
    data.put("title", s.title());
    data.put("category", s.category().name());
    data.put("state", s.state().name());
    data.put("proposerDeputyId", s.proposerDeputyId());
    data.put("coSignerDeputyIds", s.coSignerDeputyIds());
    data.put("leadUnitId", s.assignment() == null ? null : s.assignment().leadUnitId());
    data.put("coUnitIds", s.assignment() == null ? List.of() : s.assignment().coUnitIds());
    data.put("supervisingLeaderId", s.supervisingLeaderId());
    data.put("replyDueDate", s.replyDueDate());
    return data;
  }
}
