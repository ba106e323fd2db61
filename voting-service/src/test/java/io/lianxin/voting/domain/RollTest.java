package io.lianxin.voting.domain;

import static io.lianxin.voting.domain.RegisterTestData.REGISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollTest {

  @Test
  void allDeputiesAreTheServingDeputiesOfTheRegisterByIdWithoutThoseWhoLeft() {
    // given
    Roll roll = Roll.allDeputies();
    // when
    List<String> ids = roll.resolve(REGISTER);
    // expect
    assertThat(ids).containsExactly("D1", "D2", "D3", "D4");
  }

  @Test
  void theStandingCommitteeIsTheServingDeputiesWithASeatOnIt() {
    // given
    Roll roll = Roll.standingCommittee();
    // when
    List<String> ids = roll.resolve(REGISTER);
    // expect: D5 held a seat but left
    assertThat(ids).containsExactly("D1", "D2");
  }

  @Test
  void aDelegationIsItsServingDeputies() {
    // given
    Roll roll = Roll.delegation("城关镇代表团");
    // when
    List<String> ids = roll.resolve(REGISTER);
    // expect
    assertThat(ids).containsExactly("D1", "D2");
  }

  @Test
  void aRollThatNamesNobodyIsRefused() {
    // given
    Roll roll = Roll.delegation("不存在的代表团");
    // when / expect
    assertThatThrownBy(() -> roll.resolve(REGISTER)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("DELEGATION 不存在的代表团");
    assertThatThrownBy(() -> Roll.allDeputies().resolve(List.of())).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aListKeepsItsOrderWhenEveryDeputyOnItServes() {
    // given
    Roll roll = Roll.list(List.of("D3", "D1"));
    // when
    List<String> ids = roll.resolve(REGISTER);
    // expect
    assertThat(ids).containsExactly("D3", "D1");
  }

  @Test
  void aListNamingUnknownDeputiesOrOneWhoLeftIsRefusedNamingThem() {
    // given
    Roll roll = Roll.list(List.of("D1", "D-nobody", "D5", "D-ghost"));
    // when / expect
    assertThatThrownBy(() -> roll.resolve(REGISTER)).isInstanceOf(RuleViolationException.class)
        .hasMessage("not deputies of the register: D-nobody, D-ghost; no longer serving (left or removed): D5")
        .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("rollOf.deputyIds");
  }

  @Test
  void anExplicitRollMayNameVotersTheRegisterDoesNotHoldButNotADeputyWhoLeft() {
    // given
    List<String> typed = List.of("D1", "D-not-in-register");
    // when / expect
    Roll.refuseNotServing(typed, REGISTER);
    assertThatThrownBy(() -> Roll.refuseNotServing(List.of("D1", "D5"), REGISTER))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D5");
  }

  @Test
  void eachKindSaysOnlyWhatItNeeds() {
    // given / when / expect
    assertThatThrownBy(() -> new Roll(Roll.Kind.DELEGATION, null, null)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Roll(Roll.Kind.ALL_DEPUTIES, "城关镇代表团", null))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Roll(Roll.Kind.LIST, null, null)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> Roll.list(List.of("D1", "D1"))).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Roll(Roll.Kind.STANDING_COMMITTEE, null, List.of("D1")))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new Roll(null, null, null)).isInstanceOf(RuleViolationException.class);
  }
}
