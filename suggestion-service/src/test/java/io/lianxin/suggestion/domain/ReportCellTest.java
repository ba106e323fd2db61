package io.lianxin.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a report cell reads as text: rates as percentages with one decimal, days as ISO dates. */
class ReportCellTest {

  @Test
  void aRateReadsAsAPercentageWithOneDecimalRoundedHalfUp() {
    // expect
    assertThat(ReportCell.rate(0.8571).text()).isEqualTo("85.7%");
    assertThat(ReportCell.rate(0.8575).text()).isEqualTo("85.8%");
    assertThat(ReportCell.rate(1.0).text()).isEqualTo("100.0%");
    assertThat(ReportCell.rate(0.0).text()).isEqualTo("0.0%");
    assertThat(ReportCell.rate(0.0005).text()).isEqualTo("0.1%");
  }

  @Test
  void aRateKeepsItsFractionForASpreadsheetToFormat() {
    // when
    ReportCell cell = ReportCell.rate(0.8571);
    // expect
    assertThat(cell.kind()).isEqualTo(ReportCell.Kind.RATE);
    assertThat(cell.number()).isEqualTo(0.8571);
  }

  @Test
  void countsAndDaysReadPlainly() {
    // expect
    assertThat(ReportCell.count(12).text()).isEqualTo("12");
    assertThat(ReportCell.day(LocalDate.of(2026, 3, 2)).text()).isEqualTo("2026-03-02");
    assertThat(ReportCell.day(null).text()).isEmpty();
    assertThat(ReportCell.text(null).text()).isEmpty();
  }
}
