package io.lianxin.notification.domain;

import java.util.Map;

/**
 * What a coded value of an event says to a reader (取值说明): {@code rating} {@code SATISFIED} is
 * 满意 in zh-CN and "satisfied" in en. Kept in the routing table beside the texts that use it.
 *
 * @param byField field → value → language → label
 */
public record ValueLabels(Map<String, Map<String, Map<String, String>>> byField) {

  /** No labels: every coded value is written as it is. */
  public static final ValueLabels NONE = new ValueLabels(Map.of());

  public ValueLabels {
    byField = byField == null ? Map.of() : Map.copyOf(byField);
  }

  /** The label of {@code value} of {@code field} in {@code language}, or null when there is none. */
  public String label(String field, String value, String language) {
    Map<String, String> byLanguage = byField.getOrDefault(field, Map.of()).get(value);
    return byLanguage == null ? null : byLanguage.get(language);
  }
}
