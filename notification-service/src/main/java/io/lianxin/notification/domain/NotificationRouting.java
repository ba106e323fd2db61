package io.lianxin.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which events notify whom, with what text (通知路由). The walking skeleton routes one event
 * type; the configurable routing table replaces this with the notification issue.
 */
public final class NotificationRouting {

  /** What routing needs from an event: its ids and its data as a flat view. */
  public record RoutableEvent(String id, String type, String congressId, String subject, Instant time,
      Map<String, Object> data) {

    String text(String field) {
      Object value = data.get(field);
      return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String field) {
      Object value = data.get(field);
      return value instanceof List<?> list ? (List<String>) list : List.of();
    }
  }

  private static final Map<String, BiFunction<RoutableEvent, IdFactory, List<Notification>>> ROUTES = Map.of(
      "lianxin.suggestion.submitted.v1", NotificationRouting::suggestionSubmitted);

  private NotificationRouting() {}

  /** Derives a notification id from (event id, recipient). */
  public interface IdFactory {
    String idFor(String eventId, String recipientKey);
  }

  /** The notifications an event causes; none for types without a route. */
  public static List<Notification> route(RoutableEvent event, IdFactory ids) {
    var route = ROUTES.get(event.type());
    return route == null ? List.of() : route.apply(event, ids);
  }

  private static List<Notification> suggestionSubmitted(RoutableEvent e, IdFactory ids) {
    String title = e.text("title");
    Notification.Message message = new Notification.Message(
        "建议已提交", "您的建议《" + title + "》已提交，等待常委会工作机构登记。",
        "Suggestion submitted", "Your suggestion \"" + title + "\" was submitted and awaits registration.");
    List<String> recipients = new ArrayList<>();
    recipients.add("deputy:" + e.text("proposerDeputyId"));
    e.texts("coSignerDeputyIds").forEach(d -> recipients.add("deputy:" + d));
    return recipients.stream()
        .map(r -> new Notification(ids.idFor(e.id(), r), e.congressId(), r, e.id(), e.type(), e.subject(),
            message, e.time(), null))
        .toList();
  }
}
