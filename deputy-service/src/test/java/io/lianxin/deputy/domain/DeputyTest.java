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
  static final DeputyDetails DETAILS = DeputyDetails.builder("代表 甲", START).electoralUnit("第一选区")
      .delegation("城关镇代表团").occupation("教师").termEnd(START.plusYears(5)).build();

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
    deputy.update(DETAILS.toBuilder().occupation("校长").build());
    deputy.update(DETAILS.toBuilder().occupation("校长").build());
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
    assertThatThrownBy(() -> DeputyDetails.builder("代表", START).termEnd(START).build())
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

  @Test
  void theDeputyGroupTheHeadshipAndTheStandingCommitteeRoleAreFieldsOfTheEntry() {
    // given
    Deputy deputy = registered();
    // when
    deputy.update(DETAILS.toBuilder().deputyGroup("城关镇第一代表小组").delegationHead(true)
        .standingCommitteeRole(StandingCommitteeRole.VICE_CHAIR).build());
    deputy.update(DETAILS.toBuilder().deputyGroup("城关镇第一代表小组").delegationHead(true)
        .standingCommitteeRole(StandingCommitteeRole.VICE_CHAIR).build());
    // expect
    assertThat(deputy.takeEvents()).containsExactly(
        new RegisterEvent.DeputyUpdated(List.of("deputyGroup", "delegationHead", "standingCommitteeRole")));
    assertThat(deputy.details().standingCommitteeRole().onChairsCouncil()).isTrue();
    assertThat(StandingCommitteeRole.MEMBER.onChairsCouncil()).as("a member is not on the chair's council").isFalse();
  }

  @Test
  void aDelegationHeadMustHaveADelegation() {
    // given
    DeputyDetails.Builder headOfNothing = DETAILS.toBuilder().delegation(null).delegationHead(true);
    // when / expect
    assertThatThrownBy(headOfNothing::build).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("must have a delegation");
  }

  @Test
  void aDelegationHasOneHeadButTheHeadMayBeEnteredAgain() {
    // given
    DeputyDetails asHead = DETAILS.toBuilder().delegationHead(true).build();
    Deputy head = Deputy.register("C", "D-1", asHead);
    // when / expect
    assertThatThrownBy(() -> Deputy.requireSoleHead("D-2", asHead, List.of(head)))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("already headed by D-1");
    Deputy.requireSoleHead("D-1", asHead, List.of(head));
    Deputy.requireSoleHead("D-2", DETAILS, List.of(head));
  }
}
