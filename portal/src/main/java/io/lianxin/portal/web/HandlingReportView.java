package io.lianxin.portal.web;

import io.lianxin.portal.gateway.HandlingReport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The handling report arranged for its page: each chart's rows with the length of its bar, the units by name. A bar
 * only repeats a number the row states in words, so that a reader who does not see it loses nothing.
 */
record HandlingReportView(int year, HandlingReport.Totals totals, List<Bar> abc, List<Bar> states, List<UnitRow> units,
    List<HandlingReport.Line> categories, List<HandlingReport.OverdueItem> overdue, Map<String, String> unitNames) {

  /** One bar: what it counts, the count, and its length as a fraction of the chart's scale (0..1). */
  record Bar(String key, int count, double length) {

    /** The length in percent of the bar's track, for the drawing. */
    public double percent() {
      return HandlingReportView.percent(length);
    }
  }

  /** One unit's line of the report, by the unit's name (its id when the register does not name it). */
  record UnitRow(String unitId, String name, HandlingReport.Totals totals) {

    /** The on-time reply rate as its bar's length in percent. */
    public double onTimePercent() {
      return percent(totals.onTimeRate());
    }

    public double satisfactionPercent() {
      return percent(totals.satisfactionRate());
    }
  }

  static HandlingReportView of(int year, HandlingReport report, Map<String, String> unitNames) {
    HandlingReport.Totals totals = report.totals();
    // A/B/C as shares of the replies: the three bars together are the whole
    int classified = totals.categoryA() + totals.categoryB() + totals.categoryC();
    List<Bar> abc = List.of(share("A", totals.categoryA(), classified), share("B", totals.categoryB(), classified),
        share("C", totals.categoryC(), classified));
    // states against the largest: the longest bar is the state most items are in
    int most = report.byState().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Bar> states = report.byState().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(state -> share(state.getKey(), state.getValue(), most)).toList();
    List<UnitRow> units = report.byUnit().stream()
        .map(line -> new UnitRow(line.key(), unitNames.getOrDefault(line.key(), line.key()), line.totals()))
        .sorted(Comparator.comparing(UnitRow::name)).toList();
    return new HandlingReportView(year, totals, abc, states, units, report.byCategory(), report.overdue(),
        Map.copyOf(unitNames));
  }

  /** The unit's name for an id, or the id. */
  public String unitName(String unitId) {
    return unitId == null ? "" : unitNames.getOrDefault(unitId, unitId);
  }

  /** A rate as a bar's length in percent (the rates are fractions). */
  static double percent(double rate) {
    return Math.round(Math.max(0, Math.min(1, rate)) * 1000) / 10.0;
  }

  private static Bar share(String key, int count, int whole) {
    return new Bar(key, count, whole == 0 ? 0 : (double) count / whole);
  }
}
