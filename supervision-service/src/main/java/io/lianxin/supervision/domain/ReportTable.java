package io.lianxin.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as the table a committee office opens (统计报表): a sheet's title, the column headers, then one line per
 * body or person — a name, an id, and figures. The yearly report of review opinions (审议意见落实情况年度统计表) has
 * its headers in English and Chinese, the total line first, then one line per body by unit id, the same figures in
 * the same order as {@link OpinionReport.Line}; the participation reports (代表参加监督活动 / 中心发言) have one line
 * per person of the roll, in the reader's language.
 *
 * @param title the sheet's name, e.g. {@code 审议意见 Opinions 2027} (at most 31 characters, a spreadsheet's limit)
 * @param header the column headers: the name's, the id's, then one per figure
 * @param rows the lines, in the report's order
 */
public record ReportTable(String title, List<String> header, List<Row> rows) {

  /** The opinions report's columns before the figures: who the line is about. */
  public static final List<String> NAMING = List.of("body / 被监督单位", "unit id / 单位编号");

  /** The opinions report's figures' columns, in the order of {@link OpinionReport.Line}'s counts. */
  public static final List<String> FIGURES = List.of("opinions / 审议意见", "problems / 问题",
      "measures / 整改措施", "measures done on time / 按期完成措施", "satisfied / 满意",
      "second deliberations / 二次审议", "accountability referrals / 追责问效", "open / 未办结");

  /** The opinions report's total line's name. */
  public static final String TOTAL = "合计 / total";

  /**
   * One line: whom it is about (a body's or a person's name; the total's), their id (empty for the total) and its
   * figures, as many as the header has after the first two columns.
   */
  public record Row(String name, String id, List<Long> figures) {
    public Row {
      figures = List.copyOf(figures);
    }
  }

  public ReportTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** The yearly report of review opinions: the total line, then each body by unit id. */
  public static ReportTable opinions(int year, OpinionReport report) {
    List<Row> rows = new ArrayList<>();
    rows.add(opinionRow(TOTAL, "", report.total()));
    report.lines().forEach(line -> rows.add(opinionRow(line.bodyName(), line.bodyUnitId(), line)));
    List<String> header = new ArrayList<>(NAMING);
    header.addAll(FIGURES);
    return new ReportTable("审议意见 Opinions " + year, header, rows);
  }

  /**
   * The deputies' participation (代表参加监督活动): every active deputy with the activities of the year they were
   * allocated to, the yearly minimum and how many they are short of it (0 when they reached it).
   *
   * @param names the deputies' names by id (the register's); an id without one is shown as the name
   */
  public static ReportTable allocations(ParticipationReport report, Map<String, String> names,
      ReportLanguage language) {
    return participation(report, names, language, language.of("代表参加监督活动 ", "Allocations ") + report.year(),
        language.of("代表", "deputy"), language.of("参加监督活动次数", "activities allocated"));
  }

  /**
   * The lead speakers (中心发言人): every standing-committee member with their lead speeches of the year, the
   * yearly minimum and how many they are short of it.
   */
  public static ReportTable leadSpeakers(ParticipationReport report, Map<String, String> names,
      ReportLanguage language) {
    return participation(report, names, language, language.of("中心发言 ", "Lead speakers ") + report.year(),
        language.of("常委会组成人员", "standing-committee member"), language.of("中心发言次数", "lead speeches"));
  }

  private static ReportTable participation(ParticipationReport report, Map<String, String> names,
      ReportLanguage language, String title, String person, String counted) {
    List<String> header = List.of(person, language.of("代表编号", "deputy id"), counted,
        language.of("年度最低次数", "yearly minimum"), language.of("差额", "short by"));
    List<Row> rows = report.lines().stream().map(l -> new Row(names.getOrDefault(l.deputyId(), l.deputyId()),
        l.deputyId(), List.of((long) l.activities(), (long) report.minimum(),
            (long) Math.max(0, report.minimum() - l.activities())))).toList();
    return new ReportTable(title, header, rows);
  }

  private static Row opinionRow(String name, String unitId, OpinionReport.Line line) {
    return new Row(name == null ? unitId : name, unitId == null ? "" : unitId, List.of(line.opinions(),
        line.problems(), line.measures(), line.measuresDoneOnTime(), line.satisfied(), line.secondDeliberations(),
        line.accountabilityReferrals(), line.open()));
  }
}
