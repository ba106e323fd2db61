package io.lianxin.voting.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.events.EventEnvelope;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.VotingEvent;
import io.lianxin.voting.domain.PollKind;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.Programme;
import io.lianxin.voting.domain.Proposal;
import io.lianxin.voting.messaging.VotingEventMapper;
import io.lianxin.voting.persistence.ProgrammeDocument;
import io.lianxin.voting.persistence.ProposalDocument;
import io.lianxin.voting.persistence.SupportStore;
import io.lianxin.voting.persistence.VotingRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The livelihood-project programme (民生实事项目): proposals and supports from the public, merging
 * of duplicates, the shortlist, the plenary poll over it, and the decision when its result is
 * published.
 */
@Service
public class ProgrammeService {

  private final AggregateStore aggregates;
  private final VotingRepository repository;
  private final SupportStore supports;
  private final PollService polls;
  private final Clock clock;

  public ProgrammeService(AggregateStore aggregates, VotingRepository repository, SupportStore supports,
      PollService polls, Clock clock) {
    this.aggregates = aggregates;
    this.repository = repository;
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
    var written = idempotencyKey == null ? java.util.Optional.<ProgrammeDocument>empty() : repository.programme(id)
        .filter(d -> d.getProgramme().congressId().equals(staff.congressId()));
    if (written.isPresent()) {
      return written.get().getProgramme();
    }
    List<VotingEvent> events = new ArrayList<>();
    Programme p = Programme.open(id, staff, year, title, seats, collectingUntil, clock.instant(), events);
    aggregates.save(ProgrammeDocument.of(p), VotingEventMapper.forProgramme(p, events, staff));
    return p;
  }

  public Programme get(CurrentUser user, String id) {
    return load(user, id).getProgramme();
  }

  /** Public read of a programme (no login): programmes are public by nature. */
  public Programme getPublic(String id) {
    return repository.programme(id).orElseThrow(() -> new NotFoundException("programme", id)).getProgramme();
  }

  public List<Programme> list(CurrentUser user) {
    return repository.programmes(user.congressId()).stream().map(ProgrammeDocument::getProgramme).toList();
  }

  /** With an Idempotency-Key, a retry after a crash finds the proposal its first attempt wrote. */
  public Proposal propose(CurrentUser who, String programmeId, String title, String description, String place,
      String benefit, Proposal.Source source, String sourceRef, String idempotencyKey) {
    Programme programme = load(who, programmeId).getProgramme();
    String id = DeterministicIds.forCreate("proposal", who.congressId(), who.subject(), idempotencyKey);
    var written = idempotencyKey == null ? java.util.Optional.<ProposalDocument>empty() : repository.proposal(id)
        .filter(d -> d.getProposal().congressId().equals(who.congressId()));
    if (written.isPresent()) {
      return written.get().getProposal();
    }
    List<VotingEvent> events = new ArrayList<>();
    Proposal p = Proposal.propose(id, programme, who, title, description, place, benefit,
        source, sourceRef, clock.instant(), events);
    aggregates.save(ProposalDocument.of(p), VotingEventMapper.forProposal(p, events, who));
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
    load(who, proposal.programmeId()).getProgramme().requireCollecting(clock.instant());
    if (!supports.support(proposal.id(), who.subject())) {
      throw new IllegalTransitionException("support twice", "ALREADY_SUPPORTED");
    }
    return supports.counts(List.of(proposal.id())).getOrDefault(proposal.id(), 0L);
  }

  /** Staff merge a duplicate into another proposal; the supports move with it, each person once. */
  public Proposal merge(CurrentUser staff, String proposalId, String intoId) {
    ProposalDocument doc = repository.proposal(proposalId).filter(d -> d.getProposal().congressId().equals(staff.congressId()))
        .orElseThrow(() -> new NotFoundException("proposal", proposalId));
    Proposal target = loadProposal(staff, intoId);
    load(staff, doc.getProposal().programmeId()).getProgramme().requireCollecting(clock.instant());
    if (!intoId.equals(doc.getProposal().mergedInto())) {
      List<VotingEvent> events = new ArrayList<>();
      doc.getProposal().mergeInto(staff, target, events);
      aggregates.save(doc, VotingEventMapper.forProposal(doc.getProposal(), events, staff));
    }
    // moving the supports is repeatable: a merge repeated after a crash finishes the move
    supports.moveSupports(proposalId, intoId);
    return doc.getProposal();
  }

  /** Proposals of a programme, most supported first; merged ones last. */
  public List<RankedProposal> proposals(String programmeId) {
    List<Proposal> all = repository.proposals(programmeId).stream().map(ProposalDocument::getProposal).toList();
    Map<String, Long> counts = supports.counts(all.stream().map(Proposal::id).toList());
    return all.stream().map(p -> new RankedProposal(p, counts.getOrDefault(p.id(), 0L)))
        .sorted(Comparator.comparing((RankedProposal r) -> r.proposal().mergedInto() != null)
            .thenComparing(Comparator.comparingLong(RankedProposal::supports).reversed()))
        .toList();
  }

  public Programme shortlist(CurrentUser staff, String id, List<Programme.Candidate> candidates) {
    ProgrammeDocument doc = load(staff, id);
    Set<String> unmerged = repository.proposals(id).stream().map(ProposalDocument::getProposal)
        .filter(p -> p.mergedInto() == null).map(Proposal::id).collect(Collectors.toSet());
    for (Programme.Candidate c : candidates) {
      if (!unmerged.contains(c.proposalId())) {
        throw new RuleViolationException("candidates", "not an unmerged proposal of this programme: " + c.proposalId());
      }
      supports.recount(c.proposalId());
    }
    List<VotingEvent> events = new ArrayList<>();
    doc.getProgramme().shortlist(staff, candidates, events);
    aggregates.save(doc, VotingEventMapper.forProgramme(doc.getProgramme(), events, staff));
    return doc.getProgramme();
  }

  /**
   * Creates the plenary poll over the shortlist (secret, in person, approval of up to K, each
   * project needing more than half of all deputies) and moves the programme to VOTING. The poll's
   * id is derived from the programme, so a retry after a crash between the two writes finds the
   * poll already there and completes the second write.
   */
  public Programme startVoting(CurrentUser staff, String id, List<String> roll, Instant opensAt, Instant closesAt,
      List<String> scrutineers, Integer scrutineerThreshold) {
    ProgrammeDocument doc = load(staff, id);
    Programme programme = doc.getProgramme();
    List<String> items = programme.candidates().stream().map(Programme.Candidate::proposalId).toList();
    boolean lastVoteFailed = programme.pollId() != null && repository.poll(programme.pollId())
        .map(d -> d.getPoll().state() == Poll.State.CANCELLED
            || d.getPoll().state() == Poll.State.PUBLISHED && !d.getPoll().certified().result().valid())
        .orElse(false);
    // Refused before anything is written: a 409 must not leave a drafted poll behind.
    programme.checkCanStartVoting(staff, lastVoteFailed);
    // one poll id per round: a retry after a crash between the two writes finds its poll
    String pollId = DeterministicIds.of("programme-poll", id, String.valueOf(programme.votingRounds() + 1));
    if (repository.poll(pollId).isEmpty()) {
      PollSpec spec = new PollSpec(PollMethod.APPROVAL, items, roll == null ? 0 : roll.size(),
          PassingRule.majorityOfAllMembers(), programme.seats(), 0, programme.seats(), 50, 60);
      try {
        String title = programme.title().length() > 190 ? programme.title().substring(0, 190) : programme.title();
        polls.draft(pollId, staff.congressId(), staff, new Poll.Draft(PollKind.LIVELIHOOD_PROJECTS, title + " 代表票决", spec, true, false, true, true, false, roll, opensAt, closesAt, null, id,
            scrutineers, scrutineerThreshold));
      } catch (OptimisticLockingFailureException createdMeanwhile) {
        // the same command retried concurrently: one poll
      }
    }
    List<VotingEvent> events = new ArrayList<>();
    programme.startVoting(staff, pollId, lastVoteFailed, events);
    aggregates.save(doc, VotingEventMapper.forProgramme(programme, events, staff));
    return programme;
  }

  /** The plenary poll's result is published: decide the programme (once; a redelivery finds it decided). */
  public void onResultPublished(EventEnvelope event) {
    JsonNode programmeId = event.data().get("programmeId");
    if (programmeId == null || programmeId.isNull()) {
      return;
    }
    ProgrammeDocument doc = repository.programme(programmeId.asString()).orElse(null);
    if (doc == null || doc.getProgramme().phase() != Programme.Phase.VOTING) {
      return;
    }
    if (!event.data().get("valid").asBoolean()) {
      // without quorum nothing is selected: the programme stays VOTING for the office to act (see ADR 0009)
      return;
    }
    List<String> selected = new ArrayList<>();
    event.data().get("selected").forEach(n -> selected.add(n.asString()));
    List<String> tied = new ArrayList<>();
    event.data().get("tiedAtCutoff").forEach(n -> tied.add(n.asString()));
    List<VotingEvent> events = new ArrayList<>();
    doc.getProgramme().decide(selected, tied, events);
    aggregates.save(doc, VotingEventMapper.forProgramme(doc.getProgramme(), events, null));
  }

  private ProgrammeDocument load(CurrentUser user, String id) {
    return repository.programme(id).filter(d -> d.getProgramme().congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("programme", id));
  }

  private Proposal loadProposal(CurrentUser user, String id) {
    return repository.proposal(id).map(ProposalDocument::getProposal).filter(p -> p.congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("proposal", id));
  }
}
