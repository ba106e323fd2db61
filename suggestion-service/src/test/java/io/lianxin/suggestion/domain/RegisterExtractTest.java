package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.CONGRESS;
import static io.lianxin.suggestion.domain.Fixtures.DEPUTY;
import static io.lianxin.suggestion.domain.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Given the register's entries, when an item names deputies or units, expect it refused for every unknown one. */
class RegisterExtractTest {

  static RegisteredDeputy deputy(String id, boolean active) {
    return new RegisteredDeputy(id, CONGRESS, "代表 " + id, active, "城关镇代表团", false);
  }

  static RegisteredUnit unit(String id, boolean active, String superior) {
    return new RegisteredUnit(id, CONGRESS, "单位 " + id, active, superior);
  }

  static RegisterExtract register(List<RegisteredDeputy> deputies, List<RegisteredUnit> units) {
    Map<String, RegisteredDeputy> d = new java.util.HashMap<>();
    deputies.forEach(x -> d.put(x.deputyId(), x));
    Map<String, RegisteredUnit> u = new java.util.HashMap<>();
    units.forEach(x -> u.put(x.unitId(), x));
    return new RegisterExtract(CONGRESS, d, u);
  }

  @Nested
  class CoSigners {
    @Test
    void everyUnknownOrDepartedCoSignerIsNamedInTheRefusal() {
      Suggestion item = Fixtures.drafted(List.of("D2", "D3", "D4"));
      RegisterExtract known = register(List.of(deputy("D1", true), deputy("D2", true), deputy("D4", false)), List.of());
      assertThatThrownBy(() -> known.checkSigners(item)).isInstanceOf(RuleViolationException.class)
          .hasMessageContaining("D3, D4").hasMessageNotContaining("D2,")
          .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("coSignerDeputyIds");
    }

    @Test
    void activeCoSignersPass() {
      Suggestion item = Fixtures.drafted(List.of("D2"));
      assertThatCode(() -> register(List.of(deputy("D2", true)), List.of()).checkSigners(item)).doesNotThrowAnyException();
    }
  }

  @Nested
  class DelegationMotions {
    Suggestion motion = Suggestion.draft("M", DEPUTY,
        SuggestionDraft.motion("议案", "内容", SuggestionCategory.OTHER).byADelegation(), START);

    @Test
    void aDeputyWhoDoesNotHeadADelegationCannotTableOne() {
      assertThatThrownBy(() -> register(List.of(deputy("D1", true)), List.of()).checkSigners(motion))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("head of a delegation");
    }

    @Test
    void theHeadOfADelegationTablesIt() {
      RegisteredDeputy head = new RegisteredDeputy("D1", CONGRESS, "团长", true, "城关镇代表团", true);
      assertThatCode(() -> register(List.of(head), List.of()).checkSigners(motion)).doesNotThrowAnyException();
    }
  }

  @Nested
  class Units {
    RegisterExtract known = register(List.of(), List.of(unit("U1", true, "U-gov"), unit("U2", false, null),
        unit("U-gov", true, null), unit("U3", true, null)));

    @Test
    void anUnknownLeadUnitIsRefused() {
      assertThatThrownBy(() -> known.checkUnits(AssignTo.lead("U-nowhere"))).isInstanceOf(RuleViolationException.class)
          .hasMessageContaining("U-nowhere");
    }

    @Test
    void aCoUnitThatLeftIsRefused() {
      assertThatThrownBy(() -> known.checkUnits(AssignTo.lead("U1").withCoUnits(List.of("U2", "U3"))))
          .hasMessageContaining("U2").hasMessageNotContaining("U3");
    }

    @Test
    void reHandlingGoesToTheSameUnitOrItsSuperiorOnly() {
      assertThatCode(() -> known.checkRehandlingUnit("U1", null)).doesNotThrowAnyException();
      assertThatCode(() -> known.checkRehandlingUnit("U1", "U1")).doesNotThrowAnyException();
      assertThatCode(() -> known.checkRehandlingUnit("U1", "U-gov")).doesNotThrowAnyException();
      assertThatThrownBy(() -> known.checkRehandlingUnit("U1", "U3")).hasMessageContaining("U-gov above U1");
    }
  }

  @Nested
  class SupervisingLeaders {
    RegisterExtract known = register(List.of(deputy("D-chair", true).seatedAs(StandingCommitteeRole.CHAIR),
        deputy("D-vice", true).seatedAs(StandingCommitteeRole.VICE_CHAIR),
        deputy("D-secretary", true).seatedAs(StandingCommitteeRole.SECRETARY_GENERAL),
        deputy("D-member", true).seatedAs(StandingCommitteeRole.MEMBER),
        deputy("D-vice-left", false).seatedAs(StandingCommitteeRole.VICE_CHAIR), deputy("D-plain", true)), List.of());

    @Test
    void theChairsCouncilLeadsKeyItems() {
      // given the register above / when / expect
      for (String leader : List.of("D-chair", "D-vice", "D-secretary")) {
        assertThatCode(() -> known.checkSupervisingLeader(leader)).as(leader).doesNotThrowAnyException();
      }
    }

    @Test
    void anyoneElseIsRefusedByName() {
      // given the register above / when / expect
      for (String other : List.of("D-member", "D-vice-left", "D-plain", "leader@qingshan")) {
        assertThatThrownBy(() -> known.checkSupervisingLeader(other)).as(other)
            .isInstanceOf(RuleViolationException.class).hasMessageContaining(other)
            .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("leaderId");
      }
    }
  }

  @Test
  void anExtractCopiesWhatItIsGiven() {
    Map<String, RegisteredDeputy> given = new java.util.HashMap<>(Map.of("D1", deputy("D1", true)));
    RegisterExtract extract = new RegisterExtract(CONGRESS, given, Map.of());
    given.clear();
    assertThat(extract.deputies()).containsKey("D1");
  }
}
