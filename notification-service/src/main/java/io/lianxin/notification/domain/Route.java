package io.lianxin.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One routing rule (通知路由): an event type, who gets it, how urgent, and the text per language.
 *
 * @param to recipient selectors: {@code deputy:$field}, {@code unit:$field}, {@code user:$field}
 *     take the id (or list of ids) in that field of the event's data; {@code role:ROLE} reaches
 *     everyone with that role in the event's congress
 * @param template per language ({@code zh-CN}, {@code en}): title and body with {@code {field}}
 *     placeholders filled from the event's data, and {@code [optional parts|otherwise]} for fields an
 *     event may lack ({@link MessageText})
 * @param variants texts for events that say something else (文本变体), e.g. a result without quorum:
 *     the first whose {@code when} holds replaces {@code template}; none, or none holding, leaves it
 */
public record Route(String type, List<String> to, Priority priority, Map<String, Template> template,
    List<Variant> variants) {

  /** Title and body of one language. */
  public record Template(String title, String body) {}

  /**
   * Texts used when every field named in {@code when} has that value in the event's data (written
   * as text: {@code "NO_QUORUM"}, {@code "false"}).
   */
  public record Variant(Map<String, String> when, Map<String, Template> template) {
    public Variant {
      when = Map.copyOf(Objects.requireNonNull(when, "when"));
      if (when.isEmpty()) {
        throw new IllegalArgumentException("a variant says when it applies");
      }
    }

    boolean holdsFor(Map<String, Object> data) {
      return when.entrySet().stream().allMatch(w -> w.getValue().equals(String.valueOf(data.get(w.getKey()))));
    }
  }

  public Route {
    variants = variants == null ? List.of() : List.copyOf(variants);
  }

  public Route(String type, List<String> to, Priority priority, Map<String, Template> template) {
    this(type, to, priority, template, List.of());
  }

  /** The texts for an event with {@code data}: those of the first variant that holds, else the route's. */
  public Map<String, Template> templateFor(Map<String, Object> data) {
    return variants.stream().filter(v -> v.holdsFor(data)).map(Variant::template).findFirst().orElse(template);
  }

  /** The route's texts and every variant's: what the table's checks go through. */
  public List<Map<String, Template>> allTemplates() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(template), variants.stream().map(Variant::template))
        .toList();
  }
}
