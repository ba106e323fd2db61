package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The yearly report as the table the export writes: given opinions of two bodies, expect the JSON report's figures. */
class OpinionReportTableTest {

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
    OpinionReportTable table = OpinionReportTable.of(2027, report);
    // expect
    assertThat(table.title()).isEqualTo("审议意见 Opinions 2027").hasSizeLessThanOrEqualTo(31);
    assertThat(table.header()).containsExactly("body / 被监督单位", "unit id / 单位编号", "opinions / 审议意见",
        "problems / 问题", "measures / 整改措施", "measures done on time / 按期完成措施", "satisfied / 满意",
        "second deliberations / 二次审议", "accountability referrals / 追责问效", "open / 未办结");
    assertThat(table.rows()).containsExactly(
        new OpinionReportTable.Row("合计 / total", "", List.of(3L, 6L, 1L, 0L, 0L, 0L, 0L, 3L)),
        new OpinionReportTable.Row("甲局", "U-a", List.of(1L, 3L, 0L, 0L, 0L, 0L, 0L, 1L)),
        new OpinionReportTable.Row("乙局", "U-b", List.of(2L, 3L, 1L, 0L, 0L, 0L, 0L, 2L)));
  }

  @Test
  void aYearWithoutOpinionsIsTheTotalLineOfZeros() {
    // when
    OpinionReportTable table = OpinionReportTable.of(2030, new OpinionReport());
    // expect
    assertThat(table.rows()).containsExactly(new OpinionReportTable.Row("合计 / total", "",
        List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
  }
}
