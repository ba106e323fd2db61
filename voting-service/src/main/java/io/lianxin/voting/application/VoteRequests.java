package io.lianxin.voting.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.domain.VoteRequest;
import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Polls requested by other services (supervision's satisfaction and score votes). The poll id is
 * derived from the request id, so a request delivered again — or handled by two replicas at once —
 * creates exactly one poll: the second insert of the same id is refused by the store. The poll
 * opens and closes on the requested schedule and is tallied and published at close; its
 * result-published event carries the request id back.
 */
@Service
public class VoteRequests {

  private final PollService polls;
  private final PollStore store;

  public VoteRequests(PollService polls, PollStore store) {
    this.polls = polls;
    this.store = store;
  }

  /** A request made at {@code requestedAt} (when it opens unless it says otherwise). */
  public void onRequest(VoteRequest.Kind kind, VoteRequest request, Instant requestedAt) {
    String pollId = pollIdFor(request.congressId(), request.requestId());
    if (store.find(pollId).isPresent()) {
      return;
    }
    try {
      polls.draft(pollId, request.congressId(), null, request.draft(kind, requestedAt));
    } catch (OptimisticLockingFailureException alreadyCreated) {
      // the same request, handled at the same time elsewhere: one poll
    }
  }

  public static String pollIdFor(String congressId, String requestId) {
    return DeterministicIds.of("vote-request", congressId, requestId);
  }
}
