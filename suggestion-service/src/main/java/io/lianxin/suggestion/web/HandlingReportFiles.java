package io.lianxin.suggestion.web;

import io.lianxin.suggestion.domain.HandlingReportTables;
import io.lianxin.suggestion.domain.ReportCell;
import io.lianxin.suggestion.domain.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The handling report's tables as the files a committee office opens: CSV and an .xlsx workbook. */
final class HandlingReportFiles {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private HandlingReportFiles() {}

  /**
   * UTF-8 with a BOM (Excel and WPS read it as UTF-8), CRLF: the summary first, its header the
   * first line, then the counts by state and the overdue list, each after an empty line and its
   * title. The figures by unit are the summary's unit rows.
   */
  static byte[] csv(HandlingReportTables tables) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    table(csv, tables.summary());
    for (ReportTable table : List.of(tables.byState(), tables.overdue())) {
      csv.append("\r\n");
      line(csv, List.of(table.title()));
      table(csv, table);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void table(StringBuilder csv, ReportTable table) {
    line(csv, table.header());
    table.rows().forEach(row -> line(csv, row.stream().map(ReportCell::text).toList()));
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(String.join(",", cells.stream().map(HandlingReportFiles::cell).toList())).append("\r\n");
  }

  /** RFC 4180 quoting, and no formula injection into spreadsheets. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  /**
   * One sheet per table (summary, by state, by unit, overdue), the header row bold and frozen:
   * counts as numbers, rates as numbers formatted {@code 0.0%}, days as dates formatted
   * {@code yyyy-mm-dd}. Texts are written as texts, never as formulas.
   */
  static byte[] xlsx(HandlingReportTables tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Lianxin", "1.0");
      for (ReportTable table : tables.all()) {
        sheet(workbook.newWorksheet(table.title()), table);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void sheet(Worksheet sheet, ReportTable table) {
    for (int c = 0; c < table.header().size(); c++) {
      sheet.value(0, c, table.header().get(c));
      sheet.style(0, c).bold().set();
      sheet.width(c, c < 2 ? 28 : 14);
    }
    sheet.freezePane(0, 1);
    for (int r = 0; r < table.rows().size(); r++) {
      List<ReportCell> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        write(sheet, r + 1, c, row.get(c));
      }
    }
  }

  private static void write(Worksheet sheet, int r, int c, ReportCell cell) {
    switch (cell.kind()) {
      case COUNT -> sheet.value(r, c, cell.number());
      case RATE -> {
        sheet.value(r, c, cell.number());
        sheet.style(r, c).format("0.0%").set();
      }
      case DAY -> {
        if (cell.day() != null) {
          sheet.value(r, c, cell.day());
          sheet.style(r, c).format("yyyy-mm-dd").set();
        }
      }
      default -> sheet.value(r, c, cell.text());
    }
  }
}
