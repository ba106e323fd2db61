package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisteredDeputyTest {

  @Test
  void onlyAnEntryLaterInTheDeputysSequenceReplacesTheStoredOne() {
    // given
    RegisteredDeputy stored = RegisterTestData.CHAIR.withSequence("0000000000000002.0000");
    // when / expect
    assertThat(RegisterTestData.CHAIR.withSequence("0000000000000002.0001").supersedes(stored)).isTrue();
    assertThat(RegisterTestData.CHAIR.withSequence("0000000000000010.0000").supersedes(stored))
        .as("text order of fixed-width sequences is their order").isTrue();
    assertThat(RegisterTestData.CHAIR.withSequence("0000000000000002.0000").supersedes(stored))
        .as("the same event again").isFalse();
    assertThat(RegisterTestData.CHAIR.withSequence("0000000000000001.0000").supersedes(stored))
        .as("an older event arriving late").isFalse();
    assertThat(RegisterTestData.CHAIR.supersedes(null)).as("the first entry").isTrue();
  }

  @Test
  void aDeputyServesWhileActiveAndSitsOnTheStandingCommitteeOnlyWhileServing() {
    // given / when / expect
    assertThat(RegisterTestData.CHAIR.active()).isTrue();
    assertThat(RegisterTestData.CHAIR.onStandingCommittee()).isTrue();
    assertThat(RegisterTestData.TOWN_DEPUTY.onStandingCommittee()).isFalse();
    assertThat(RegisterTestData.LEFT.active()).isFalse();
    assertThat(RegisterTestData.LEFT.onStandingCommittee()).as("held a seat, left").isFalse();
  }
}
