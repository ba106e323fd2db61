package io.lianxin.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names reports show for ids (名称表), and the id itself where no name is configured. */
class ReportNamesTest {

  @Test
  void aConfiguredIdShowsItsNameAndAnyOtherIdShowsAsItself() {
    // given
    ReportNames names = new ReportNames(Map.of("U1", "青山县住房和城乡建设局"), Map.of("D1", "代表 甲"));
    // expect
    assertThat(names.unit("U1")).isEqualTo("青山县住房和城乡建设局");
    assertThat(names.deputy("D1")).isEqualTo("代表 甲");
    assertThat(names.unit("U-unknown")).isEqualTo("U-unknown");
    assertThat(names.deputy("D-unknown")).isEqualTo("D-unknown");
    assertThat(names.unit(null)).isEmpty();
  }

  @Test
  void unitsAndDeputiesAreLookedUpApart() {
    // given
    ReportNames names = new ReportNames(Map.of("X", "某单位"), Map.of());
    // expect
    assertThat(names.deputy("X")).as("a unit's name is not a deputy's").isEqualTo("X");
    assertThat(ReportNames.none().unit("X")).isEqualTo("X");
  }
}
