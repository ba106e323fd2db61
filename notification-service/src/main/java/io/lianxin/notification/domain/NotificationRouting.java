package io.lianxin.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an event into notifications by the configured routes: one per recipient, with the text
 * in both languages. Event types without a route produce nothing.
 */
public final class NotificationRouting {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /** What routing needs from an event: its ids and its data as plain values. */
  public record RoutableEvent(String id, String type, String congressId, String subject, Instant time,
      Map<String, Object> data) {}

  /** Derives a notification id from (event id, recipient). */
  public interface IdFactory {
    String idFor(String eventId, String recipientKey);
  }

  private final Map<String, Route> routes;

  public NotificationRouting(List<Route> routes) {
    Map<String, Route> byType = new java.util.HashMap<>();
    for (Route route : routes) {
      if (byType.put(route.type(), route) != null) {
        throw new IllegalArgumentException("two routes for " + route.type());
      }
      if (!route.template().containsKey("zh-CN") || !route.template().containsKey("en")) {
        throw new IllegalArgumentException("route " + route.type() + " needs zh-CN and en templates");
      }
    }
    this.routes = Map.copyOf(byType);
  }

  public boolean routes(String type) {
    return routes.containsKey(type);
  }

  public List<Notification> route(RoutableEvent event, IdFactory ids) {
    Route route = routes.get(event.type());
    if (route == null) {
      return List.of();
    }
    Notification.Message message = new Notification.Message(
        fill(route.template().get("zh-CN").title(), event.data(), "、"),
        fill(route.template().get("zh-CN").body(), event.data(), "、"),
        fill(route.template().get("en").title(), event.data(), ", "),
        fill(route.template().get("en").body(), event.data(), ", "));
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

  /** Fills {@code {field}} placeholders; a list is written as its items joined by {@code separator}, nothing as "—". */
  static String fill(String template, Map<String, Object> data, String separator) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = data.get(m.group(1));
      String text;
      if (value instanceof Collection<?> many) {
        text = many.isEmpty() ? "—" : String.join(separator, many.stream().map(String::valueOf).toList());
      } else {
        text = value == null ? "—" : value.toString();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }
}
