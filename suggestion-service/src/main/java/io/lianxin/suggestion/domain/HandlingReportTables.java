package io.lianxin.suggestion.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The handling report (办理情况报告) as the tables a committee office reads, with names instead of
 * ids: units and deputies by their configured names ({@link ReportNames}), categories and states by
 * their zh-CN / en names, rates as percentages.
 *
 * @param summary the figures of all items, then of each unit, category, proposing deputy and round (汇总)
 * @param byState how many items are in each state, every state in the order of the lifecycle (按状态)
 * @param byUnit the figures of each unit: the items it leads, the replies it signed (按承办单位)
 * @param overdue the items past their reply due date and not replied, oldest due date first (逾期件)
 */
public record HandlingReportTables(ReportTable summary, ReportTable byState, ReportTable byUnit, ReportTable overdue) {

  /** The columns of the figures of one group of items, after the group's name. */
  static final List<String> FIGURES = List.of(
      "items / 件数", "replied / 已答复", "replied on time / 按时答复", "on-time rate / 按时答复率",
      "A", "B", "C", "resolution rate / 解决率", "evaluated / 已评价", "satisfied / 满意", "basically satisfied / 基本满意",
      "unsatisfied / 不满意", "satisfaction rate / 满意率", "co-signers' ratings / 附议代表评价",
      "co-signers satisfied / 附议满意", "co-signers basically satisfied / 附议基本满意",
      "co-signers unsatisfied / 附议不满意", "co-signers' satisfaction rate / 附议满意率", "commitments / 承诺事项", "fulfilled / 已兑现",
      "fulfilled on time / 按期兑现", "commitments overdue / 逾期承诺", "overdue items / 逾期件");

  static final String SECTION = "section / 部分";
  static final String GROUP = "group / 分组";

  public static HandlingReportTables of(HandlingReport report, ReportNames names) {
    List<List<ReportCell>> summary = new ArrayList<>();
    summary.add(section("total / 合计", "全部 / all", report.totals()));
    report.byUnit().forEach(l -> summary.add(section("unit / 承办单位", names.unit(l.key()), l.totals())));
    report.byCategory().forEach(l -> summary.add(
        section("category / 类别", SuggestionCategory.valueOf(l.key()).label(), l.totals())));
    report.byDeputy().forEach(l -> summary.add(section("deputy / 代表", names.deputy(l.key()), l.totals())));
    report.byRound().forEach(l -> summary.add(section("round / 轮次", roundName(Integer.parseInt(l.key())), l.totals())));

    List<List<ReportCell>> states = new ArrayList<>();
    for (SuggestionState state : SuggestionState.values()) {
      states.add(List.of(ReportCell.text(state.label()), ReportCell.count(report.byState().getOrDefault(state, 0))));
    }
    states.add(List.of(ReportCell.text("合计 / total"), ReportCell.count(report.totals().items())));

    List<List<ReportCell>> units = report.byUnit().stream()
        .map(l -> figures(List.of(ReportCell.text(names.unit(l.key()))), l.totals())).toList();

    List<List<ReportCell>> overdue = report.overdue().stream().map(o -> List.of(ReportCell.text(o.number()),
        ReportCell.text(o.title()), ReportCell.text(names.unit(o.leadUnitId())), ReportCell.day(o.replyDueDate()),
        ReportCell.count(o.daysOverdue()))).toList();

    return new HandlingReportTables(
        new ReportTable("汇总 Summary", concat(List.of(SECTION, GROUP), FIGURES), summary),
        new ReportTable("按状态 By state", List.of("state / 状态", "items / 件数"), states),
        new ReportTable("按承办单位 By unit", concat(List.of("unit / 承办单位"), FIGURES), units),
        new ReportTable("逾期件 Overdue", List.of("number / 编号", "title / 标题", "lead unit / 主办单位",
            "reply due / 答复期限", "days overdue / 逾期天数"), overdue));
  }

  /** Every table, in the order a workbook shows them. */
  public List<ReportTable> all() {
    return List.of(summary, byState, byUnit, overdue);
  }

  /** Round 0 is the first handling; each re-handling is the next round. */
  static String roundName(int round) {
    return round == 0 ? "首次办理 / first handling" : "第" + round + "次再办理 / re-handling " + round;
  }

  private static List<ReportCell> section(String section, String group, HandlingReport.Totals t) {
    return figures(List.of(ReportCell.text(section), ReportCell.text(group)), t);
  }

  /** The group's naming cells, then its figures in the order of {@link #FIGURES}. */
  private static List<ReportCell> figures(List<ReportCell> naming, HandlingReport.Totals t) {
    List<ReportCell> row = new ArrayList<>(naming);
    Stream.of(t.items(), t.replied(), t.repliedOnTime()).forEach(n -> row.add(ReportCell.count(n)));
    row.add(ReportCell.rate(t.onTimeRate()));
    Stream.of(t.categoryA(), t.categoryB(), t.categoryC()).forEach(n -> row.add(ReportCell.count(n)));
    row.add(ReportCell.rate(t.resolutionRate()));
    Stream.of(t.evaluated(), t.satisfied(), t.basicallySatisfied(), t.unsatisfied())
        .forEach(n -> row.add(ReportCell.count(n)));
    row.add(ReportCell.rate(t.satisfactionRate()));
    Stream.of(t.coSignerRatings(), t.coSignerSatisfied(), t.coSignerBasicallySatisfied(), t.coSignerUnsatisfied())
        .forEach(n -> row.add(ReportCell.count(n)));
    row.add(ReportCell.rate(t.coSignerSatisfactionRate()));
    Stream.of(t.commitments(), t.commitmentsFulfilled(), t.commitmentsFulfilledOnTime(), t.commitmentsOverdue(),
        t.overdueItems()).forEach(n -> row.add(ReportCell.count(n)));
    return row;
  }

  private static List<String> concat(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }
}
