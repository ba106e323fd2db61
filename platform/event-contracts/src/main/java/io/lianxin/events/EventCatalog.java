package io.lianxin.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type the system publishes (事件目录). Adding a type means adding a schema and an example. */
public final class EventCatalog {

  public static final EventType SUGGESTION_SUBMITTED = new EventType(
      "lianxin.suggestion.submitted.v1", Topics.SUGGESTION,
      "A deputy submitted a suggestion or motion (代表提交建议).");

  private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();

  static {
    for (EventType type : List.of(SUGGESTION_SUBMITTED)) {
      BY_NAME.put(type.name(), type);
    }
  }

  private EventCatalog() {}

  public static List<EventType> all() {
    return List.copyOf(BY_NAME.values());
  }

  public static Optional<EventType> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
