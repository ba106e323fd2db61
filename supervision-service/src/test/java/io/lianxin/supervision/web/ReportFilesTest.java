package io.lianxin.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.web.SpreadsheetFiles;
import io.lianxin.supervision.domain.ReportLanguage;
import io.lianxin.supervision.domain.ReportTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV file: a BOM, CRLF lines, RFC 4180 quoting, and no text a spreadsheet would run as a formula. */
class ReportFilesTest {

  @Test
  void aBodysNameIsQuotedWhenItMustBeAndNeverRunsAsAFormula() {
    // given
    ReportTable table = new ReportTable("t", List.of("a", "b"), List.of(
        new ReportTable.Row("=HYPERLINK(\"x\")", "U-1", List.of(1L)),
        new ReportTable.Row("甲局,乙局", "U-2", List.of(2L)),
        new ReportTable.Row("-3", "U-3", List.of(0L))));
    // when
    String csv = new String(ReportFiles.csv(table), StandardCharsets.UTF_8);
    // expect
    assertThat(csv).isEqualTo("\uFEFFa,b\r\n\"'=HYPERLINK(\"\"x\"\")\",U-1,1\r\n\"甲局,乙局\",U-2,2\r\n'-3,U-3,0\r\n");
  }

  @Test
  void theFormatAskedForWinsElseTheAcceptHeadersPreferredOfTheTwoElseCsv() {
    // expect
    assertThat(SpreadsheetFiles.chosen(SpreadsheetFiles.Format.CSV, SpreadsheetFiles.XLSX))
        .isEqualTo(SpreadsheetFiles.Format.CSV);
    assertThat(SpreadsheetFiles.chosen(null, SpreadsheetFiles.XLSX)).isEqualTo(SpreadsheetFiles.Format.XLSX);
    assertThat(SpreadsheetFiles.chosen(null, "text/csv;q=0.5, " + SpreadsheetFiles.XLSX + ";q=0.9"))
        .isEqualTo(SpreadsheetFiles.Format.XLSX);
    assertThat(SpreadsheetFiles.chosen(null, SpreadsheetFiles.XLSX + ";q=0.4, text/csv")).isEqualTo(SpreadsheetFiles.Format.CSV);
    assertThat(SpreadsheetFiles.chosen(null, "application/json, " + SpreadsheetFiles.XLSX))
        .isEqualTo(SpreadsheetFiles.Format.XLSX);
    assertThat(SpreadsheetFiles.chosen(null, "*/*")).isEqualTo(SpreadsheetFiles.Format.CSV);
    assertThat(SpreadsheetFiles.chosen(null, SpreadsheetFiles.XLSX + ";q=0, */*")).isEqualTo(SpreadsheetFiles.Format.CSV);
    assertThat(SpreadsheetFiles.chosen(null, null)).isEqualTo(SpreadsheetFiles.Format.CSV);
  }

  @Test
  void theReadersLanguageIsTheFirstOfChineseAndEnglishTheyPreferElseChinese() {
    // expect
    assertThat(ReportFiles.language("en-US,en;q=0.9")).isEqualTo(ReportLanguage.EN);
    assertThat(ReportFiles.language("fr, en;q=0.8, zh;q=0.5")).isEqualTo(ReportLanguage.EN);
    assertThat(ReportFiles.language("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(ReportLanguage.ZH_CN);
    assertThat(ReportFiles.language("en;q=0.3, zh-TW;q=0.6")).isEqualTo(ReportLanguage.ZH_CN);
    assertThat(ReportFiles.language("en;q=0, fr")).isEqualTo(ReportLanguage.ZH_CN);
    assertThat(ReportFiles.language(null)).isEqualTo(ReportLanguage.ZH_CN);
    assertThat(ReportFiles.language("not a ;; range")).isEqualTo(ReportLanguage.ZH_CN);
  }
}
