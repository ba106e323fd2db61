package io.lianxin.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  @Test
  void weekendsAndHolidaysAreSkippedAndMakeUpDaysCount() {
    // 2026-10-01..07 National Day holiday; Sunday 2026-09-27 and Saturday 2026-10-10 made working days
    Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
        LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
    WorkingCalendar calendar = new WorkingCalendar(holidays, Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
    // From Tue 2026-09-29: Wed 30, Thu 8, Fri 9, Sat 10 (make-up), Mon 12
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 29), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
    assertThat(WorkingCalendar.weekendsOnly().plusWorkingDays(LocalDate.of(2026, 3, 6), 1))
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(WorkingCalendar.weekendsOnly().plusWorkingDays(LocalDate.of(2026, 3, 6), 0))
        .isEqualTo(LocalDate.of(2026, 3, 6));
  }
}
