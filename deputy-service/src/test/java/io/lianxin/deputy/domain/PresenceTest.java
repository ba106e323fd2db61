package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presence at reception days per month and quarter (月进站、季回家), given / when / expect. */
class PresenceTest {

  static ReceptionDay day(String id, LocalDate date, ReceptionDayStatus status, String... present) {
    return ReceptionDay.restore("C", id, new ReceptionDay.Plan("S-1", date, LocalTime.of(9, 0), LocalTime.of(11, 0),
        List.of(present)), status, status == ReceptionDayStatus.HELD ? List.of(present) : List.of());
  }

  @Test
  void eachDeputyIsCountedPerMonthOfTheQuarterFromTheHeldDaysOnly() {
    // given: Q4 2026
    List<ReceptionDay> days = List.of(
        day("R-1", LocalDate.of(2026, 10, 3), ReceptionDayStatus.HELD, "D-1", "D-2"),
        day("R-2", LocalDate.of(2026, 11, 7), ReceptionDayStatus.HELD, "D-1"),
        day("R-3", LocalDate.of(2026, 12, 31), ReceptionDayStatus.HELD, "D-1"),
        day("R-4", LocalDate.of(2026, 12, 5), ReceptionDayStatus.SCHEDULED, "D-2"),
        day("R-5", LocalDate.of(2026, 9, 30), ReceptionDayStatus.HELD, "D-3"),
        day("R-6", LocalDate.of(2027, 1, 1), ReceptionDayStatus.HELD, "D-3"));
    // when
    List<Presence> presence = Presence.of(2026, 4, days);
    // expect
    assertThat(presence).containsExactly(new Presence("D-1", 2026, 4, List.of(1, 1, 1), 3),
        new Presence("D-2", 2026, 4, List.of(1, 0, 0), 1));
    assertThat(presence.get(0).everyMonth()).isTrue();
    assertThat(presence.get(1).everyMonth()).isFalse();
    assertThat(presence.get(1).inQuarter()).isTrue();
  }

  @Test
  void aDateIsInTheQuarterOfItsMonth() {
    // given / when / expect
    assertThat(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31)).stream().map(Presence::quarterOf))
        .containsExactly(1, 1, 2, 3, 4);
  }
}
