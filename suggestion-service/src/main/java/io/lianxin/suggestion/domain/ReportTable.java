package io.lianxin.suggestion.domain;

import java.util.List;

/**
 * One table of a report (报表): its title (zh-CN and en), the column headers and the rows.
 *
 * @param title e.g. {@code 逾期件 Overdue}; short enough for a spreadsheet's sheet name (31 characters)
 */
public record ReportTable(String title, List<String> header, List<List<ReportCell>> rows) {

  public ReportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
