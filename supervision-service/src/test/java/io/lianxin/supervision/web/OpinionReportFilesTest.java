package io.lianxin.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.supervision.domain.OpinionReportTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV file: a BOM, CRLF lines, RFC 4180 quoting, and no text a spreadsheet would run as a formula. */
class OpinionReportFilesTest {

  @Test
  void aBodysNameIsQuotedWhenItMustBeAndNeverRunsAsAFormula() {
    // given
    OpinionReportTable table = new OpinionReportTable("t", List.of("a", "b"), List.of(
        new OpinionReportTable.Row("=HYPERLINK(\"x\")", "U-1", List.of(1L)),
        new OpinionReportTable.Row("甲局,乙局", "U-2", List.of(2L)),
        new OpinionReportTable.Row("-3", "U-3", List.of(0L))));
    // when
    String csv = new String(OpinionReportFiles.csv(table), StandardCharsets.UTF_8);
    // expect
    assertThat(csv).isEqualTo("\uFEFFa,b\r\n\"'=HYPERLINK(\"\"x\"\")\",U-1,1\r\n\"甲局,乙局\",U-2,2\r\n'-3,U-3,0\r\n");
  }
}
