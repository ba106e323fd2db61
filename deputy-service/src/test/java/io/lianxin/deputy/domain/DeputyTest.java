package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's rules, given / when / expect events. */
class DeputyTest {

  static final LocalDate START = LocalDate.of(2026, 1, 10);
  static final DeputyDetails DETAILS = new DeputyDetails("代表 甲", "第一选区", "城关镇代表团", "教师", START, START.plusYears(5));

  static Deputy registered() {
    Deputy deputy = Deputy.register("C", "D-1", DETAILS);
    deputy.takeEvents();
    return deputy;
  }

  @Test
  void aDeputyIsRegisteredActive() {
    // when
    Deputy deputy = Deputy.register("C", "D-1", DETAILS);
    // expect
    assertThat(deputy.takeEvents()).containsExactly(new RegisterEvent.DeputyRegistered());
    assertThat(deputy.status()).isEqualTo(DeputyStatus.ACTIVE);
  }

  @Test
  void anUpdateNamesTheFieldsThatChangedAndTheSameEntryChangesNothing() {
    // given
    Deputy deputy = registered();
    // when
    deputy.update(new DeputyDetails("代表 甲", "第一选区", "城关镇代表团", "校长", START, START.plusYears(5)));
    deputy.update(new DeputyDetails("代表 甲", "第一选区", "城关镇代表团", "校长", START, START.plusYears(5)));
    // expect
    assertThat(deputy.takeEvents()).containsExactly(new RegisterEvent.DeputyUpdated(List.of("occupation")));
  }

  @Test
  void aRecalledDeputyIsRemovedAndOneWhoMovedAwayHasLeftAndNeitherChangesAgain() {
    // given
    Deputy recalled = registered();
    Deputy moved = registered();
    // when
    recalled.leave(DepartureReason.RECALLED, START.plusYears(1));
    moved.leave(DepartureReason.MOVED_AWAY, START.plusYears(2));
    // expect
    assertThat(recalled.takeEvents()).containsExactly(new RegisterEvent.DeputyLeft(DepartureReason.RECALLED, START.plusYears(1)));
    assertThat(recalled.status()).isEqualTo(DeputyStatus.REMOVED);
    assertThat(moved.status()).isEqualTo(DeputyStatus.LEFT);
    assertThat(moved.takeEvents()).containsExactly(new RegisterEvent.DeputyLeft(DepartureReason.MOVED_AWAY, START.plusYears(2)));
    assertThatThrownBy(() -> moved.update(DETAILS)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> moved.leave(DepartureReason.DIED, START.plusYears(3))).isInstanceOf(IllegalTransitionException.class);
    assertThat(moved.takeEvents()).isEmpty();
  }

  @Test
  void aDeputyCannotLeaveBeforeTheTermAndATermMustEndAfterItStarts() {
    Deputy deputy = registered();
    assertThatThrownBy(() -> deputy.leave(DepartureReason.RESIGNED, START.minusDays(1)))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("before the term starts");
    assertThatThrownBy(() -> new DeputyDetails("代表", null, null, null, START, START))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("end after it starts");
    assertThat(deputy.takeEvents()).isEmpty();
  }

  @Test
  void aUnitIsRegisteredUpdatedAndDissolvedAndCannotBeItsOwnSuperior() {
    // given
    HandlingUnit unit = HandlingUnit.register("C", "U-1", new HandlingUnit.Details("住建局", UnitKind.GOVERNMENT_DEPARTMENT, null));
    // when
    unit.update(new HandlingUnit.Details("住建局", UnitKind.GOVERNMENT_DEPARTMENT, "U-gov"));
    unit.leave(START.plusYears(1));
    // expect
    assertThat(unit.takeEvents()).containsExactly(new RegisterEvent.UnitRegistered(),
        new RegisterEvent.UnitUpdated(List.of("superiorUnitId")), new RegisterEvent.UnitLeft(START.plusYears(1)));
    assertThat(unit.status()).isEqualTo(UnitStatus.LEFT);
    assertThatThrownBy(() -> HandlingUnit.register("C", "U-2", new HandlingUnit.Details("x", UnitKind.OTHER, "U-2")))
        .isInstanceOf(RuleViolationException.class);
  }
}
