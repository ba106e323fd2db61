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
    List<VotingEvent> events = new ArrayList<>();
    Programme p = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(86_400), NOW, events);
    Proposal.propose("x1", p, RESIDENT, "加装电梯", "老旧小区加装电梯", "幸福小区", "300户", null, null, NOW, events);
    assertThatThrownBy(() -> p.shortlist(STAFF, List.of(candidate("a"), candidate("b")), events))
        .as("差额: more candidates than seats").isInstanceOf(RuleViolationException.class);
    p.shortlist(STAFF, List.of(candidate("a"), candidate("b"), candidate("c")), events);
    assertThatThrownBy(() -> Proposal.propose("x2", p, RESIDENT, "t", "d", null, null, null, null, NOW, events))
        .as("collection is over").isInstanceOf(IllegalTransitionException.class);
    p.startVoting(STAFF, "poll-1", false, events);
    assertThatThrownBy(() -> p.startVoting(STAFF, "poll-2", false, events)).as("a vote under way")
        .isInstanceOf(IllegalTransitionException.class);
    p.startVoting(STAFF, "poll-2", true, events);
    assertThat(p.votingRounds()).as("a failed vote, a second round").isEqualTo(2);
    p.decide(List.of("a", "c"), List.of(), events);
    assertThat(p.selected()).extracting(Programme.Candidate::proposalId).containsExactly("a", "c");
    assertThat(events).extracting(VotingEvent::name).containsExactly("programme-opened", "project-proposed",
        "programme-shortlisted", "programme-voting-started", "programme-voting-started", "livelihood-projects-selected");
    assertThatThrownBy(() -> p.decide(List.of("a"), List.of(), events)).as("decided once")
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void proposalsAfterTheWindowOrThroughSomeoneElsesNameAreRefused() {
    List<VotingEvent> events = new ArrayList<>();
    Programme p = Programme.open("g1", STAFF, 2027, "2027年民生实事", 2, NOW.plusSeconds(60), NOW, events);
    assertThatThrownBy(() -> Proposal.propose("x", p, RESIDENT, "t", "d", null, null, null, null, NOW.plusSeconds(60), events))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> Proposal.propose("x", p, RESIDENT, "t", "d", null, null, Proposal.Source.DEPUTY, "D1", NOW,
        events)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> Proposal.propose("x", p, RESIDENT, "t", "d", null, null, Proposal.Source.STATION, " ", NOW,
        events)).isInstanceOf(RuleViolationException.class);
    Proposal station = Proposal.propose("x", p, RESIDENT, "t", "d", null, null, Proposal.Source.STATION, "城关镇代表之家",
        NOW, events);
    assertThat(station.sourceRef()).isEqualTo("城关镇代表之家");
    Proposal other = Proposal.propose("y", p, RESIDENT, "t2", "d", null, null, null, null, NOW, events);
    assertThatThrownBy(() -> station.mergeInto(RESIDENT, other, events)).isInstanceOf(ForbiddenException.class);
    station.mergeInto(STAFF, other, events);
    assertThatThrownBy(() -> other.mergeInto(STAFF, station, events)).as("not into a merged one")
        .isInstanceOf(RuleViolationException.class);
  }
}
