package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of homes and stations, given / when / expect events. */
class StationTest {

  static final Station.Details HOME = new Station.Details(StationKind.HOME, "城关镇人大代表之家",
      new Station.Place("人民路 1 号", "城关镇"));

  static Station registered() {
    Station station = Station.register("C", "S-1", HOME);
    station.takeEvents();
    return station;
  }

  @Test
  void aStationIsRegisteredOpenAndAnUpdateNamesWhatChanged() {
    // given
    Station station = Station.register("C", "S-1", HOME);
    // when
    station.update(new Station.Details(StationKind.HOME, "城关镇人大代表之家", new Station.Place("人民路 2 号", "城关镇")));
    station.update(new Station.Details(StationKind.HOME, "城关镇人大代表之家", new Station.Place("人民路 2 号", "城关镇")));
    // expect
    assertThat(station.takeEvents()).containsExactly(new RegisterEvent.StationRegistered(),
        new RegisterEvent.StationUpdated(List.of("address")));
    assertThat(station.status()).isEqualTo(StationStatus.OPEN);
  }

  @Test
  void onlyActiveDeputiesOfTheRegisterAreAttachedAndTheOthersAreNamed() {
    // given
    Station station = registered();
    // when / expect
    assertThatThrownBy(() -> station.attach(List.of("D-1", "D-9", "D-8"), Set.of("D-1")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D-8, D-9");
    assertThat(station.deputyIds()).as("nothing attached when one is unknown").isEmpty();
    assertThat(station.takeEvents()).isEmpty();
  }

  @Test
  void attachingOrDetachingAgainChangesNothing() {
    // given
    Station station = registered();
    // when
    station.attach(List.of("D-2", "D-1"), Set.of("D-1", "D-2"));
    station.attach(List.of("D-1"), Set.of("D-1"));
    station.detach(List.of("D-2"));
    station.detach(List.of("D-2", "D-7"));
    // expect
    assertThat(station.deputyIds()).containsExactly("D-1");
    assertThat(station.takeEvents()).containsExactly(new RegisterEvent.StationUpdated(List.of("deputyIds")),
        new RegisterEvent.StationUpdated(List.of("deputyIds")));
  }

  @Test
  void aClosedStationChangesNoMore() {
    // given
    Station station = registered();
    LocalDate on = LocalDate.of(2027, 12, 31);
    // when
    station.close(on);
    // expect
    assertThat(station.takeEvents()).containsExactly(new RegisterEvent.StationClosed(on));
    assertThat(station.status()).isEqualTo(StationStatus.CLOSED);
    assertThatThrownBy(() -> station.attach(List.of("D-1"), Set.of("D-1"))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> station.update(HOME)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> station.close(on)).isInstanceOf(IllegalTransitionException.class);
  }
}
