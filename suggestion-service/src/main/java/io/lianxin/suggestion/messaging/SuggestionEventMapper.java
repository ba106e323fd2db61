package io.lianxin.suggestion.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventType;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps domain events to the published contract: every {@code lianxin.suggestion.*.v1} event
 * carries the item's snapshot — ids of everyone concerned, number, title — and then its own facts
 * (see docs/events.md). The actor of a command is in the audit trail, not in the event.
 */
public final class SuggestionEventMapper {

  private SuggestionEventMapper() {}

  public static String typeName(SuggestionEvent event) {
    return "lianxin.suggestion." + event.name().slug() + ".v1";
  }

  /** {@code actor} null means the deadline engine ("system"). */
  public static List<PendingEvent> toPending(Suggestion s, List<SuggestionEvent> events, CurrentUser actor) {
    String actorId = actor == null ? "system" : actor.subject();
    String role = actor == null ? "SYSTEM" : actor.roles().stream().findFirst().map(Enum::name).orElse(null);
    return events.stream().map(e -> toPending(s, e, actorId, role)).toList();
  }

  static PendingEvent toPending(Suggestion s, SuggestionEvent event, String actorId, String role) {
    EventType type = EventCatalog.find(typeName(event))
        .orElseThrow(() -> new IllegalStateException("no contract for " + typeName(event)));
    Map<String, Object> data = snapshot(s);
    data.putAll(event.facts());
    return new PendingEvent(type, s.congressId(), data, actorId, role, event.summary());
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
