package io.lianxin.deputy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.TestWorkbooks;
import io.lianxin.deputy.domain.RegisterCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** How an .xlsx import reads, given / when / expect, on workbooks written by fastexcel. */
class RegisterWorkbookTest {

  static final List<String> COLUMNS = List.of("deputyId", "name", "termStart");

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void theFirstRowIsTheHeaderAndEachLaterRowALineNumberedAsTheSheetNumbersIt() {
    // given
    byte[] file = TestWorkbooks.xlsx(List.of(row("deputyId", "name", "termStart"),
        row("D-1", "代表 甲", LocalDate.of(2026, 1, 10)),
        row(),
        row(1001, "数字编号", "2026-02-01"),
        row("D-3", null, LocalDate.of(2026, 3, 1), null, "")));
    // when
    RegisterCsv.Table table = RegisterWorkbook.read(file, COLUMNS, Set.of("termStart"));
    // expect
    assertThat(table.rejected()).isEmpty();
    assertThat(table.rows()).containsExactly(
        new RegisterCsv.Row(2, Map.of("deputyId", "D-1", "name", "代表 甲", "termStart", "2026-01-10")),
        new RegisterCsv.Row(4, Map.of("deputyId", "1001", "name", "数字编号", "termStart", "2026-02-01")),
        new RegisterCsv.Row(5, Map.of("deputyId", "D-3", "termStart", "2026-03-01")));
  }

  @Test
  void aRowWithMoreCellsThanColumnsIsRejectedByNumberAndTheOthersRead() {
    // given
    byte[] file = TestWorkbooks.xlsx(List.of(row("deputyId", "name", "termStart"),
        row("D-1", "甲", "2026-01-10", "多余"), row("D-2", "乙", "2026-01-10")));
    // when
    RegisterCsv.Table table = RegisterWorkbook.read(file, COLUMNS, Set.of("termStart"));
    // expect
    assertThat(table.rejected()).extracting(RegisterCsv.Rejected::line).containsExactly(2);
    assertThat(table.rejected().get(0).reason()).contains("expected 3 cells, found 4");
    assertThat(table.rows()).extracting(RegisterCsv.Row::line).containsExactly(3);
  }

  @Test
  void aWrongHeaderOrMoreThanTheMostLinesRefusesTheWorkbook() {
    // given
    List<List<Object>> tooMany = new ArrayList<>();
    tooMany.add(row("deputyId", "name", "termStart"));
    for (int i = 0; i < RegisterCsv.MAX_LINES; i++) {
      tooMany.add(row("D-" + i, "代表", "2026-01-10"));
    }
    // when / expect
    assertThatThrownBy(() -> RegisterWorkbook.read(TestWorkbooks.xlsx(List.of(row("id", "name"))), COLUMNS, Set.of()))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("deputyId,name,termStart");
    assertThatThrownBy(() -> RegisterWorkbook.read(TestWorkbooks.xlsx(tooMany), COLUMNS, Set.of()))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 5000 lines per import; this file has 5001");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedAsSuch() throws IOException {
    // given
    byte[] text = "deputyId,name,termStart\n".getBytes(StandardCharsets.UTF_8);
    byte[] zipOfNothing = zip("readme.txt", "不是工作簿".getBytes(StandardCharsets.UTF_8));
    byte[] truncated = Arrays.copyOf(TestWorkbooks.xlsx(List.of(row("deputyId", "name", "termStart"))), 200);
    // when / expect
    for (byte[] file : List.of(text, zipOfNothing, truncated, new byte[0])) {
      assertThatThrownBy(() -> RegisterWorkbook.read(file, COLUMNS, Set.of())).isInstanceOf(RuleViolationException.class)
          .hasMessageContaining("not a readable .xlsx workbook");
    }
  }

  @Test
  void aWorkbookThatUnpacksBeyondTheBoundIsRefusedBeforeItIsParsed() throws IOException {
    // given: a few hundred KiB that unpack to more than the bound
    byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[(int) RegisterWorkbook.MAX_UNPACKED_BYTES + 1]);
    // when / expect
    assertThat(bomb.length).isLessThan(256 * 1024);
    assertThatThrownBy(() -> RegisterWorkbook.read(bomb, COLUMNS, Set.of())).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("unpacks to more than 32 MiB");
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
