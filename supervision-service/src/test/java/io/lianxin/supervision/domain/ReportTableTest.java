package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yearly report as the table the export writes: given opinions of two bodies, expect the JSON report's figures. */
class ReportTableTest {

  static ReviewOpinion opinionOf(String bodyUnitId, String bodyName, int problems) {
    ReviewOpinion o = ReviewOpinion.issue("c", bodyUnitId + "-" + problems, new ReviewOpinion.Details("t", "x",
        bodyUnitId, bodyName, null, null), java.util.Collections.nCopies(problems, "问题"),
        ReviewOpinionTest.ISSUED_ON, ReviewOpinionTest.POLICY);
    o.takeEvents();
    return o;
  }

  @Test
  void theTotalComesFirstThenEachBodyByUnitIdWithTheReportsFiguresInOrder() {
    // given
    ReviewOpinion listed = opinionOf("U-b", "乙局", 2);
    listed.submitList(List.of(new MeasurePlan(List.of(1, 2), "整改", "股", LocalDate.of(2027, 4, 30))),
        ReviewOpinionTest.ISSUED_ON.plusDays(3));
    OpinionReport report = new OpinionReport();
    report.add(listed);
    report.add(opinionOf("U-a", "甲局", 3));
    report.add(opinionOf("U-b", "乙局", 1));
    // when
    ReportTable table = ReportTable.opinions(2027, report);
    // expect
    assertThat(table.title()).isEqualTo("审议意见 Opinions 2027").hasSizeLessThanOrEqualTo(31);
    assertThat(table.header()).containsExactly("body / 被监督单位", "unit id / 单位编号", "opinions / 审议意见",
        "problems / 问题", "measures / 整改措施", "measures done on time / 按期完成措施", "satisfied / 满意",
        "second deliberations / 二次审议", "accountability referrals / 追责问效", "open / 未办结");
    assertThat(table.rows()).containsExactly(
        new ReportTable.Row("合计 / total", "", List.of(3L, 6L, 1L, 0L, 0L, 0L, 0L, 3L)),
        new ReportTable.Row("甲局", "U-a", List.of(1L, 3L, 0L, 0L, 0L, 0L, 0L, 1L)),
        new ReportTable.Row("乙局", "U-b", List.of(2L, 3L, 1L, 0L, 0L, 0L, 0L, 2L)));
  }

  @Test
  void aYearWithoutOpinionsIsTheTotalLineOfZeros() {
    // when
    ReportTable table = ReportTable.opinions(2030, new OpinionReport());
    // expect
    assertThat(table.rows()).containsExactly(new ReportTable.Row("合计 / total", "",
        List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
  }

  @Test
  void theAllocationTableListsEveryDeputyWithHowManyTheyAreShortOfTheMinimumInTheReadersLanguage() {
    // given: D1 in two activities, D2 in one, D3 in none; the minimum is 2
    ParticipationReport report = new ParticipationReport(2027, 2, List.of(new ParticipationReport.Line("D1", 2),
        new ParticipationReport.Line("D2", 1), new ParticipationReport.Line("D3", 0)),
        List.of(new ParticipationReport.Line("D2", 1), new ParticipationReport.Line("D3", 0)));
    java.util.Map<String, String> names = java.util.Map.of("D1", "张三", "D2", "李四");
    // when
    ReportTable zh = ReportTable.allocations(report, names, ReportLanguage.ZH_CN);
    ReportTable en = ReportTable.allocations(report, names, ReportLanguage.EN);
    // expect
    assertThat(zh.title()).isEqualTo("代表参加监督活动 2027").hasSizeLessThanOrEqualTo(31);
    assertThat(zh.header()).containsExactly("代表", "代表编号", "参加监督活动次数", "年度最低次数", "差额");
    assertThat(en.title()).isEqualTo("Allocations 2027");
    assertThat(en.header()).containsExactly("deputy", "deputy id", "activities allocated", "yearly minimum", "short by");
    assertThat(zh.rows()).containsExactly(new ReportTable.Row("张三", "D1", List.of(2L, 2L, 0L)),
        new ReportTable.Row("李四", "D2", List.of(1L, 2L, 1L)),
        new ReportTable.Row("D3", "D3", List.of(0L, 2L, 2L)));
    assertThat(en.rows()).isEqualTo(zh.rows());
  }

  @Test
  void theLeadSpeakerTableCountsLeadSpeechesAgainstTheirMinimum() {
    // given
    ParticipationReport report = new ParticipationReport(2027, 3, List.of(new ParticipationReport.Line("D4", 4),
        new ParticipationReport.Line("D5", 1)), List.of(new ParticipationReport.Line("D5", 1)));
    // when
    ReportTable en = ReportTable.leadSpeakers(report, java.util.Map.of("D4", "王五", "D5", "赵六"), ReportLanguage.EN);
    // expect
    assertThat(en.title()).isEqualTo("Lead speakers 2027").hasSizeLessThanOrEqualTo(31);
    assertThat(en.header()).containsExactly("standing-committee member", "deputy id", "lead speeches",
        "yearly minimum", "short by");
    assertThat(en.rows()).containsExactly(new ReportTable.Row("王五", "D4", List.of(4L, 3L, 0L)),
        new ReportTable.Row("赵六", "D5", List.of(1L, 3L, 2L)));
    assertThat(ReportTable.leadSpeakers(report, java.util.Map.of(), ReportLanguage.ZH_CN).header())
        .containsExactly("常委会组成人员", "代表编号", "中心发言次数", "年度最低次数", "差额");
  }
}
