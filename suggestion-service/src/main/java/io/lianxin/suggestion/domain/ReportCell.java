package io.lianxin.suggestion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One cell of a report table (报表单元格): a text, a count, a rate or a day; build it with
 * {@link #text}, {@link #count}, {@link #rate} or {@link #day}.
 *
 * @param text how a text file shows it (a rate as a percentage with one decimal, {@code 85.7%}; a day as
 *     {@code 2026-03-02})
 * @param number the count or the rate (a fraction) a spreadsheet keeps and formats; null for a text or a day
 * @param day the day; null unless {@link Kind#DAY}
 */
public record ReportCell(Kind kind, String text, Number number, LocalDate day) {

  /** What a cell holds. */
  public enum Kind { TEXT, COUNT, RATE, DAY }

  public static ReportCell text(String text) {
    return new ReportCell(Kind.TEXT, text == null ? "" : text, null, null);
  }

  public static ReportCell count(long count) {
    return new ReportCell(Kind.COUNT, Long.toString(count), count, null);
  }

  /** A rate between 0 and 1, shown as a percentage. */
  public static ReportCell rate(double rate) {
    return new ReportCell(Kind.RATE, percent(rate), rate, null);
  }

  public static ReportCell day(LocalDate day) {
    return new ReportCell(Kind.DAY, day == null ? "" : day.toString(), null, day);
  }

  /** A rate as a percentage with one decimal, rounded half up: 0.8571 → {@code 85.7%}, 1 → {@code 100.0%}. */
  public static String percent(double rate) {
    return BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
