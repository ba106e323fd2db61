package io.lianxin.deputy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Real .xlsx workbooks for the import tests, written with fastexcel: one sheet, a row per list; a
 * {@link LocalDate} is written as Excel writes a date (a number formatted as a date), a {@link Number} as a
 * number, a {@link Boolean} as a boolean, a {@code null} as no cell, anything else as text.
 */
public final class TestWorkbooks {

  private TestWorkbooks() {}

  public static byte[] xlsx(List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "lianxin-test", "1.0");
      Worksheet sheet = workbook.newWorksheet("名册");
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
          } else if (value instanceof Number number) {
            sheet.value(r, c, number);
          } else if (value instanceof Boolean flag) {
            sheet.value(r, c, flag);
          } else if (value != null) {
            sheet.value(r, c, value.toString());
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
