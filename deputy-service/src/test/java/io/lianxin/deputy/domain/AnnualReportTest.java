package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of annual reports to voters (年述职), given / when / expect. */
class AnnualReportTest {

  static final LocalDate HEARING = LocalDate.of(2026, 12, 20);

  static AnnualReport filed() {
    return AnnualReport.file("C", "D-1", 2026, new AnnualReport.Filing("S-1", HEARING, "一年来……"));
  }

  static AnnualReport heard(int attendees) {
    AnnualReport report = filed();
    report.recordMeeting(new AnnualReport.Meeting(HEARING, attendees));
    return report;
  }

  @Test
  void aReportIsHeardInItsYearOrTheNext() {
    // given / when
    AnnualReport inJanuary = AnnualReport.file("C", "D-1", 2026,
        new AnnualReport.Filing("S-1", LocalDate.of(2027, 1, 10), "t"));
    // expect
    assertThat(inJanuary.state()).isEqualTo(ReportState.FILED);
    assertThatThrownBy(() -> AnnualReport.file("C", "D-1", 2026, new AnnualReport.Filing("S-1",
        LocalDate.of(2025, 12, 31), "t"))).isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("field", "hearingOn");
    assertThatThrownBy(() -> AnnualReport.file("C", "D-1", 2026, new AnnualReport.Filing("S-1",
        LocalDate.of(2028, 1, 1), "t"))).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void theMeetingMakesItHeardAndCountsItInTheRecordOnce() {
    // given
    AnnualReport report = filed();
    AnnualReport.Meeting meeting = new AnnualReport.Meeting(HEARING, 40);
    // when
    boolean first = report.recordMeeting(meeting);
    boolean again = report.recordMeeting(meeting);
    // expect
    assertThat(first).isTrue();
    assertThat(again).as("a retried request").isFalse();
    assertThat(report.state()).isEqualTo(ReportState.HEARD);
    assertThat(report.takeEvents()).as("one heard event, which counts it in the record")
        .containsExactly(new WorkEvent.AnnualReportHeard(HEARING, 40));
    assertThatThrownBy(() -> report.recordMeeting(new AnnualReport.Meeting(HEARING, 41)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> filed().recordMeeting(new AnnualReport.Meeting(HEARING, 0)))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void eachAttendingVoterRatesOnceAndTheRatingsAreCounted() {
    // given
    AnnualReport report = heard(3);
    // when
    report.rate("slip-1", ReportRating.SATISFIED);
    report.rate("slip-2", ReportRating.SATISFIED);
    report.rate("slip-3", ReportRating.UNSATISFIED);
    // expect
    assertThat(report.counts()).isEqualTo(Map.of(ReportRating.SATISFIED, 2, ReportRating.BASICALLY_SATISFIED, 0,
        ReportRating.UNSATISFIED, 1));
    assertThatThrownBy(() -> report.rate("slip-2", ReportRating.UNSATISFIED))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("slip-2");
    assertThatThrownBy(() -> report.rate("slip-4", ReportRating.SATISFIED)).as("more ratings than attendees")
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("3");
    assertThat(report.counts().get(ReportRating.SATISFIED)).isEqualTo(2);
  }

  @Test
  void ratingIsOnlyBetweenTheMeetingAndTheClosure() {
    // given
    AnnualReport notHeard = filed();
    AnnualReport closed = heard(10);
    closed.rate("slip-1", ReportRating.BASICALLY_SATISFIED);
    closed.takeEvents();
    // when
    closed.closeRating();
    // expect
    assertThat(closed.state()).isEqualTo(ReportState.RATED);
    assertThat(closed.takeEvents()).as("the rated event carries the counts").containsExactly(new WorkEvent.AnnualReportRated(
        Map.of(ReportRating.SATISFIED, 0, ReportRating.BASICALLY_SATISFIED, 1, ReportRating.UNSATISFIED, 0), 1));
    assertThatThrownBy(() -> notHeard.rate("slip-1", ReportRating.SATISFIED)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(notHeard::closeRating).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> closed.rate("slip-2", ReportRating.SATISFIED)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(closed::closeRating).isInstanceOf(IllegalTransitionException.class);
    assertThat(closed.counts().get(ReportRating.BASICALLY_SATISFIED)).isEqualTo(1);
  }
}
