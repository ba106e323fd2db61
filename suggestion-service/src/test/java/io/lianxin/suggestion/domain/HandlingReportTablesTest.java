package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handling report as the tables a committee office reads: names, not ids; percentages; states; overdue. */
class HandlingReportTablesTest {

  static final ReportNames NAMES = new ReportNames(Map.of("U1", "青山县住建局"), Map.of("D1", "代表 甲"));

  final Suggestion replied = aSuggestion().withId("S1").replied(ReplyCategory.A).build();
  final Suggestion overdue = aSuggestion().withId("S2").inProgress().build();
  final LocalDate dayAfterDue = overdue.replyDueDate().plusDays(3);

  HandlingReportTables tables() {
    return HandlingReportTables.of(HandlingReport.of(List.of(replied, overdue), dayAfterDue), NAMES);
  }

  static List<String> texts(List<ReportCell> row) {
    return row.stream().map(ReportCell::text).toList();
  }

  static List<String> rowNamed(ReportTable table, int column, String name) {
    return table.rows().stream().map(HandlingReportTablesTest::texts).filter(r -> r.get(column).equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + name + " in " + table.title()));
  }

  @Test
  void theSummaryNamesUnitsDeputiesAndCategoriesAndShowsRatesAsPercentages() {
    // when
    ReportTable summary = tables().summary();
    // expect
    assertThat(summary.header()).startsWith("section / 部分", "group / 分组", "items / 件数");
    assertThat(summary.rows()).extracting(r -> r.get(0).text() + " | " + r.get(1).text()).containsExactly(
        "total / 合计 | 全部 / all", "unit / 承办单位 | 青山县住建局", "category / 类别 | 交通 / Transport",
        "deputy / 代表 | 代表 甲", "round / 轮次 | 首次办理 / first handling");
    int onTimeRate = summary.header().indexOf("on-time rate / 按时答复率");
    assertThat(rowNamed(summary, 1, "全部 / all").get(onTimeRate)).isEqualTo("100.0%");
    int satisfaction = summary.header().indexOf("satisfaction rate / 满意率");
    assertThat(rowNamed(summary, 1, "全部 / all").get(satisfaction)).as("nobody rated yet").isEqualTo("0.0%");
  }

  @Test
  void noHeaderReusesTheWordOfAnother() {
    // expect
    for (ReportTable table : tables().all()) {
      List<String> chinese = table.header().stream().filter(h -> h.contains(" / "))
          .map(h -> h.substring(h.indexOf(" / ") + 3)).toList();
      assertThat(chinese).as(table.title()).doesNotHaveDuplicates();
    }
    List<String> sections = tables().summary().rows().stream().map(r -> r.get(0).text()).toList();
    assertThat(tables().summary().header().get(0)).isEqualTo("section / 部分");
    assertThat(sections).allSatisfy(s -> assertThat(s).doesNotContain("部分"));
  }

  @Test
  void everyStateIsCountedInTheOrderOfTheLifecycle() {
    // when
    ReportTable byState = tables().byState();
    // expect
    assertThat(byState.header()).containsExactly("state / 状态", "items / 件数");
    assertThat(byState.rows()).hasSize(SuggestionState.values().length + 1);
    assertThat(byState.rows().get(0).get(0).text()).isEqualTo("草稿 / Draft");
    assertThat(rowNamed(byState, 0, "办理中 / In progress")).containsExactly("办理中 / In progress", "1");
    assertThat(rowNamed(byState, 0, "已答复 / Replied")).containsExactly("已答复 / Replied", "1");
    assertThat(rowNamed(byState, 0, "已办结 / Closed")).containsExactly("已办结 / Closed", "0");
    assertThat(rowNamed(byState, 0, "合计 / total")).containsExactly("合计 / total", "2");
  }

  @Test
  void theOverdueListNamesTheLeadUnitAndCountsTheDays() {
    // when
    ReportTable list = tables().overdue();
    // expect
    assertThat(list.header()).containsExactly("number / 编号", "title / 标题", "lead unit / 主办单位",
        "reply due / 答复期限", "days overdue / 逾期天数");
    assertThat(list.rows()).hasSize(1);
    List<ReportCell> row = list.rows().get(0);
    assertThat(texts(row)).containsExactly(overdue.number().toString(), "关于修路的建议", "青山县住建局",
        overdue.replyDueDate().toString(), "3");
    assertThat(row.get(3).day()).isEqualTo(overdue.replyDueDate());
  }

  @Test
  void theUnitTableHasTheUnitsFiguresUnderTheirNames() {
    // when
    ReportTable byUnit = tables().byUnit();
    // expect
    assertThat(byUnit.header().get(0)).isEqualTo("unit / 承办单位");
    assertThat(byUnit.header().subList(1, byUnit.header().size())).isEqualTo(HandlingReportTables.FIGURES);
    assertThat(rowNamed(byUnit, 0, "青山县住建局")).startsWith("青山县住建局", "2", "1", "1", "100.0%");
  }

  @Test
  void categoriesAndStatesHaveTheirNamesInBothLanguages() {
    // expect
    assertThat(SuggestionCategory.HOUSING.label()).isEqualTo("住房 / Housing");
    assertThat(SuggestionState.REHANDLING.label()).isEqualTo("再作研究办理 / Re-handling");
    assertThat(List.of(SuggestionCategory.values())).allSatisfy(c -> assertThat(c.label()).matches("\\p{IsHan}+ / [A-Z].*"));
    assertThat(List.of(SuggestionState.values())).allSatisfy(s -> assertThat(s.label()).matches("\\p{IsHan}+ / [A-Z].*"));
  }
}
