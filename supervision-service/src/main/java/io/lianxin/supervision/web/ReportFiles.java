package io.lianxin.supervision.web;

import io.lianxin.supervision.domain.ReportLanguage;
import io.lianxin.supervision.domain.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The reports as the files a committee office opens, as suggestion-service's handling report: CSV (UTF-8 with a
 * BOM, CRLF) and an .xlsx workbook of one sheet — the file chosen by {@code ?format=} or else by the Accept header,
 * the headers' language (where a report has one per language) by Accept-Language.
 */
final class ReportFiles {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);
  static final MediaType CSV_TYPE = MediaType.parseMediaType("text/csv");

  /** The first characters a spreadsheet reads as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private ReportFiles() {}

  /**
   * The file a report is written as: the {@code format} asked for, else the first of CSV and .xlsx the Accept header
   * prefers (by quality, then its order); CSV when it prefers neither (absent, a wildcard).
   */
  static ReportController.ExportFormat chosen(ReportController.ExportFormat format, String accept) {
    if (format != null) {
      return format;
    }
    if (accept == null || accept.isBlank()) {
      return ReportController.ExportFormat.CSV;
    }
    List<MediaType> preferred;
    try {
      preferred = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException unreadable) {
      return ReportController.ExportFormat.CSV; // Spring refuses an unreadable Accept before the controller
    }
    preferred.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable: the order breaks ties
    for (MediaType type : preferred) {
      if (type.getQualityValue() == 0 || type.isWildcardType() || type.isWildcardSubtype()) {
        continue;
      }
      if (type.isCompatibleWith(XLSX_TYPE)) {
        return ReportController.ExportFormat.XLSX;
      }
      if (type.isCompatibleWith(CSV_TYPE)) {
        return ReportController.ExportFormat.CSV;
      }
    }
    return ReportController.ExportFormat.CSV;
  }

  /** The reader's language by Accept-Language: the first of Chinese and English it prefers; Chinese otherwise. */
  static ReportLanguage language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ReportLanguage.ZH_CN;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage); // by weight, highest first
    } catch (IllegalArgumentException unreadable) {
      return ReportLanguage.ZH_CN;
    }
    for (Locale.LanguageRange range : ranges) {
      String primary = range.getRange().split("-", 2)[0];
      if (range.getWeight() > 0 && primary.equals("en")) {
        return ReportLanguage.EN;
      }
      if (range.getWeight() > 0 && primary.equals("zh")) {
        return ReportLanguage.ZH_CN;
      }
    }
    return ReportLanguage.ZH_CN;
  }

  /** The table as an attachment named {@code <name>.csv} or {@code <name>.xlsx}, with its language when it has one. */
  static ResponseEntity<byte[]> attachment(ReportTable table, ReportController.ExportFormat format, String name,
      ReportLanguage language) {
    boolean workbook = format == ReportController.ExportFormat.XLSX;
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + (workbook ? ".xlsx" : ".csv") + "\"")
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
        .contentType(workbook ? XLSX_TYPE : new MediaType("text", "csv", StandardCharsets.UTF_8));
    if (language != null) {
      response.header(HttpHeaders.CONTENT_LANGUAGE, language == ReportLanguage.EN ? "en" : "zh-CN");
    }
    return response.body(workbook ? xlsx(table) : csv(table));
  }

  /** The header line, then the table's lines; figures as plain integers. */
  static byte[] csv(ReportTable table) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    appendLine(csv, table.header());
    for (ReportTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.name(), row.id()));
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

  /** One sheet: the header row bold and frozen, names as texts (never formulas), figures as numbers. */
  static byte[] xlsx(ReportTable table) {
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
        ReportTable.Row row = table.rows().get(r);
        sheet.value(r + 1, 0, row.name());
        sheet.value(r + 1, 1, row.id());
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
