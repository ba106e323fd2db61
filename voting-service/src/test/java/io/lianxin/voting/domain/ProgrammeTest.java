package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

  static final CurrentUser STAFF = PollTest.STAFF;
  static final CurrentUser RESIDENT = new CurrentUser("r1", "Resident", Set.of(Role.PUBLIC), "c1", null, null);
  static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  static Programme.Candidate candidate(String id) {
    return new Programme.Candidate(id, "项目" + id, null, 1_000_000, "县住建局");
  }

  @Test
  void phasesRunFromCollectingToDecidedWithMoreCandidatesThanSeats() {
    Programme p = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(86_400), NOW);
    Proposal proposal = Proposal.propose("x1", p, RESIDENT, "加装电梯", "老旧小区加装电梯", "幸福小区", "300户", null, null, NOW);
    Instant collected = NOW.plusSeconds(86_400);
    assertThatThrownBy(() -> p.shortlist(STAFF, List.of(candidate("a"), candidate("b")), collected))
        .as("差额: more candidates than seats").isInstanceOf(RuleViolationException.class);
    p.shortlist(STAFF, List.of(candidate("a"), candidate("b"), candidate("c")), collected);
    assertThatThrownBy(() -> Proposal.propose("x2", p, RESIDENT, "t", "d", null, null, null, null, NOW))
        .as("collection is over").isInstanceOf(IllegalTransitionException.class);
    p.startVoting(STAFF, "poll-1", false);
    assertThatThrownBy(() -> p.startVoting(STAFF, "poll-2", false)).as("a vote under way")
        .isInstanceOf(IllegalTransitionException.class);
    p.startVoting(STAFF, "poll-2", true);
    assertThat(p.votingRounds()).as("a failed vote, a second round").isEqualTo(2);
    p.decide(List.of("a", "c"), List.of());
    assertThat(p.selected()).extracting(Programme.Candidate::proposalId).containsExactly("a", "c");
    assertThat(p.takeEvents()).containsExactly(new ProgrammeEvent.ProgrammeOpened(NOW.plusSeconds(86_400)),
        new ProgrammeEvent.ProgrammeShortlisted(List.of(candidate("a"), candidate("b"), candidate("c"))),
        new ProgrammeEvent.ProgrammeVotingStarted("poll-1"), new ProgrammeEvent.ProgrammeVotingStarted("poll-2"),
        new ProgrammeEvent.LivelihoodProjectsSelected("poll-2", List.of(candidate("a"), candidate("c")), 2, List.of(),
            2_000_000));
    assertThat(proposal.takeEvents()).containsExactly(
        new ProposalEvent.ProjectProposed("g1", "加装电梯", "幸福小区", Proposal.Source.DIRECT, null));
    assertThatThrownBy(() -> p.decide(List.of("a"), List.of())).as("decided once")
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void noShortlistWhileProposalsAreStillBeingCollected() {
    // given
    Programme p = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(60), NOW);
    List<Programme.Candidate> three = List.of(candidate("a"), candidate("b"), candidate("c"));
    // when / expect
    assertThatThrownBy(() -> p.shortlist(STAFF, three, NOW.plusSeconds(59))).isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("COLLECTING");
    p.shortlist(STAFF, three, NOW.plusSeconds(60));
    assertThat(p.phase()).isEqualTo(Programme.Phase.SCREENING);
  }

  @Test
  void thePlenaryPollAsksByTitleAndItsResultIsReadBackToTheCandidates() {
    // given
    Programme p = ProgrammeBuilder.aProgramme().seats(1).shortlisted(3).voting().build();
    // when
    p.decide(List.of("项目b"), List.of("项目a", "项目c"));
    // expect
    assertThat(p.plenaryPoll(List.of("D1"), null, null, null, null).spec().items())
        .containsExactly("项目a", "项目b", "项目c");
    assertThat(p.selected()).extracting(Programme.Candidate::proposalId).containsExactly("b");
    assertThat(p.tiedAtCutoff()).as("kept as proposal ids").containsExactly("a", "c");
  }

  @Test
  void aShortlistNamesEachTitleOnce() {
    // given
    Programme p = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(60), NOW);
    List<Programme.Candidate> sameTitle = List.of(candidate("a"), candidate("b"),
        new Programme.Candidate("c", "项目a", null, 1, "县住建局"));
    // when / expect
    assertThatThrownBy(() -> p.shortlist(STAFF, sameTitle, NOW.plusSeconds(60))).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("each title once");
  }

  @Test
  void oneProgrammePerCongressAndYear() {
    // given
    Programme of2027 = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(60), NOW);
    // when / expect
    assertThatThrownBy(() -> Programme.requireFirstOfYear(2027, java.util.Optional.of(of2027)))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("g1")
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("PROGRAMME_OF_YEAR_EXISTS");
    Programme.requireFirstOfYear(2028, java.util.Optional.empty());
  }

  @Test
  void proposalsAfterTheWindowOrThroughSomeoneElsesNameAreRefused() {
    Programme p = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(60), NOW);
    assertThatThrownBy(() -> Proposal.propose("x", p, RESIDENT, "t", "d", null, null, null, null, NOW.plusSeconds(60)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> Proposal.propose("x", p, RESIDENT, "t", "d", null, null, Proposal.Source.DEPUTY, "D1", NOW)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> Proposal.propose("x", p, RESIDENT, "t", "d", null, null, Proposal.Source.STATION, " ", NOW)).isInstanceOf(RuleViolationException.class);
    Proposal station = Proposal.propose("x", p, RESIDENT, "t", "d", null, null, Proposal.Source.STATION, "城关镇代表之家",
        NOW);
    assertThat(station.sourceRef()).isEqualTo("城关镇代表之家");
    Proposal other = Proposal.propose("y", p, RESIDENT, "t2", "d", null, null, null, null, NOW);
    assertThatThrownBy(() -> station.mergeInto(RESIDENT, other)).isInstanceOf(ForbiddenException.class);
    station.mergeInto(STAFF, other);
    assertThatThrownBy(() -> other.mergeInto(STAFF, station)).as("not into a merged one")
        .isInstanceOf(RuleViolationException.class);
  }
}
