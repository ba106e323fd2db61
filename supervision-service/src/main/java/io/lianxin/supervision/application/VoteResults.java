package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.PerformanceReviewStore;
import io.lianxin.supervision.application.port.TrackingStore;
import io.lianxin.supervision.domain.PerformanceReviewPolicy;
import io.lianxin.supervision.domain.SatisfactionResult;
import io.lianxin.supervision.domain.ScoreResult;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Reads voting-service's published results back into the opinions and project trackings that
 * asked for them, by request id ({@code opinion:…} or {@code project:…}), and score votes' results into
 * the performance reviews ({@code review:…}); a poll voting cancelled ends the vote waited for, so staff may ask
 * again. A result or cancel delivered again, or one nothing waits for, changes nothing.
 */
@Service
public class VoteResults {

  static final int ATTEMPTS = 5;

  private final OpinionStore opinions;
  private final TrackingStore trackings;
  private final PerformanceReviewStore reviews;
  private final SupervisionPolicy policy;
  private final PerformanceReviewPolicy reviewPolicy;
  private final Clock clock;

  public VoteResults(OpinionStore opinions, TrackingStore trackings, PerformanceReviewStore reviews,
      SupervisionPolicy policy, PerformanceReviewPolicy reviewPolicy, Clock clock) {
    this.opinions = opinions;
    this.trackings = trackings;
    this.reviews = reviews;
    this.policy = policy;
    this.reviewPolicy = reviewPolicy;
    this.clock = clock;
  }

  /** True when the performance review that asked recorded the score vote's result. */
  public boolean onScoreResult(ScoreResult result) {
    return decide(l -> reviews.save(l, null), () -> reviews.findByPendingVote(result.congressId(), result.requestId()),
        r -> r.recordScores(result, reviewPolicy), result.requestId());
  }

  /**
   * voting's poll-cancelled of a poll this service asked for: its request id, poll id and voting's reason, kept to
   * voting's own limit of {@value #REASON_MAX} characters (its contract sets none; the events this one causes do).
   */
  public record CancelledPoll(String congressId, String requestId, String pollId, String reason) {
    public static final int REASON_MAX = 1000;

    public CancelledPoll {
      reason = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
    }
  }

  /** True when the opinion, tracking or review waiting for the cancelled poll's vote recorded its end. */
  public boolean onPollCancelled(CancelledPoll poll) {
    String requestId = poll.requestId();
    if (requestId.startsWith("review:")) {
      return decide(l -> reviews.save(l, null), () -> reviews.findByPendingVote(poll.congressId(), requestId),
          r -> r.voteCancelled(requestId, poll.reason()), requestId);
    }
    if (requestId.startsWith("project:")) {
      return decide(l -> trackings.save(l, null), () -> trackings.findByPendingVote(poll.congressId(), requestId),
          t -> t.voteCancelled(requestId, poll.pollId(), poll.reason()), requestId);
    }
    return decide(l -> opinions.save(l, null), () -> opinions.findByPendingVote(poll.congressId(), requestId),
        o -> o.voteCancelled(requestId, poll.pollId(), poll.reason()), requestId);
  }

  /** Saves what waits for the request when {@code change} changed it; a concurrent change: load and decide again. */
  private static <T> boolean decide(Saver<T> save, Supplier<Optional<Loaded<T>>> waiting,
      Predicate<T> change, String requestId) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Loaded<T>> found = waiting.get();
      if (found.isEmpty() || !change.test(found.get().item())) {
        return false;
      }
      try {
        save.save(found.get());
        return true;
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        // a command changed it meanwhile: load it again and decide again
      }
    }
    throw new IllegalStateException("what waits for " + requestId + " kept changing; retried");
  }

  /** A store's save of a loaded aggregate by the service itself (no actor). */
  @FunctionalInterface
  private interface Saver<T> {
    void save(Loaded<T> loaded);
  }

  /** True when the opinion or project tracking that asked recorded the result. */
  public boolean onResult(SatisfactionResult result) {
    String requestId = result.requestId();
    if (requestId.startsWith("project:")) {
      return decide(l -> trackings.save(l, null), () -> trackings.findByPendingVote(result.congressId(), requestId),
          t -> t.recordVote(result, policy), requestId);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), policy.zone());
    return decide(l -> opinions.save(l, null), () -> opinions.findByPendingVote(result.congressId(), requestId),
        o -> o.recordVote(result, today, policy), requestId);
  }
}
