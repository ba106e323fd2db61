package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.HandlingReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlingReportViewTest {

  private static HandlingReport.Totals totals(int a, int b, int c, double onTime, double satisfaction) {
    return new HandlingReport.Totals(a + b + c, a + b + c, 0, onTime, a, b, c, 0, 0, 0, 0, 0, satisfaction, 0, 0, 0,
        0);
  }

  @Test
  void theAbcBarsAreSharesOfTheCategorisedRepliesAndTogetherTheWhole() {
    HandlingReport report = new HandlingReport(totals(3, 1, 0, 0, 0), Map.of(), List.of(), List.of(), List.of());

    HandlingReportView view = HandlingReportView.of(2026, report, Map.of());

    assertThat(view.abc()).extracting(HandlingReportView.Bar::key).containsExactly("A", "B", "C");
    assertThat(view.abc()).extracting(HandlingReportView.Bar::percent).containsExactly(75.0, 25.0, 0.0);
  }

  @Test
  void noRepliesDrawNoBarRatherThanDividingByZero() {
    HandlingReport report = new HandlingReport(totals(0, 0, 0, 0, 0), Map.of(), List.of(), List.of(), List.of());

    assertThat(HandlingReportView.of(2026, report, Map.of()).abc()).extracting(HandlingReportView.Bar::length)
        .containsOnly(0.0);
  }

  @Test
  void statesAreMeasuredAgainstTheLargestAndListedLargestFirst() {
    HandlingReport report = new HandlingReport(totals(0, 0, 0, 0, 0),
        Map.of("REPLIED", 1, "IN_PROGRESS", 4, "ASSIGNED", 1), List.of(), List.of(), List.of());

    HandlingReportView view = HandlingReportView.of(2026, report, Map.of());

    assertThat(view.states()).extracting(HandlingReportView.Bar::key)
        .containsExactly("IN_PROGRESS", "ASSIGNED", "REPLIED");
    assertThat(view.states()).extracting(HandlingReportView.Bar::percent).containsExactly(100.0, 25.0, 25.0);
  }

  @Test
  void unitsAreNamedFromTheRegisterAndAnIdItDoesNotHoldStaysAnId() {
    HandlingReport report = new HandlingReport(totals(0, 0, 0, 0, 0), Map.of(), List.of(),
        List.of(new HandlingReport.Line("U-2", totals(1, 0, 0, 0.5, 1.2)),
            new HandlingReport.Line("U-1", totals(1, 0, 0, 1, 0))), List.of());

    HandlingReportView view = HandlingReportView.of(2026, report, Map.of("U-2", "县财政局"));

    assertThat(view.units()).extracting(HandlingReportView.UnitRow::name).containsExactly("U-1", "县财政局");
    assertThat(view.units().get(1).onTimePercent()).isEqualTo(50.0);
    assertThat(view.units().get(1).satisfactionPercent()).as("a bar never longer than its track").isEqualTo(100.0);
    assertThat(view.unitName("U-9")).isEqualTo("U-9");
  }
}
