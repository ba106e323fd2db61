package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each event counts in deputies' records (履职档案), given / when / expect. */
class CountedWorkTest {

  @Test
  void aHeldDayCountsOnceForEachDeputyPresentInTheYearOfItsDate() {
    // given
    CountedWork held = new CountedWork.HeldReceptionDay("R-1", "C", LocalDate.of(2026, 12, 31), List.of("D-2", "D-1", "D-2"));
    // when
    List<RecordEntry> entries = held.entries("e-1");
    // expect
    assertThat(entries).containsExactly(
        new RecordEntry("C", "D-2", RecordKind.RECEPTION_DAY, "reception-day:R-1", 2026, "e-1"),
        new RecordEntry("C", "D-1", RecordKind.RECEPTION_DAY, "reception-day:R-1", 2026, "e-1"));
  }

  @Test
  void aHeardReportCountsInItsYearNotTheYearItWasHeard() {
    // given: the report of 2026, heard in January 2027
    CountedWork heard = new CountedWork.HeardReport("D-1", "C", 2026);
    // when / expect
    assertThat(heard.entries("e-2")).containsExactly(
        new RecordEntry("C", "D-1", RecordKind.ANNUAL_REPORT, "annual-report:2026", 2026, "e-2"));
  }

  @Test
  void aTrainingCountsPerSessionSoASecondAttendedEventForTheSameDeputyIsTheSameEntry() {
    // given
    CountedWork first = new CountedWork.AttendedTraining("T-1", "C", LocalDate.of(2026, 3, 20), List.of("D-1"));
    CountedWork again = new CountedWork.AttendedTraining("T-1", "C", LocalDate.of(2026, 3, 20), List.of("D-1", "D-2"));
    // when / expect: the key (deputy, item) of D-1's entry is the same in both
    assertThat(first.entries("e-3").get(0).itemId()).isEqualTo(again.entries("e-4").get(0).itemId());
    assertThat(again.entries("e-4")).extracting(RecordEntry::kind).containsOnly(RecordKind.TRAINING);
  }

  @Test
  void anAllocationCountsEachDeputyOncePerActivityInThePlanYear() {
    // given
    CountedWork.Allocation allocation = new CountedWork.Allocation("2027-3", "C", 2027, List.of("D-1", "D-1", "D-4"));
    // when
    List<RecordEntry> entries = allocation.entries("e-5");
    // expect
    assertThat(entries).containsExactly(
        new RecordEntry("C", "D-1", RecordKind.SUPERVISION_ALLOCATION, "supervision-activity:2027-3", 2027, "e-5"),
        new RecordEntry("C", "D-4", RecordKind.SUPERVISION_ALLOCATION, "supervision-activity:2027-3", 2027, "e-5"));
    assertThat(allocation.itemId()).isEqualTo("supervision-activity:2027-3");
  }

  @Test
  void aSiteInspectionCountsOncePerProjectAndDayForEachDeputyOfTheGroup() {
    // given
    CountedWork may = new CountedWork.SiteInspection("P-1", "C", LocalDate.of(2027, 5, 10), List.of("D-1", "D-2"));
    CountedWork june = new CountedWork.SiteInspection("P-1", "C", LocalDate.of(2027, 6, 10), List.of("D-1"));
    // when / expect
    assertThat(may.entries("e-6")).extracting(RecordEntry::itemId).containsOnly("site-inspection:P-1/2027-05-10");
    assertThat(june.entries("e-7")).containsExactly(
        new RecordEntry("C", "D-1", RecordKind.SITE_INSPECTION, "site-inspection:P-1/2027-06-10", 2027, "e-7"));
  }
}
