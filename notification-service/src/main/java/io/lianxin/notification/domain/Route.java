package io.lianxin.notification.domain;

import java.util.List;
import java.util.Map;

/**
 * One routing rule (通知路由): an event type, who gets it, how urgent, and the text per language.
 *
 * @param to recipient selectors: {@code deputy:$field}, {@code unit:$field}, {@code user:$field}
 *     take the id (or list of ids) in that field of the event's data; {@code role:ROLE} reaches
 *     everyone with that role in the event's congress
 * @param template per language ({@code zh-CN}, {@code en}): title and body with {@code {field}}
 *     placeholders filled from the event's data, and {@code [optional parts|otherwise]} for fields an
 *     event may lack ({@link MessageText})
 */
public record Route(String type, List<String> to, Priority priority, Map<String, Template> template) {

  /** Title and body of one language. */
  public record Template(String title, String body) {}
}
