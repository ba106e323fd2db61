package io.lianxin.supervision.web;

import io.lianxin.supervision.domain.OpinionReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The yearly report of review opinions as the files a committee office opens, as suggestion-service's
 * handling report: CSV (UTF-8 with a BOM, CRLF) and an .xlsx workbook of one sheet.
 */
final class OpinionReportFiles {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The first characters a spreadsheet reads as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private OpinionReportFiles() {}

  /** The header line, then the total line and the bodies' lines; counts as plain integers. */
  static byte[] csv(OpinionReportTable table) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    appendLine(csv, table.header());
    for (OpinionReportTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.name(), row.unitId()));
      row.figures().forEach(n -> cells.add(Long.toString(n)));
      appendLine(csv, cells);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendLine(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      csv.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** Quoted as RFC 4180 says when needed; a text a spreadsheet would run as a formula is kept a text by a leading quote. */
  static String csvCell(String text) {
    String safe = !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    boolean quote = safe.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** One sheet: the header row bold and frozen, names as texts (never formulas), counts as numbers. */
  static byte[] xlsx(OpinionReportTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Lianxin", "1.0");
      Worksheet sheet = workbook.newWorksheet(table.title());
      for (int c = 0; c < table.header().size(); c++) {
        sheet.value(0, c, table.header().get(c));
        sheet.style(0, c).bold().set();
        sheet.width(c, c == 0 ? 32 : 16);
      }
      sheet.freezePane(0, 1);
      for (int r = 0; r < table.rows().size(); r++) {
        OpinionReportTable.Row row = table.rows().get(r);
        sheet.value(r + 1, 0, row.name());
        sheet.value(r + 1, 1, row.unitId());
        for (int f = 0; f < row.figures().size(); f++) {
          sheet.value(r + 1, 2 + f, row.figures().get(f));
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
