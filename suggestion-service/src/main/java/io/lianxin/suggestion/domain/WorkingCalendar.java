package io.lianxin.suggestion.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days (工作日): weekdays, less public holidays, plus the weekend days made working days
 * in exchange for a holiday (调休).
 */
public final class WorkingCalendar {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkingDays;

  public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    this.holidays = Set.copyOf(holidays);
    this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
  }

  public static WorkingCalendar weekendsOnly() {
    return new WorkingCalendar(Set.of(), Set.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkingDays.contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The {@code n}-th working day after {@code start} (start itself not counted). */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
