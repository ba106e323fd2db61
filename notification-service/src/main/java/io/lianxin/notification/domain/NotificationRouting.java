package io.lianxin.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an event into notifications by the configured routes: one per recipient, with the text
 * (the route's, or that of its first variant whose condition holds) in both languages ({@link MessageText}: dates and times in the congress's zone, coded values by
 * their labels). Event types without a route produce nothing.
 */
public final class NotificationRouting {

  /** What routing needs from an event: its ids and its data as plain values. */
  public record RoutableEvent(String id, String type, String congressId, String subject, Instant time,
      Map<String, Object> data) {}

  /** Derives a notification id from (event id, recipient). */
  public interface IdFactory {
    String idFor(String eventId, String recipientKey);
  }

  private final Map<String, Route> routes;
  private final MessageText zh;
  private final MessageText en;

  /**
   * @param labels what the coded values of events say in each language
   * @param zone the congress's time zone: the one dates and times are written in
   * @throws IllegalArgumentException two routes of one type, a language missing, a template not well formed
   */
  public NotificationRouting(List<Route> routes, ValueLabels labels, ZoneId zone) {
    Map<String, Route> byType = new java.util.HashMap<>();
    for (Route route : routes) {
      if (byType.put(route.type(), route) != null) {
        throw new IllegalArgumentException("two routes for " + route.type());
      }
      for (Map<String, Route.Template> texts : route.allTemplates()) {
        if (!texts.containsKey("zh-CN") || !texts.containsKey("en")) {
          throw new IllegalArgumentException("route " + route.type() + " needs zh-CN and en templates");
        }
        texts.values().forEach(t -> {
          MessageText.requiredPlaceholders(t.title());
          MessageText.requiredPlaceholders(t.body());
        });
      }
    }
    this.routes = Map.copyOf(byType);
    this.zh = MessageText.in(MessageText.ZH_CN, zone).labelled(labels);
    this.en = MessageText.in(MessageText.EN, zone).labelled(labels);
  }

  public boolean routes(String type) {
    return routes.containsKey(type);
  }

  public List<Notification> route(RoutableEvent event, IdFactory ids) {
    return route(event, ids, RegisterNames.Lookup.NONE);
  }

  /** The same, with deputies and units named in the texts as {@code names} knows them ({@link RegisterNames}). */
  public List<Notification> route(RoutableEvent event, IdFactory ids, RegisterNames.Lookup names) {
    Route route = routes.get(event.type());
    if (route == null) {
      return List.of();
    }
    Map<String, Object> text = RegisterNames.named(event.data(), names);
    Map<String, Route.Template> texts = route.templateFor(event.data());
    Notification.Message message = new Notification.Message(
        zh.fill(texts.get(MessageText.ZH_CN).title(), text),
        zh.fill(texts.get(MessageText.ZH_CN).body(), text),
        en.fill(texts.get(MessageText.EN).title(), text),
        en.fill(texts.get(MessageText.EN).body(), text));
    List<Notification> notifications = new ArrayList<>();
    for (String recipient : recipients(route, event)) {
      notifications.add(new Notification(ids.idFor(event.id(), recipient), event.congressId(), recipient, event.id(),
          event.type(), event.subject(), route.priority(), message, event.time(), null, null));
    }
    return notifications;
  }

  static Set<String> recipients(Route route, RoutableEvent event) {
    Set<String> keys = new LinkedHashSet<>();
    for (String selector : route.to()) {
      int colon = selector.indexOf(':');
      String kind = selector.substring(0, colon);
      String target = selector.substring(colon + 1);
      if (!target.startsWith("$")) {
        keys.add(kind + ":" + target);
        continue;
      }
      Object value = event.data().get(target.substring(1));
      if (value instanceof Collection<?> many) {
        many.stream().filter(v -> v != null && !v.toString().isBlank()).forEach(v -> keys.add(kind + ":" + v));
      } else if (value != null && !value.toString().isBlank()) {
        keys.add(kind + ":" + value);
      }
    }
    return keys;
  }
}
