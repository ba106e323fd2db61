package io.lianxin.voting.domain;

import static io.lianxin.voting.domain.RegisterTestData.REGISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A poll's roll by kind: resolved from the register when drafted, fixed from it when opened. */
class PollRollTest {

  static final PollSpec SPEC = PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("议案"), 1).build();

  static Poll.Draft.Builder byKind(Roll roll) {
    return Poll.Draft.builder(PollKind.MOTION, "议案表决", SPEC, roll).secret(false);
  }

  @Test
  void aRollByKindIsResolvedWhenDraftedAndTheSpecCountsItsVoters() {
    // given
    Poll.Draft draft = byKind(Roll.allDeputies()).build();
    // when
    Poll p = Poll.draft("p1", "c1", PollTest.STAFF, draft, REGISTER, PollTest.NOW);
    // expect
    assertThat(p.roll()).containsExactly("D1", "D2", "D3", "D4");
    assertThat(p.spec().rollSize()).isEqualTo(4);
    assertThat(p.rollOf()).isEqualTo(Roll.allDeputies());
  }

  @Test
  void theRollIsFixedWhenThePollOpensFromTheRegisterAsItThenStands() {
    // given: drafted over the standing committee, signed in early
    Poll p = Poll.draft("p1", "c1", PollTest.STAFF, byKind(Roll.standingCommittee()).inPerson(true).build(), REGISTER,
        PollTest.NOW);
    p.signIn(PollTest.STAFF, List.of("D1", "D2"));
    List<RegisteredDeputy> later = new ArrayList<>(REGISTER);
    later.remove(RegisterTestData.MEMBER);
    later.add(new RegisteredDeputy("D2", "c1", "代表 D2", RegisteredDeputy.Status.LEFT, "城关镇代表团", null,
        RegisteredDeputy.StandingCommitteeRole.MEMBER, "0000000000000003.0000"));
    later.add(RegisterTestData.serving("D6", null, RegisteredDeputy.StandingCommitteeRole.VICE_CHAIR));
    // when
    p.open(PollTest.STAFF, PollTest.NOW, later);
    // expect
    assertThat(p.roll()).containsExactly("D1", "D6");
    assertThat(p.spec().rollSize()).isEqualTo(2);
    assertThat(p.attendance()).as("D2 left before the opening").containsExactly("D1");
    assertThat(p.takeEvents()).contains(new PollEvent.PollOpened(List.of("D1", "D6"), PollTest.NOW, null));
  }

  @Test
  void aListNamingADeputyWhoLeftCannotBeDrafted() {
    // given
    Poll.Draft draft = byKind(Roll.list(List.of("D1", "D5"))).build();
    // when / expect
    assertThatThrownBy(() -> Poll.draft("p1", "c1", PollTest.STAFF, draft, REGISTER, PollTest.NOW))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D5");
  }

  @Test
  void aRollOfIdsNamingADeputyWhoLeftCannotBeDrafted() {
    // given
    Poll.Draft draft = Poll.Draft.builder(PollKind.MOTION, "议案表决",
        PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("议案"), 2).build(), List.of("D1", "D5")).secret(false).build();
    // when / expect
    assertThatThrownBy(() -> Poll.draft("p1", "c1", PollTest.STAFF, draft, REGISTER, PollTest.NOW))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("no longer serving (left or removed): D5");
  }

  @Test
  void aRollOfIdsIsFixedAsGivenAndNotReadAgainAtOpening() {
    // given
    Poll.Draft draft = Poll.Draft.builder(PollKind.MOTION, "议案表决",
        PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("议案"), 2).build(), List.of("D1", "D-typed")).secret(false)
        .build();
    Poll p = Poll.draft("p1", "c1", PollTest.STAFF, draft, REGISTER, PollTest.NOW);
    // when
    p.open(PollTest.STAFF, PollTest.NOW, REGISTER);
    // expect
    assertThat(p.roll()).containsExactly("D1", "D-typed");
    assertThat(p.rollOf()).isNull();
  }
}
