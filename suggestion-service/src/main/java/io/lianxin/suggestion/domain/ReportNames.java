package io.lianxin.suggestion.domain;

import java.util.Map;

/**
 * The names reports show for the units and deputies that items name only by id (单位、代表名称表).
 * Items carry ids only; the names come from the register copy (deputy-service's register), then
 * from configuration ({@code lianxin.suggestion.names}) for ids the register does not hold; an id
 * without a name shows as the id itself.
 *
 * @param units unit id → the unit's name (承办单位名称), e.g. {@code U-qingshan-housing → 青山县住房和城乡建设局}
 * @param deputies deputy id → the deputy's name (代表姓名)
 */
public record ReportNames(Map<String, String> units, Map<String, String> deputies) {

  public ReportNames {
    units = units == null ? Map.of() : Map.copyOf(units);
    deputies = deputies == null ? Map.of() : Map.copyOf(deputies);
  }

  /** These names, and for an id they lack the name {@code fallback} has. */
  public ReportNames orElse(ReportNames fallback) {
    Map<String, String> u = new java.util.HashMap<>(fallback.units);
    u.putAll(units);
    Map<String, String> d = new java.util.HashMap<>(fallback.deputies);
    d.putAll(deputies);
    return new ReportNames(u, d);
  }

  /** No names known: every id shows as itself. */
  public static ReportNames none() {
    return new ReportNames(Map.of(), Map.of());
  }

  /** The unit's name, or its id when no name is configured; empty for no unit. */
  public String unit(String unitId) {
    return nameOr(units, unitId);
  }

  /** The deputy's name, or their id when no name is configured; empty for no deputy. */
  public String deputy(String deputyId) {
    return nameOr(deputies, deputyId);
  }

  private static String nameOr(Map<String, String> names, String id) {
    if (id == null) {
      return "";
    }
    String name = names.get(id);
    return name == null || name.isBlank() ? id : name;
  }
}
