package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a ballot reads of its poll decides as the whole poll does (issue 16: a ballot reads only this). */
class PollForBallotTest {

  private static PollForBallot view(Poll.State state, boolean inPerson, boolean onRoll, boolean signedIn) {
    return new PollForBallot("p1", "c1", PollKind.APPOINTMENT, state, true, false, inPerson,
        PollSpec.builder(PollMethod.YES_NO_ABSTAIN, List.of("任命"), 5).build(), null, onRoll, signedIn);
  }

  @Test
  void aVoterOnTheRollOfAnOpenPollVotesUnderPollAndVoterAndInPersonOnlySignedIn() {
    // given / when / expect
    assertThat(view(Poll.State.OPEN, true, true, true).ballotIdFor("D1")).isEqualTo("p1|D1");
    assertThat(view(Poll.State.OPEN, false, true, false).ballotIdFor("D1")).as("online: nobody signs in")
        .isEqualTo("p1|D1");
    assertThatThrownBy(() -> view(Poll.State.OPEN, true, true, false).ballotIdFor("D1"))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("sign in");
    assertThatThrownBy(() -> view(Poll.State.OPEN, false, false, false).ballotIdFor("D9"))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("roll");
    assertThatThrownBy(() -> view(Poll.State.OPEN, false, true, false).ballotIdFor(null))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aPollThatIsNotOpenRefusesEveryoneWithItsStateFirst() {
    // given / when / expect
    for (Poll.State state : List.of(Poll.State.DRAFT, Poll.State.CLOSED, Poll.State.TALLIED, Poll.State.CANCELLED)) {
      assertThatThrownBy(() -> view(state, true, false, false).ballotIdFor("D9"))
          .isInstanceOf(IllegalTransitionException.class)
          .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo(state.name());
    }
  }

  @Test
  void theFactsReadFromAWholePollAreThoseOfItsRollAttendanceAndKey() {
    // given
    Poll p = PollTest.ready(true);
    p.open(PollTest.STAFF, PollTest.NOW);
    p.signIn(PollTest.STAFF, List.of("D1"));

    // when
    PollForBallot signedIn = PollForBallot.of(p, "D1");
    PollForBallot notSignedIn = PollForBallot.of(p, "D2");
    PollForBallot notOnRoll = PollForBallot.of(p, "D9");

    // expect
    assertThat(signedIn.onRoll() && signedIn.signedIn()).isTrue();
    assertThat(notSignedIn.onRoll()).isTrue();
    assertThat(notSignedIn.signedIn()).isFalse();
    assertThat(notOnRoll.onRoll()).isFalse();
    assertThat(signedIn.ballotIdFor("D1")).isEqualTo(p.ballotIdFor("D1"));
    assertThat(signedIn.ballotContext()).isEqualTo(p.ballotContext());
    assertThat(signedIn.publicKey()).isEqualTo(p.publicKey());
    assertThat(signedIn.spec()).isEqualTo(p.spec());
  }
}
