package io.lianxin.supervision.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The yearly report of review opinions (审议意见落实情况年度统计表) as the table a committee office opens:
 * the headers in English and Chinese, the total line first, then one line per body by unit id — the
 * same figures, in the same order, as {@link OpinionReport.Line}.
 *
 * @param title the sheet's name, e.g. {@code 审议意见 Opinions 2027} (at most 31 characters, a spreadsheet's limit)
 * @param header the column headers, {@code en / 中文}
 * @param rows the total line, then the bodies' lines
 */
public record OpinionReportTable(String title, List<String> header, List<Row> rows) {

  /** The columns before the figures: who the line is about. */
  public static final List<String> NAMING = List.of("body / 被监督单位", "unit id / 单位编号");

  /** The figures' columns, in the order of {@link OpinionReport.Line}'s counts. */
  public static final List<String> FIGURES = List.of("opinions / 审议意见", "problems / 问题",
      "measures / 整改措施", "measures done on time / 按期完成措施", "satisfied / 满意",
      "second deliberations / 二次审议", "accountability referrals / 追责问效", "open / 未办结");

  /** The total line's name. */
  public static final String TOTAL = "合计 / total";

  /**
   * One line: the body's name and unit id (empty for the total) and its counts, as many as {@link #FIGURES}.
   */
  public record Row(String name, String unitId, List<Long> figures) {
    public Row {
      figures = List.copyOf(figures);
    }
  }

  public OpinionReportTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public static OpinionReportTable of(int year, OpinionReport report) {
    List<Row> rows = new ArrayList<>();
    rows.add(row(TOTAL, "", report.total()));
    report.lines().forEach(line -> rows.add(row(line.bodyName(), line.bodyUnitId(), line)));
    List<String> header = new ArrayList<>(NAMING);
    header.addAll(FIGURES);
    return new OpinionReportTable("审议意见 Opinions " + year, header, rows);
  }

  private static Row row(String name, String unitId, OpinionReport.Line line) {
    return new Row(name == null ? unitId : name, unitId == null ? "" : unitId, List.of(line.opinions(),
        line.problems(), line.measures(), line.measuresDoneOnTime(), line.satisfied(), line.secondDeliberations(),
        line.accountabilityReferrals(), line.open()));
  }
}
