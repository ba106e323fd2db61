package io.lianxin.supervision.web;

import io.lianxin.chassis.web.SpreadsheetFiles;
import io.lianxin.supervision.domain.ReportLanguage;
import io.lianxin.supervision.domain.ReportTable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * The reports as the files a committee office opens (CSV or .xlsx, the chassis's {@link SpreadsheetFiles}): a
 * {@link ReportTable} as its sheet (the file is chosen by {@link SpreadsheetFiles#chosen}), the headers' language
 * (where a report has one per language) by Accept-Language.
 */
final class ReportFiles {

  private ReportFiles() {}

  /** The reader's language by Accept-Language: the first of Chinese and English it prefers; Chinese otherwise. */
  static ReportLanguage language(String acceptLanguage) {
    return SpreadsheetFiles.prefersEnglish(acceptLanguage) ? ReportLanguage.EN : ReportLanguage.ZH_CN;
  }

  /** The table as an attachment named {@code <name>.csv} or {@code <name>.xlsx}, with its language when it has one. */
  static ResponseEntity<byte[]> attachment(ReportTable table, SpreadsheetFiles.Format format, String name,
      ReportLanguage language) {
    return SpreadsheetFiles.attachment(sheet(table), format, name,
        language == null ? null : language == ReportLanguage.EN ? "en" : "zh-CN");
  }

  /** The header line, then the table's lines; figures as plain integers. */
  static byte[] csv(ReportTable table) {
    return SpreadsheetFiles.csv(sheet(table));
  }

  private static SpreadsheetFiles.Sheet sheet(ReportTable table) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReportTable.Row row : table.rows()) {
      List<Object> cells = new ArrayList<>(List.of(row.name(), row.id()));
      cells.addAll(row.figures());
      rows.add(cells);
    }
    return new SpreadsheetFiles.Sheet(table.title(), table.header(), rows);
  }
}
