package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an import file reads, given / when / expect. */
class RegisterCsvTest {

  static final List<String> COLUMNS = List.of("unitId", "name", "kind");

  @Test
  void quotedCellsEmptyCellsBlankLinesAndAByteOrderMarkRead() {
    // given
    String csv = "\uFEFFunitId,name,kind\r\nU-1,\"住建局, 青山\",OTHER\n\nU-2,\"说\"\"好\"\"\",\n";
    // when
    RegisterCsv.Table table = RegisterCsv.read(csv, COLUMNS);
    // expect
    assertThat(table.rejected()).isEmpty();
    assertThat(table.rows()).containsExactly(
        new RegisterCsv.Row(2, Map.of("unitId", "U-1", "name", "住建局, 青山", "kind", "OTHER")),
        new RegisterCsv.Row(4, Map.of("unitId", "U-2", "name", "说\"好\"")));
  }

  @Test
  void aLineWithTheWrongCellsOrAnOpenQuoteIsRejectedByNumberAndTheOthersRead() {
    // given
    String csv = "unitId,name,kind\nU-1,a\nU-2,\"b,OTHER\nU-3,c,OTHER\n";
    // when
    RegisterCsv.Table table = RegisterCsv.read(csv, COLUMNS);
    // expect
    assertThat(table.rejected()).extracting(RegisterCsv.Rejected::line).containsExactly(2, 3);
    assertThat(table.rejected().get(0).reason()).contains("expected 3 cells, found 2");
    assertThat(table.rows()).extracting(RegisterCsv.Row::line).containsExactly(4);
  }

  @Test
  void aWrongHeaderOrTooManyLinesRefusesTheFile() {
    assertThatThrownBy(() -> RegisterCsv.read("unitId,kind,name\n", COLUMNS))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("unitId,name,kind");
    String tooLong = "unitId,name,kind\n" + "U-1,a,OTHER\n".repeat(RegisterCsv.MAX_LINES);
    assertThatThrownBy(() -> RegisterCsv.read(tooLong, COLUMNS))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most " + RegisterCsv.MAX_LINES);
  }
}
