package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of reception days (进站接待), given / when / expect. */
class ReceptionDayTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 15);

  static Station stationWith(String... deputies) {
    Station station = Station.register("C", "S-1", StationTest.HOME);
    station.attach(List.of(deputies), Set.of(deputies));
    station.takeEvents();
    return station;
  }

  static ReceptionDay.Plan plan(String... deputies) {
    return new ReceptionDay.Plan("S-1", DAY, LocalTime.of(9, 0), LocalTime.of(11, 30), List.of(deputies));
  }

  static ReceptionDay scheduled() {
    return ReceptionDay.schedule("C", "R-1", plan("D-1", "D-2"), stationWith("D-1", "D-2", "D-3"),
        Set.of("D-1", "D-2", "D-3"));
  }

  @Test
  void aDayIsScheduledAtAnOpenStationWithActiveDeputiesAttachedToIt() {
    // given
    Station station = stationWith("D-1", "D-2");
    // when
    ReceptionDay day = ReceptionDay.schedule("C", "R-1", plan("D-2", "D-1"), station, Set.of("D-1", "D-2"));
    // expect
    assertThat(day.status()).isEqualTo(ReceptionDayStatus.SCHEDULED);
    assertThat(day.plan().deputyIds()).containsExactly("D-1", "D-2");
    assertThat(day.takeEvents()).as("the deputies on duty are in the day's snapshot")
        .containsExactly(new WorkEvent.ReceptionDayScheduled());
  }

  @Test
  void deputiesNotAttachedOrNotActiveAreNamedAndNothingIsScheduled() {
    // given
    Station station = stationWith("D-1", "D-2");
    // when / expect: D-2 attached but no longer active, D-9 not attached
    assertThatThrownBy(() -> ReceptionDay.schedule("C", "R-1", plan("D-1", "D-2", "D-9"), station, Set.of("D-1", "D-9")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D-2, D-9").hasMessageNotContaining("D-1");
  }

  @Test
  void aClosedStationTakesNoDayAndTheHoursMustBeInOrder() {
    // given
    Station closed = stationWith("D-1");
    closed.close(DAY);
    ReceptionDay.Plan backwards = new ReceptionDay.Plan("S-1", DAY, LocalTime.of(11, 0), LocalTime.of(9, 0),
        List.of("D-1"));
    // when / expect
    assertThatThrownBy(() -> ReceptionDay.schedule("C", "R-1", plan("D-1"), closed, Set.of("D-1")))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CLOSED");
    assertThatThrownBy(() -> ReceptionDay.schedule("C", "R-1", backwards, stationWith("D-1"), Set.of("D-1")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("startsAt");
  }

  @Test
  void aHeldDayIsOneEventNamingTheDeputiesPresent() {
    // given
    ReceptionDay day = scheduled();
    day.takeEvents();
    // when
    boolean changed = day.hold(List.of("D-2"));
    // expect
    assertThat(changed).isTrue();
    assertThat(day.status()).isEqualTo(ReceptionDayStatus.HELD);
    assertThat(day.takeEvents()).containsExactly(new WorkEvent.ReceptionDayHeld(List.of("D-2")));
  }

  @Test
  void holdingAgainWithTheSameDeputiesChangesNothingAndWithOthersIsRefused() {
    // given
    ReceptionDay day = scheduled();
    day.hold(List.of("D-1", "D-2"));
    day.takeEvents();
    // when / expect
    assertThat(day.hold(List.of("D-2", "D-1"))).as("a retried request").isFalse();
    assertThat(day.takeEvents()).as("no second held event").isEmpty();
    assertThatThrownBy(() -> day.hold(List.of("D-1"))).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("HELD");
    assertThat(day.deputiesPresent()).containsExactly("D-1", "D-2");
  }

  @Test
  void onlyDeputiesOnDutyCanBePresent() {
    // given
    ReceptionDay day = scheduled();
    // when / expect: D-3 is attached to the station but not on duty that day
    assertThatThrownBy(() -> day.hold(List.of("D-1", "D-3"))).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("D-3").hasMessageNotContaining("D-1");
    assertThat(day.status()).isEqualTo(ReceptionDayStatus.SCHEDULED);
  }

  @Test
  void aDayIsRescheduledUntilHeldAndTheSamePlanIsNoChange() {
    // given
    ReceptionDay day = scheduled();
    day.takeEvents();
    Station station = stationWith("D-1", "D-2", "D-3");
    Set<String> active = Set.of("D-1", "D-2", "D-3");
    // when
    boolean same = day.reschedule(plan("D-1", "D-2"), station, active);
    boolean other = day.reschedule(plan("D-3"), station, active);
    boolean later = day.reschedule(new ReceptionDay.Plan("S-1", DAY.plusDays(1), LocalTime.of(14, 0),
        LocalTime.of(11, 30).plusHours(5), List.of("D-3")), station, active);
    // expect
    assertThat(same).isFalse();
    assertThat(other).isTrue();
    assertThat(later).isTrue();
    assertThat(day.takeEvents()).as("the deputies on duty are told again, with what changed").containsExactly(
        new WorkEvent.ReceptionDayRescheduled(List.of("deputyIds")),
        new WorkEvent.ReceptionDayRescheduled(List.of("date", "startsAt", "endsAt")));
    assertThat(day.onDuty("D-3")).isTrue();
    assertThat(day.onDuty("D-1")).isFalse();
    day.hold(List.of("D-3"));
    assertThatThrownBy(() -> day.reschedule(plan("D-1"), station, active))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
