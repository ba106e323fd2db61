package io.lianxin.chassis.messaging;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.outbox.EventData;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.EventType;
import io.lianxin.events.InvalidEventException;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a service's messaging turns its typed domain events into the published contract and
 * inbound events into typed records. A domain event record is named as its type:
 * {@code PollEvent.KeyCeremonyStep} publishes as {@code lianxin.<service>.key-ceremony-step.v1};
 * its components are the event's own facts, beside the aggregate's snapshot.
 */
public final class TypedEvents {

  private static final JsonMapper READER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private TypedEvents() {}

  /** {@code KeyCeremonyStep} → {@code key-ceremony-step}. */
  public static String slug(Class<?> eventClass) {
    String name = eventClass.getSimpleName();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The contract of a domain event of {@code service}; a record without one is a programming error. */
  public static EventType typeOf(String service, Object event) {
    String name = "lianxin." + service + "." + slug(event.getClass()) + ".v1";
    return EventCatalog.find(name).orElseThrow(() -> new IllegalStateException("no contract for " + name));
  }

  /**
   * The event staged for the outbox: the aggregate's {@code snapshot}, the record's facts, and for
   * the audit trail who caused it ({@code actor} null: the service itself, "system").
   */
  public static PendingEvent pending(String service, String congressId, Map<String, Object> snapshot, Object event,
      String summary, CurrentUser actor) {
    String actorId = actor == null ? "system" : actor.subject();
    String role = actor == null ? "SYSTEM" : actor.roles().stream().findFirst().map(Enum::name).orElse(null);
    return new PendingEvent(typeOf(service, event), congressId, new EventData(snapshot, event), actorId, role, summary);
  }

  /**
   * An inbound event's data as the typed record a use case takes. Fields the record does not name
   * are ignored (events carry their aggregate's snapshot); a missing or ill-typed field the record
   * requires — its constructor decides — makes the event invalid: it goes to the dead-letter topic.
   */
  public static <T> T read(EventEnvelope event, Class<T> type) {
    try {
      T value = READER.treeToValue(event.data(), type);
      if (value == null) {
        throw new InvalidEventException(event.type() + " " + event.id() + " has no data");
      }
      return value;
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new InvalidEventException(event.type() + " " + event.id() + " does not read as "
          + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
