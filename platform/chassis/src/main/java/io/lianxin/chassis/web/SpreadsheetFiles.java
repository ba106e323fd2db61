package io.lianxin.chassis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as the file a committee office opens: CSV (UTF-8 with a BOM so that Excel reads Chinese, CRLF lines, RFC
 * 4180 quoting, a text a spreadsheet would run as a formula kept a text) or an .xlsx workbook of one sheet (the header
 * bold and frozen, texts as texts, numbers as numbers) — chosen by the {@code format} asked for, else by the Accept
 * header; the headers' language by Accept-Language. One writer for every service's exports.
 */
public final class SpreadsheetFiles {

  /** The media type of an .xlsx workbook. */
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);
  private static final MediaType CSV_TYPE = MediaType.parseMediaType("text/csv");

  /** The first characters a spreadsheet reads as a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  /** The two files a report is offered as. */
  public enum Format { CSV, XLSX }

  /** A table: a sheet title, the header, and rows of texts and numbers (a null cell is empty). */
  public record Sheet(String title, List<String> header, List<List<Object>> rows) {
    public Sheet {
      Objects.requireNonNull(title, "title");
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  private SpreadsheetFiles() {}

  /**
   * The file asked for: {@code format} if given, else the first of CSV and .xlsx the Accept header prefers (by
   * quality, then its order); CSV when it prefers neither (absent, a wildcard, unreadable).
   */
  public static Format chosen(Format format, String accept) {
    if (format != null) {
      return format;
    }
    if (accept == null || accept.isBlank()) {
      return Format.CSV;
    }
    List<MediaType> preferred;
    try {
      preferred = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException unreadable) {
      return Format.CSV; // Spring refuses an unreadable Accept before the controller
    }
    preferred.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()); // stable: the order breaks ties
    for (MediaType type : preferred) {
      if (type.getQualityValue() == 0 || type.isWildcardType() || type.isWildcardSubtype()) {
        continue;
      }
      if (type.isCompatibleWith(XLSX_TYPE)) {
        return Format.XLSX;
      }
      if (type.isCompatibleWith(CSV_TYPE)) {
        return Format.CSV;
      }
    }
    return Format.CSV;
  }

  /** Whether the reader prefers English to Chinese by Accept-Language (Chinese when neither or unreadable). */
  public static boolean prefersEnglish(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) { // by weight, highest first
        String primary = range.getRange().split("-", 2)[0];
        if (range.getWeight() > 0 && (primary.equals("en") || primary.equals("zh"))) {
          return primary.equals("en");
        }
      }
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
    return false;
  }

  /**
   * The sheet as an attachment named {@code <name>.csv} or {@code <name>.xlsx}; {@code contentLanguage} (zh-CN, en)
   * when its headers are of one language, else null.
   */
  public static ResponseEntity<byte[]> attachment(Sheet sheet, Format format, String name, String contentLanguage) {
    boolean workbook = format == Format.XLSX;
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + (workbook ? ".xlsx" : ".csv") + "\"")
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
        .contentType(workbook ? XLSX_TYPE : new MediaType("text", "csv", StandardCharsets.UTF_8));
    if (contentLanguage != null) {
      response.header(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
    }
    return response.body(workbook ? xlsx(sheet) : csv(sheet));
  }

  /** The header line, then one line per row; numbers as written by {@code toString} (plain integers). */
  public static byte[] csv(Sheet sheet) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    appendLine(csv, sheet.header());
    for (List<Object> row : sheet.rows()) {
      appendLine(csv, row.stream().map(cell -> cell == null ? "" : cell.toString()).toList());
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
  public static String csvCell(String text) {
    String safe = !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    boolean quote = safe.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** One sheet: the header row bold and frozen, texts as texts (never formulas), numbers as numbers. */
  public static byte[] xlsx(Sheet sheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Lianxin", "1.0");
      Worksheet ws = workbook.newWorksheet(sheet.title());
      for (int c = 0; c < sheet.header().size(); c++) {
        ws.value(0, c, sheet.header().get(c));
        ws.style(0, c).bold().set();
        ws.width(c, c == 0 ? 32 : 16);
      }
      ws.freezePane(0, 1);
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<Object> row = sheet.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          if (cell instanceof Number n) {
            ws.value(r + 1, c, n);
          } else if (cell instanceof Boolean b) {
            ws.value(r + 1, c, b);
          } else if (cell != null) {
            ws.value(r + 1, c, cell.toString());
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
