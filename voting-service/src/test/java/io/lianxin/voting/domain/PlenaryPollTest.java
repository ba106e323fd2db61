package io.lianxin.voting.domain;

import static io.lianxin.voting.domain.PollBuilder.aPoll;
import static io.lianxin.voting.domain.ProgrammeBuilder.aProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The programme's plenary poll (代表票决): what it asks, and when another round may start. */
class PlenaryPollTest {

  static final Instant OPENS = Instant.parse("2027-01-15T01:00:00Z");
  static final List<String> ROLL = List.of("D1", "D2", "D3", "D4", "D5");

  @Test
  void thePlenaryPollIsASecretInPersonApprovalOfUpToTheSeatsEachNeedingAMajorityOfAllDeputies() {
    // given
    Programme programme = aProgramme().seats(2).shortlisted(3).build();
    // when
    Poll.Draft draft = programme.plenaryPoll(ROLL, OPENS, OPENS.plusSeconds(3600), List.of("S1", "S2", "S3"), 2);
    // expect
    assertThat(draft).isEqualTo(new Poll.Draft(PollKind.LIVELIHOOD_PROJECTS, "2027年民生实事 代表票决",
        new PollSpec(PollMethod.APPROVAL, List.of("项目a", "项目b", "项目c"), 5, PassingRule.majorityOfAllMembers(), 2, 0, 2,
            PollSpec.DEFAULT_QUORUM_PERCENT, PollSpec.DEFAULT_PASS_SCORE),
        true, false, true, true, false, ROLL, OPENS, OPENS.plusSeconds(3600), null, "g1", List.of("S1", "S2", "S3"), 2, null));
  }

  @Test
  void thePlenaryPollMayBeOverAllDeputiesOfTheRegisterCountedForTheMajority() {
    // given
    Programme programme = aProgramme().seats(2).shortlisted(3).build();
    Poll.Draft draft = programme.plenaryPoll(new Programme.PlenaryVote(null, Roll.allDeputies(), OPENS, null, null, null));
    // when
    Poll poll = Poll.draft("p1", "c1", ProgrammeTest.STAFF, draft, RegisterTestData.REGISTER, OPENS);
    // expect
    assertThat(poll.rollOf()).isEqualTo(Roll.allDeputies());
    assertThat(poll.roll()).containsExactly("D1", "D2", "D3", "D4");
    assertThat(poll.spec().rollSize()).as("more than half of all four serving deputies").isEqualTo(4);
  }

  @Test
  void aLongProgrammeTitleIsCutAt190CharactersSoThatThePollTitleFits() {
    // given
    String title = "民".repeat(200);
    Programme programme = aProgramme().titled(title).shortlisted(3).build();
    // when
    String pollTitle = programme.plenaryPoll(ROLL, null, null, null, null).title();
    // expect
    assertThat(pollTitle).isEqualTo("民".repeat(190) + " 代表票决").hasSizeLessThanOrEqualTo(200);
  }

  @Test
  void aTitleOf190CharactersIsKeptWhole() {
    // given
    Programme programme = aProgramme().titled("民".repeat(190)).shortlisted(3).build();
    // when
    String pollTitle = programme.plenaryPoll(ROLL, null, null, null, null).title();
    // expect
    assertThat(pollTitle).isEqualTo("民".repeat(190) + " 代表票决");
  }

  @Test
  void aCancelledPollHasFailedAnOpenOneHasNot() {
    // given
    Poll poll = aPoll().build();
    poll.open(PollTest.STAFF, PollTest.NOW);
    // expect
    assertThat(poll.failed()).isFalse();
    // when
    poll.cancel(PollTest.STAFF, "重新组织");
    // expect
    assertThat(poll.failed()).isTrue();
  }

  @Test
  void aPollPublishedWithoutQuorumHasFailedOneWithQuorumHasNot() {
    assertThat(published(1).failed()).as("1 of 5 present: no quorum").isTrue();
    assertThat(published(3).failed()).as("3 of 5 present").isFalse();
  }

  private static Poll published(int voters) {
    Poll poll = aPoll().build();
    poll.open(PollTest.STAFF, PollTest.NOW);
    poll.close(PollTest.STAFF, PollTest.NOW.plusSeconds(60), voters);
    List<BallotBox.Entry> entries = new java.util.ArrayList<>();
    for (int i = 1; i <= voters; i++) {
      entries.add(new BallotBox.Entry("R" + i, Map.of("任命", "YES"), "D" + i));
    }
    poll.tally(PollTest.STAFF, new BallotBox(entries), PollTest.NOW.plusSeconds(70));
    poll.publish(PollTest.STAFF, PollTest.NOW.plusSeconds(80));
    return poll;
  }

  @Test
  void anotherRoundStartsOnlyWhenTheLastVoteFailed() {
    // given
    Programme programme = aProgramme().shortlisted(3).voting().build();
    // expect
    assertThatThrownBy(() -> programme.checkCanStartVoting(ProgrammeTest.STAFF, false))
        .isInstanceOf(IllegalTransitionException.class);
    // when
    programme.startVoting(ProgrammeTest.STAFF, "poll-2", true);
    // expect
    assertThat(programme.takeEvents()).containsExactly(new ProgrammeEvent.ProgrammeVotingStarted("poll-2"));
    assertThat(programme.votingRounds()).isEqualTo(2);
  }
}
