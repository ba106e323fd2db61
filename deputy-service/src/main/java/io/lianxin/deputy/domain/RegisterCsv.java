package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a register import (名册导入): a header line naming exactly the expected columns in their order,
 * then one entry per line — from CSV here, or from a workbook's rows read elsewhere into {@link Cells}
 * and tabulated by the same rules ({@link #tabulate}). CSV cells may be quoted (RFC 4180, a doubled
 * quote inside quotes); an empty cell is an absent field, blank lines are skipped, a leading
 * byte-order mark is ignored. A line
 * that does not read (wrong number of cells, an open quote) is rejected with its number; the others
 * still read. A file of more than {@link #MAX_LINES} lines is refused whole.
 */
public final class RegisterCsv {

  /** The most lines (header included) one import takes; the request body is bounded too (413). */
  public static final int MAX_LINES = 5_000;

  /** A line that was not imported: its number in the file (the header is line 1), the field and why. */
  public record Rejected(int line, String field, String reason) {}

  /** One line's cells by column; an empty cell is absent. */
  public record Row(int line, Map<String, String> cells) {
    public String cell(String column) {
      return cells.get(column);
    }
  }

  /** What a file yields: the lines that read and those that did not. */
  public record Table(List<Row> rows, List<Rejected> rejected) {}

  private RegisterCsv() {}

  /** One line as a file gave it: its number in the file (the header is line 1) and its cells in order. */
  public record Cells(int line, List<String> values) {
    public Cells {
      values = List.copyOf(values);
    }
  }

  public static Table read(String csv, List<String> columns) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String[] lines = text.split("\r?\n", -1);
    int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length; // a final line end ends the last line
    requireAtMost(count);
    List<String> header = lines.length == 0 ? List.of() : split(lines[0]);
    List<Cells> read = new ArrayList<>();
    List<Rejected> unread = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        read.add(new Cells(i + 1, split(lines[i])));
      } catch (RuleViolationException e) {
        unread.add(new Rejected(i + 1, e.field(), e.getMessage()));
      }
    }
    return tabulate(header, read, unread, columns);
  }

  /** A file of more than {@link #MAX_LINES} lines (its last line's number, header included) is refused whole. */
  public static void requireAtMost(int lines) {
    if (lines > MAX_LINES) {
      throw new RuleViolationException("csv", "一次最多导入 " + MAX_LINES + " 行 / at most " + MAX_LINES
          + " lines per import; this file has " + lines);
    }
  }

  /**
   * The lines of a file (a CSV's or a workbook sheet's rows) as rows by column: the header must name exactly the
   * columns in their order, and each line have as many cells; a line that has not is rejected with its number.
   *
   * @param unread lines already refused while reading the file
   */
  public static Table tabulate(List<String> header, List<Cells> lines, List<Rejected> unread, List<String> columns) {
    if (!header.equals(columns)) {
      throw new RuleViolationException("header", "首行须为 / the first line must be: " + String.join(",", columns));
    }
    List<Row> rows = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>(unread);
    for (Cells line : lines) {
      List<String> cells = line.values();
      if (cells.size() != columns.size()) {
        rejected.add(new Rejected(line.line(), "line", "应有 " + columns.size() + " 列，实有 " + cells.size()
            + " / expected " + columns.size() + " cells, found " + cells.size()));
        continue;
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        String cell = cells.get(c).strip();
        if (!cell.isEmpty()) {
          byColumn.put(columns.get(c), cell);
        }
      }
      rows.add(new Row(line.line(), byColumn));
    }
    rejected.sort(Comparator.comparingInt(Rejected::line));
    return new Table(rows, rejected);
  }

  /** One line's cells, honouring quotes. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new RuleViolationException("line", "引号未闭合 / a quote is not closed");
    }
    cells.add(cell.toString());
    return cells;
  }
}
