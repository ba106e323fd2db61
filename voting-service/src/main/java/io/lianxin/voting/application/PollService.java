package io.lianxin.voting.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.PaperTally;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollForBallot;
import io.lianxin.voting.domain.EncryptedBallot;
import io.lianxin.voting.domain.EncryptedBox;
import io.lianxin.voting.domain.EncryptedTally;
import io.lianxin.voting.domain.ScrutineerKey;
import io.lianxin.voting.domain.StoredBallot;
import io.lianxin.voting.application.port.BallotStore;
import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.application.port.RegisterStore;
import io.lianxin.voting.domain.RegisteredDeputy;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Polls: draft, open, sign in, vote (once), close, paper tallies, tally, publish, cancel; and what
 * may be read when. Each command is one write of the poll with its events (a ballot is one insert
 * of its own document, and no event).
 */
@Service
public class PollService {

  static final int ATTEMPTS = 10;

  private final PollStore store;
  private final BallotStore ballots;
  private final RegisterStore register;
  private final Clock clock;
  private final VotingMeters meters;

  public PollService(PollStore store, BallotStore ballots, RegisterStore register, Clock clock, VotingMeters meters) {
    this.store = store;
    this.ballots = ballots;
    this.register = register;
    this.clock = clock;
    this.meters = meters;
  }

  /** Live figures of a poll: turnout is visible while it is open, results are not. */
  public record Turnout(long ballotsCast, long present, int rollSize) {}

  /** What is published with a result: the rules, the box, the paper tallies and the certified count. */
  public record PublishedResult(Poll poll, long present, List<PaperTally> paperTallies, BallotBox box,
      EncryptedBox encryptedBox, Poll.Certified certified) {}

  /** A new poll; with an Idempotency-Key a retry after a crash finds the poll its first attempt wrote. */
  public Poll draft(CurrentUser staff, Poll.Draft draft, String idempotencyKey) {
    String id = DeterministicIds.forCreate("poll", staff.congressId(), staff.subject(), idempotencyKey);
    if (idempotencyKey != null) {
      var written = store.find(id).map(Loaded::item).filter(p -> p.congressId().equals(staff.congressId()));
      if (written.isPresent()) {
        return written.get();
      }
    }
    return draft(id, staff.congressId(), staff, draft);
  }

  /** Drafts under a given id; a second draft under the same id is refused by the store (409). */
  Poll draft(String id, String congressId, CurrentUser staff, Poll.Draft draft) {
    Collection<RegisteredDeputy> entries = draft.rollOf() != null ? register.ofCongress(congressId)
        : register.find(congressId, draft.roll() == null ? List.of() : draft.roll());
    Poll poll = Poll.draft(id, congressId, staff, draft, entries, clock.instant());
    store.insert(poll, staff);
    return poll;
  }

  /** Opens the poll; a roll by kind is fixed now from the copy of the register (ADR 0017). */
  public Poll open(CurrentUser staff, String id) {
    return command(staff, id, poll -> poll.open(staff, clock.instant(), registerFor(poll)));
  }

  /** The register entries a poll's opening reads: the congress's for a roll by kind, none for a roll of ids. */
  private Collection<RegisteredDeputy> registerFor(Poll poll) {
    return poll.rollOf() == null ? List.of() : register.ofCongress(poll.congressId());
  }

  public Poll close(CurrentUser staff, String id) {
    return command(staff, id, poll -> poll.close(staff, clock.instant(), ballots.count(id)));
  }

  public Poll cancel(CurrentUser staff, String id, String reason) {
    return command(staff, id, poll -> poll.cancel(staff, reason));
  }

  /** Signs voters in (the chamber's devices may post in parallel: see {@link #command}). */
  public Poll signIn(CurrentUser staff, String id, List<String> voterIds) {
    return command(staff, id, poll -> poll.signIn(staff, voterIds));
  }

  public Poll enterPaperTally(CurrentUser staff, String id, PaperTally tally) {
    return command(staff, id, poll -> poll.enterPaperTally(staff, tally, ballots.count(id)));
  }

  /** Counts a named poll; starts a secret poll's count (its sums, for the scrutineers to decrypt). */
  public Poll tally(CurrentUser staff, String id) {
    return command(staff, id, poll -> count(staff, poll));
  }

  private void count(CurrentUser staff, Poll poll) {
    if (poll.state() == Poll.State.CLOSED) {
      ballots.markCounted(poll.id());
    }
    if (poll.secret()) {
      poll.count(staff, ballots.encryptedBox(poll.id()), clock.instant());
    } else {
      poll.tally(staff, ballots.box(poll.id()), clock.instant());
    }
  }

  /** Staff name a secret poll's scrutineers (监票人), in a draft; a ceremony under way starts again. */
  public Poll assignScrutineers(CurrentUser staff, String id, List<String> scrutineers, Integer threshold) {
    return command(staff, id, poll -> poll.assignScrutineers(staff, scrutineers, threshold));
  }

  public Poll restartKeyCeremony(CurrentUser staff, String id) {
    return command(staff, id, poll -> poll.restartKeyCeremony(staff));
  }

  /** The ceremony as it stands: for staff and for the poll's scrutineers. */
  public Poll keyCeremony(CurrentUser user, String id) {
    Poll poll = load(user, id).item();
    requireStaffOrScrutineer(user, poll);
    return poll;
  }

  public Poll publishKeyCommitments(CurrentUser scrutineer, String id, String communicationKey,
      ScrutineerKey.SchnorrText proof, List<ScrutineerKey.CommitmentText> commitments) {
    return command(scrutineer, id, poll ->
        poll.publishKeyCommitments(voterId(scrutineer), communicationKey, proof, commitments));
  }

  public Poll sendKeyShares(CurrentUser scrutineer, String id, Map<String, String> shares) {
    return command(scrutineer, id, poll -> poll.sendKeyShares(voterId(scrutineer), shares));
  }

  /** The shares sealed to the caller: sender index → sealed share. */
  public Map<Integer, String> keySharesFor(CurrentUser scrutineer, String id) {
    Poll poll = load(scrutineer, id).item();
    requireStaffOrScrutineer(scrutineer, poll);
    if (poll.scrutineerKey() == null || !poll.scrutineerKey().isScrutineer(voterId(scrutineer))) {
      throw new NotFoundException("key shares of poll", id);
    }
    return poll.scrutineerKey().sharesFor(voterId(scrutineer));
  }

  public Poll confirmKeyShares(CurrentUser scrutineer, String id, List<Integer> complaints) {
    return command(scrutineer, id, poll -> poll.confirmKeyShares(voterId(scrutineer), complaints));
  }

  /** A scrutineer's decryption shares; the last needed one certifies the result (and publishes a requested poll). */
  public Poll addDecryptionShares(CurrentUser scrutineer, String id, List<EncryptedTally.ShareText> shares) {
    return command(scrutineer, id, poll -> {
      poll.addDecryptionShares(voterId(scrutineer), shares, clock.instant());
      if (poll.autoPublish() && poll.state() == Poll.State.TALLIED) {
        poll.publish(null, clock.instant());
      }
    });
  }

  /** The key ceremony and the encrypted count are the office's and the poll's scrutineers': others see nothing. */
  private static void requireStaffOrScrutineer(CurrentUser user, Poll poll) {
    if (!user.has(Role.COMMITTEE_STAFF)
        && (poll.scrutineerKey() == null || !poll.scrutineerKey().isScrutineer(voterId(user)))) {
      throw new NotFoundException("key ceremony of poll", poll.id());
    }
  }

  public Poll publish(CurrentUser staff, String id) {
    return command(staff, id, poll -> poll.publish(staff, clock.instant()));
  }

  /**
   * What a voter sends: plaintext answers (the service encrypts a secret poll's at once and keeps
   * nothing of them), or a ballot the voter's client encrypted itself (its proofs are checked).
   */
  public record Vote(Ballot answers, EncryptedBallot encrypted) {}

  /**
   * Casts the caller's ballot and returns the receipt. One insert under the id the poll gives this
   * voter: a second ballot is 409 and changes nothing — unless the poll allows re-voting, when the
   * new ballot replaces the old one. A secret poll's ballot is stored encrypted, its receipt the
   * hash of the encrypted ballot (which proves nothing of the choice to anyone).
   */
  public String vote(CurrentUser voter, String id, Vote vote) {
    String voterId = voterId(voter);
    PollForBallot poll = store.forBallot(id, voterId).filter(p -> p.congressId().equals(voter.congressId()))
        .orElseThrow(() -> new NotFoundException("poll", id));
    String ballotId = poll.ballotIdFor(voterId);
    StoredBallot stored;
    if (poll.secret()) {
      String context = poll.ballotContext();
      EncryptedBallot encrypted = vote.encrypted() != null ? vote.encrypted()
          : EncryptedBallot.encrypt(poll.spec(), poll.publicKey(), context, requireAnswers(vote));
      String problem = vote.encrypted() == null ? null : encrypted.problem(poll.spec(), poll.publicKey(), context);
      if (problem != null) {
        throw new RuleViolationException("encrypted", problem);
      }
      stored = StoredBallot.encrypted(poll.id(), ballotId, encrypted);
    } else {
      if (vote.encrypted() != null) {
        throw new RuleViolationException("encrypted", "a named poll's ballot is not encrypted");
      }
      Ballot ballot = requireAnswers(vote);
      String invalid = poll.spec().invalidity(ballot);
      if (invalid != null) {
        throw new RuleViolationException("answers", invalid);
      }
      stored = StoredBallot.named(poll.id(), ballotId, BallotBox.newReceiptCode(), ballot.answers(), voterId);
    }
    String receipt = stored.receipt();
    if (poll.allowRevote()) {
      if (!ballots.recast(stored)) {
        throw new IllegalTransitionException("vote after the count", Poll.State.TALLIED.name());
      }
      meters.ballotCast(poll.congressId(), poll.kind());
      return receipt;
    }
    if (!ballots.cast(stored)) {
      throw new IllegalTransitionException("vote twice", "ALREADY_VOTED");
    }
    // The poll may have closed while this ballot was on its way. The count marks the ballots it
    // takes; a ballot it has not taken is withdrawn, and its voter told so. Either way a ballot is
    // counted exactly when its voter holds a receipt.
    Poll.State now = store.state(id).orElse(Poll.State.CLOSED);
    if (now != Poll.State.OPEN && ballots.withdrawIfUncounted(ballotId)) {
      throw new IllegalTransitionException("vote", now.name());
    }
    meters.ballotCast(poll.congressId(), poll.kind());
    return receipt;
  }

  private static Ballot requireAnswers(Vote vote) {
    if (vote.answers() == null) {
      throw new RuleViolationException("answers", "the answers, or a ballot your client encrypted");
    }
    return vote.answers();
  }

  public Poll get(CurrentUser user, String id) {
    requireReader(user);
    Poll poll = load(user, id).item();
    if (!poll.visibleTo(user)) {
      throw new NotFoundException("poll", id);
    }
    return poll;
  }

  /**
   * A page of the polls of the caller's congress, newest first, with how many there are in all; with
   * {@code onMyRoll} only those whose roll holds the caller (a caller who is no deputy is on no roll).
   */
  public Page<Poll> list(CurrentUser user, Poll.State state, boolean onMyRoll, int page, int size) {
    requireReader(user);
    if (onMyRoll && user.deputyId() == null) {
      return new Page<>(List.of(), 0, page, size);
    }
    boolean withDrafts = Poll.seesDrafts(user);
    String voterId = onMyRoll ? user.deputyId() : null;
    return new Page<>(store.list(user.congressId(), state, withDrafts, voterId, page, size),
        store.count(user.congressId(), state, withDrafts, voterId), page, size);
  }

  /** The live turnout of a poll already read with {@link #get}. */
  public Turnout turnout(Poll poll) {
    long cast = ballots.count(poll.id());
    return new Turnout(cast, poll.present(cast), poll.spec().rollSize());
  }

  /**
   * The published result with its box: for staff once tallied (to check before publishing), for
   * everyone of the congress once published; {@code user} null (the public) only for public polls.
   */
  public PublishedResult result(CurrentUser user, String id) {
    if (user != null) {
      requireReader(user);
    }
    Poll poll = user == null ? findPublic(id) : load(user, id).item();
    boolean staff = user != null && user.has(Role.COMMITTEE_STAFF);
    if (!(poll.state() == Poll.State.PUBLISHED || staff && poll.state() == Poll.State.TALLIED)) {
      throw new IllegalTransitionException("see the result before it is published", poll.state().name());
    }
    return new PublishedResult(poll, poll.present(poll.certified().electronicBallots()), poll.paperTallies(),
        poll.secret() ? null : ballots.box(id), poll.secret() ? ballots.encryptedBox(id) : null, poll.certified());
  }

  /**
   * A voter finds their ballot in the counted box by receipt code, once the result is published:
   * anyone for a public poll ({@code user} null), members of the congress for the others.
   */
  public StoredBallot byReceipt(CurrentUser user, String id, String receipt) {
    Poll poll = user == null ? findPublic(id) : load(user, id).item();
    if (poll.state() != Poll.State.PUBLISHED) {
      throw new IllegalTransitionException("look up a receipt before the result is published", poll.state().name());
    }
    return ballots.byReceipt(id, receipt).orElseThrow(() -> new NotFoundException("receipt", receipt));
  }

  /** Scheduler: opens, closes (and for requested polls tallies and publishes) what is due; reports turnout. */
  void advance(Loaded<Poll> loaded, boolean reportTurnout) {
    Poll poll = loaded.item();
    boolean changed = true;
    if (poll.dueToOpen(clock.instant())) {
      poll.open(null, clock.instant(), registerFor(poll));
    } else if (poll.dueToClose(clock.instant())) {
      poll.close(null, clock.instant(), ballots.count(poll.id()));
      if (poll.autoPublish()) {
        // the close is written first, so that a ballot arriving after it sees the poll closed
        loaded = store.save(loaded, null);
        count(null, poll);
        if (poll.state() == Poll.State.TALLIED) {
          poll.publish(null, clock.instant());
        }
      }
    } else {
      changed = reportTurnout && poll.reportTurnout(ballots.count(poll.id()));
    }
    if (changed) {
      store.save(loaded, null);
    }
  }

  static String voterId(CurrentUser voter) {
    return voter.deputyId() != null ? voter.deputyId() : voter.subject();
  }

  /**
   * Loads, changes and saves a poll. A concurrent write — the scheduler reporting turnout, another
   * device's sign-in — makes the version-guarded save fail; the command is then applied again to
   * the poll as it now is (its rules checked again), up to {@link #ATTEMPTS} times before giving up with 409.
   */
  private Poll command(CurrentUser user, String id, Consumer<Poll> change) {
    for (int attempt = 1; ; attempt++) {
      Loaded<Poll> loaded = load(user, id);
      change.accept(loaded.item());
      try {
        store.save(loaded, user);
        return loaded.item();
      } catch (OptimisticLockingFailureException concurrent) {
        if (attempt == ATTEMPTS) {
          throw concurrent;
        }
        // a short random pause, so that writers colliding again and again fall out of step
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000_000L, 5_000_000L * attempt));
      }
    }
  }

  private Loaded<Poll> load(CurrentUser user, String id) {
    return store.find(id).filter(l -> l.item().congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("poll", id));
  }

  /** A public poll, for anyone (no login). */
  private Poll findPublic(String id) {
    return store.find(id).map(Loaded::item).filter(Poll::isPublic).orElseThrow(() -> new NotFoundException("poll", id));
  }

  /** Voters and staff of the congress read polls; units and the public do not. */
  static void requireReader(CurrentUser user) {
    if (!user.hasAny(Role.DEPUTY, Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN)) {
      throw new ForbiddenException("polls are read by deputies, committee staff and leaders");
    }
  }
}
