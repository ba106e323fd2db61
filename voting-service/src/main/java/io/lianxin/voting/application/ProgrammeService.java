package io.lianxin.voting.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.application.port.ProgrammeStore;
import io.lianxin.voting.application.port.ProposalStore;
import io.lianxin.voting.application.port.SupportStore;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.domain.Proposal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The livelihood-project programme (民生实事项目): proposals and supports from the public, merging
 * of duplicates, the shortlist, the plenary poll over it, and the decision when its result is
 * published.
 */
@Service
public class ProgrammeService {

  private final ProgrammeStore programmes;
  private final ProposalStore proposals;
  private final PollStore pollStore;
  private final SupportStore supports;
  private final PollService polls;
  private final Clock clock;

  public ProgrammeService(ProgrammeStore programmes, ProposalStore proposals, PollStore pollStore,
      SupportStore supports, PollService polls, Clock clock) {
    this.programmes = programmes;
    this.proposals = proposals;
    this.pollStore = pollStore;
    this.supports = supports;
    this.polls = polls;
    this.clock = clock;
  }

  /** A proposal with its number of supports (附议数). */
  public record RankedProposal(Proposal proposal, long supports) {}

  /** With an Idempotency-Key, a retry after a crash finds the programme its first attempt wrote. */
  public Programme open(CurrentUser staff, int year, String title, int seats, Instant collectingUntil,
      String idempotencyKey) {
    String id = DeterministicIds.forCreate("programme", staff.congressId(), staff.subject(), idempotencyKey);
    Optional<Programme> written = idempotencyKey == null ? Optional.empty() : programmes.find(id).map(Loaded::item)
        .filter(p -> p.congressId().equals(staff.congressId()));
    if (written.isPresent()) {
      return written.get();
    }
    Programme.requireFirstOfYear(year, programmes.ofYear(staff.congressId(), year));
    // the store's unique key on congress and year refuses a second open racing this one (409)
    Programme p = Programme.open(id, staff, year, title, seats, collectingUntil, clock.instant());
    programmes.insert(p, staff);
    return p;
  }

  public Programme get(CurrentUser user, String id) {
    return load(user, id).item();
  }

  /** Public read of a programme (no login): programmes are public by nature. */
  public Programme getPublic(String id) {
    return programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id)).item();
  }

  /** A page of the programmes of the caller's congress, latest year first. */
  public Page<Programme> list(CurrentUser user, int page, int size) {
    return new Page<>(programmes.list(user.congressId(), page, size), programmes.count(user.congressId()), page, size);
  }

  /** With an Idempotency-Key, a retry after a crash finds the proposal its first attempt wrote. */
  public Proposal propose(CurrentUser who, String programmeId, String title, String description, String place,
      String benefit, Proposal.Source source, String sourceRef, String idempotencyKey) {
    Programme programme = load(who, programmeId).item();
    String id = DeterministicIds.forCreate("proposal", who.congressId(), who.subject(), idempotencyKey);
    Optional<Proposal> written = idempotencyKey == null ? Optional.empty() : proposals.find(id).map(Loaded::item)
        .filter(p -> p.congressId().equals(who.congressId()));
    if (written.isPresent()) {
      return written.get();
    }
    Proposal p = Proposal.propose(id, programme, who, title, description, place, benefit,
        source, sourceRef, clock.instant());
    proposals.insert(p, who);
    return p;
  }

  /**
   * Supports a proposal (附议), once per person: a second support is 409 and changes nothing. A
   * support of a merged proposal goes to the one it was merged into.
   */
  public long support(CurrentUser who, String proposalId) {
    Proposal.requireResidentOrDeputy(who);
    Proposal proposal = loadProposal(who, proposalId);
    for (int hops = 0; proposal.mergedInto() != null && hops < 20; hops++) {
      proposal = loadProposal(who, proposal.mergedInto());
    }
    load(who, proposal.programmeId()).item().requireCollecting(clock.instant());
    if (!supports.support(proposal.id(), who.subject())) {
      throw new IllegalTransitionException("support twice", "ALREADY_SUPPORTED");
    }
    return supports.counts(List.of(proposal.id())).getOrDefault(proposal.id(), 0L);
  }

  /** Staff merge a duplicate into another proposal; the supports move with it, each person once. */
  public Proposal merge(CurrentUser staff, String proposalId, String intoId) {
    Loaded<Proposal> loaded = proposals.find(proposalId)
        .filter(l -> l.item().congressId().equals(staff.congressId()))
        .orElseThrow(() -> new NotFoundException("proposal", proposalId));
    Proposal proposal = loaded.item();
    Proposal target = loadProposal(staff, intoId);
    load(staff, proposal.programmeId()).item().requireCollecting(clock.instant());
    if (!intoId.equals(proposal.mergedInto())) {
      proposal.mergeInto(staff, target);
      proposals.save(loaded, staff);
    }
    // moving the supports is repeatable: a merge repeated after a crash finishes the move
    supports.moveSupports(proposalId, intoId);
    return proposal;
  }

  /**
   * A page of the proposals of a programme, most supported first (then earliest), merged ones last. The ranking
   * needs every proposal's count, so it is made over the whole programme and then cut into pages.
   */
  public Page<RankedProposal> proposals(String programmeId, int page, int size) {
    List<RankedProposal> ranked = proposals(programmeId);
    int from = (int) Math.min((long) page * size, ranked.size());
    return new Page<>(ranked.subList(from, Math.min(from + size, ranked.size())), ranked.size(), page, size);
  }

  private List<RankedProposal> proposals(String programmeId) {
    List<Proposal> all = proposals.ofProgramme(programmeId);
    Map<String, Long> counts = supports.counts(all.stream().map(Proposal::id).toList());
    return all.stream().map(p -> new RankedProposal(p, counts.getOrDefault(p.id(), 0L)))
        .sorted(Comparator.comparing((RankedProposal r) -> r.proposal().mergedInto() != null)
            .thenComparing(Comparator.comparingLong(RankedProposal::supports).reversed())
            .thenComparing(r -> r.proposal().proposedAt()).thenComparing(r -> r.proposal().id()))
        .toList();
  }

  public Programme shortlist(CurrentUser staff, String id, List<Programme.Candidate> candidates) {
    Loaded<Programme> loaded = load(staff, id);
    Set<String> unmerged = proposals.ofProgramme(id).stream()
        .filter(p -> p.mergedInto() == null).map(Proposal::id).collect(Collectors.toSet());
    for (Programme.Candidate c : candidates) {
      if (!unmerged.contains(c.proposalId())) {
        throw new RuleViolationException("candidates", "not an unmerged proposal of this programme: " + c.proposalId());
      }
      supports.recount(c.proposalId());
    }
    loaded.item().shortlist(staff, candidates, clock.instant());
    programmes.save(loaded, staff);
    return loaded.item();
  }

  /**
   * Creates the plenary poll over the shortlist (secret, in person, approval of up to K, each
   * project needing more than half of all deputies) and moves the programme to VOTING. The poll's
   * id is derived from the programme, so a retry after a crash between the two writes finds the
   * poll already there and completes the second write.
   */
  public Programme startVoting(CurrentUser staff, String id, Programme.PlenaryVote vote) {
    Loaded<Programme> loaded = load(staff, id);
    Programme programme = loaded.item();
    boolean lastVoteFailed = programme.pollId() != null
        && pollStore.find(programme.pollId()).map(l -> l.item().failed()).orElse(false);
    // Refused before anything is written: a 409 must not leave a drafted poll behind.
    programme.checkCanStartVoting(staff, lastVoteFailed);
    // one poll id per round: a retry after a crash between the two writes finds its poll
    String pollId = DeterministicIds.of("programme-poll", id, String.valueOf(programme.votingRounds() + 1));
    if (pollStore.find(pollId).isEmpty()) {
      Poll.Draft plenary = programme.plenaryPoll(vote);
      try {
        polls.draft(pollId, staff.congressId(), staff, plenary);
      } catch (OptimisticLockingFailureException createdMeanwhile) {
        // the same command retried concurrently: one poll
      }
    }
    programme.startVoting(staff, pollId, lastVoteFailed);
    programmes.save(loaded, staff);
    return programme;
  }

  /** The plenary poll's result is published: decide the programme (once; a redelivery finds it decided). */
  public void onResultPublished(PlenaryResult result) {
    if (result.programmeId() == null) {
      return;
    }
    Loaded<Programme> loaded = programmes.find(result.programmeId()).orElse(null);
    if (loaded == null || loaded.item().phase() != Programme.Phase.VOTING) {
      return;
    }
    if (!result.valid()) {
      // without quorum nothing is selected: the programme stays VOTING for the office to act (see ADR 0009)
      return;
    }
    loaded.item().decide(result.selected(), result.tiedAtCutoff());
    programmes.save(loaded, null);
  }

  private Loaded<Programme> load(CurrentUser user, String id) {
    return programmes.find(id).filter(l -> l.item().congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("programme", id));
  }

  private Proposal loadProposal(CurrentUser user, String id) {
    return proposals.find(id).map(Loaded::item).filter(p -> p.congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("proposal", id));
  }
}
