package io.lianxin.portal.gateway;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The handling report (办理情况报告) of the items numbered in one year, as suggestion-service answers it: the figures the
 * portal's report page shows (the service documents its counting rules, 统计口径, in its OpenAPI). Rates are fractions
 * (0.857), 0 when their denominator is 0.
 */
public record HandlingReport(Totals totals, Map<String, Integer> byState, List<OverdueItem> overdue, List<Line> byUnit,
    List<Line> byCategory) {

  public HandlingReport {
    byState = Map.copyOf(Objects.requireNonNullElse(byState, Map.of()));
    overdue = List.copyOf(Objects.requireNonNullElse(overdue, List.of()));
    byUnit = List.copyOf(Objects.requireNonNullElse(byUnit, List.of()));
    byCategory = List.copyOf(Objects.requireNonNullElse(byCategory, List.of()));
  }

  /** The headline numbers of a group of items: all items, one unit's or one category's. */
  public record Totals(int items, int replied, int repliedOnTime, double onTimeRate, int categoryA, int categoryB,
      int categoryC, double resolutionRate, int evaluated, int satisfied, int basicallySatisfied, int unsatisfied,
      double satisfactionRate, int commitments, int commitmentsFulfilled, int commitmentsOverdue, int overdueItems) {}

  /** The totals of one unit (its id) or one category (its name). */
  public record Line(String key, Totals totals) {}

  /** An item past its reply due date and not yet replied (逾期未答复). */
  public record OverdueItem(String suggestionId, String number, String title, String leadUnitId,
      LocalDate replyDueDate, long daysOverdue) {}
}
