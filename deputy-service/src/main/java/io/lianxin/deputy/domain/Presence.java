package io.lianxin.deputy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deputy's presence at reception days in a quarter (月进站、季回家): how many held days they were present
 * at in each of its three months and in all, whether they came every month (月进站) and at least once in
 * the quarter (季回家).
 *
 * @param byMonth days present in the quarter's first, second and third month
 */
public record Presence(String deputyId, int year, int quarter, List<Integer> byMonth, int days) {

  public Presence {
    byMonth = List.copyOf(byMonth);
  }

  /** 月进站: present in each month of the quarter. */
  public boolean everyMonth() {
    return byMonth.stream().allMatch(n -> n > 0);
  }

  /** 季回家: present at least once in the quarter. */
  public boolean inQuarter() {
    return days > 0;
  }

  /** The quarter (1–4) a date is in. */
  public static int quarterOf(LocalDate date) {
    return (date.getMonthValue() - 1) / 3 + 1;
  }

  /** Each present deputy's presence in the quarter, by deputy id, from the days given (only held days count). */
  public static List<Presence> of(int year, int quarter, List<ReceptionDay> days) {
    Map<String, int[]> months = new TreeMap<>();
    for (ReceptionDay day : days) {
      LocalDate date = day.plan().date();
      if (day.status() != ReceptionDayStatus.HELD || date.getYear() != year || quarterOf(date) != quarter) {
        continue;
      }
      int month = (date.getMonthValue() - 1) % 3;
      day.deputiesPresent().forEach(d -> months.computeIfAbsent(d, k -> new int[3])[month]++);
    }
    List<Presence> out = new ArrayList<>();
    months.forEach((deputyId, n) -> out.add(new Presence(deputyId, year, quarter, List.of(n[0], n[1], n[2]),
        n[0] + n[1] + n[2])));
    return out;
  }
}
