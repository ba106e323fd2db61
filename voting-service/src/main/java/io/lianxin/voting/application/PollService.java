package io.lianxin.voting.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.SecretBallotKeys;
import io.lianxin.voting.domain.Tally;
import io.lianxin.voting.persistence.PollStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Polls: draft, open, vote (once), close, count. */
@Service
public class PollService {

  private final PollStore store;
  private final Clock clock;

  public PollService(PollStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Poll draft(CurrentUser staff, String title, PollSpec spec, boolean secret, List<String> roll) {
    Poll poll = Poll.draft(UUID.randomUUID().toString(), staff, title, spec, secret, roll);
    store.save(poll);
    return poll;
  }

  public Poll open(CurrentUser staff, String id) {
    Poll poll = load(staff, id);
    poll.open(staff, clock.instant());
    store.save(poll);
    return poll;
  }

  public Poll close(CurrentUser staff, String id) {
    Poll poll = load(staff, id);
    poll.close(staff, clock.instant());
    store.save(poll);
    return poll;
  }

  /** Casts the caller's ballot; returns the receipt code. A second ballot is 409 and changes nothing. */
  public String vote(CurrentUser voter, String id, Ballot ballot) {
    Poll poll = load(voter, id);
    String voterId = voter.deputyId() != null ? voter.deputyId() : voter.subject();
    String ballotId = poll.ballotIdFor(voterId);
    String invalid = poll.spec().invalidity(ballot);
    if (invalid != null) {
      throw new io.lianxin.chassis.domain.RuleViolationException("answers", invalid);
    }
    String receipt = SecretBallotKeys.receiptCode();
    if (!store.cast(poll.id(), ballotId, ballot, receipt)) {
      throw new IllegalTransitionException("vote twice", "ALREADY_VOTED");
    }
    return receipt;
  }

  /**
   * The count, after close only: no result while voting goes on. Until attendance is recorded,
   * those present are those who voted electronically.
   */
  public Tally.Result result(CurrentUser user, String id) {
    Poll poll = load(user, id);
    if (poll.state() != Poll.State.CLOSED) {
      throw new IllegalTransitionException("see the result before the poll closes", poll.state().name());
    }
    List<Ballot> ballots = store.ballots(poll.id());
    return Tally.count(poll.spec(), ballots.size(), ballots);
  }

  private Poll load(CurrentUser user, String id) {
    return store.find(id).filter(p -> p.congressId().equals(user.congressId()))
        .orElseThrow(() -> new NotFoundException("poll", id));
  }
}
