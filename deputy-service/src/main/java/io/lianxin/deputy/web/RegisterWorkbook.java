package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.domain.RegisterCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a register import from an Office Open XML workbook (.xlsx): the first sheet, its first row the header,
 * each later row one line (its number the sheet's row number), tabulated by the CSV import's rules
 * ({@link RegisterCsv#tabulate}). Empty rows are skipped; a number in a date column is an Excel date, elsewhere its
 * plain digits; a cell holding an error value rejects its line. Bounded before it is parsed: a file that is not a
 * zip (read by its central directory, as fastexcel reads it) of at most {@link #MAX_UNPACKED_BYTES} unpacked
 * is refused, and rows past {@link RegisterCsv#MAX_LINES} are never read.
 */
final class RegisterWorkbook {

  /** The media type of an .xlsx workbook. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The most a workbook may unpack to (a small file must not inflate without bound). */
  static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

  private RegisterWorkbook() {}

  static RegisterCsv.Table read(byte[] file, List<String> columns, Set<String> dateColumns) {
    requireBoundedWorkbook(file);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      Iterator<Row> it = rows.iterator();
      List<String> header = List.of();
      List<RegisterCsv.Cells> lines = new ArrayList<>();
      List<RegisterCsv.Rejected> unread = new ArrayList<>();
      boolean first = true;
      while (it.hasNext()) {
        Row row = it.next();
        RegisterCsv.requireAtMost(row.getRowNum());
        if (first) {
          header = texts(row, columns, Set.of());
          first = false;
          continue;
        }
        try {
          List<String> cells = texts(row, columns, dateColumns);
          if (cells.stream().anyMatch(c -> !c.isBlank())) {
            lines.add(new RegisterCsv.Cells(row.getRowNum(), pad(cells, columns.size())));
          }
        } catch (RuleViolationException e) {
          unread.add(new RegisterCsv.Rejected(row.getRowNum(), e.field(), e.getMessage()));
        }
      }
      return RegisterCsv.tabulate(header, lines, unread, columns);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolationException rule) {
        throw rule;
      }
      throw notAWorkbook();
    }
  }

  /** The cells of a row as text, without the empty ones after the last that holds something. */
  private static List<String> texts(Row row, List<String> columns, Set<String> dateColumns) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      texts.add(text(row.getCell(c), c < columns.size() && dateColumns.contains(columns.get(c))));
    }
    while (!texts.isEmpty() && texts.get(texts.size() - 1).isBlank()) {
      texts.remove(texts.size() - 1);
    }
    return texts;
  }

  private static List<String> pad(List<String> cells, int width) {
    List<String> padded = new ArrayList<>(cells);
    while (padded.size() < width) {
      padded.add("");
    }
    return padded;
  }

  private static String text(Cell cell, boolean dateColumn) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case NUMBER:
        return dateColumn ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
      case BOOLEAN:
        return cell.asBoolean().toString();
      case ERROR:
        throw new RuleViolationException("line", "单元格 " + cell.getAddress() + " 为错误值 / cell " + cell.getAddress()
            + " holds an error value " + cell.getRawValue());
      default:
        return cell.getText() == null ? "" : cell.getText();
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A zip (the signature of an .xlsx) whose entries unpack to at most {@link #MAX_UNPACKED_BYTES} together. */
  private static void requireBoundedWorkbook(byte[] file) {
    if (file.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(file)) { // a workbook is far longer than its signature
      throw notAWorkbook();
    }
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            unpacked += n;
            if (unpacked > MAX_UNPACKED_BYTES) {
              throw new RuleViolationException("file", "工作簿解压后超过 " + MAX_UNPACKED_BYTES / (1024 * 1024)
                  + " MiB / the workbook unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB");
            }
          }
        }
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      throw notAWorkbook();
    }
  }

  private static RuleViolationException notAWorkbook() {
    return new RuleViolationException("file", "不是可读的 xlsx 工作簿 / not a readable .xlsx workbook");
  }
}
