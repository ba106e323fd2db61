package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.PerformanceReviewStore;
import io.lianxin.supervision.application.port.TrackingStore;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.domain.PerformanceReviewPolicy;
import io.lianxin.supervision.domain.ProjectTracking;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.SatisfactionResult;
import io.lianxin.supervision.domain.ScoreResult;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Reads voting-service's published results back into the opinions and project trackings that
 * asked for them, by request id ({@code opinion:…} or {@code project:…}), and score votes' results into
 * the performance reviews ({@code review:…}). A result delivered again, or one nothing waits for, changes nothing.
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
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Loaded<PerformanceReview>> waiting = reviews.findByPendingVote(result.congressId(), result.requestId());
      if (waiting.isEmpty() || !waiting.get().item().recordScores(result, reviewPolicy)) {
        return false;
      }
      try {
        reviews.save(waiting.get(), null);
        return true;
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        // a command changed the review meanwhile: load it again and decide again
      }
    }
    throw new IllegalStateException("review waiting for " + result.requestId() + " kept changing; retried");
  }

  /** True when the opinion or project tracking that asked recorded the result. */
  public boolean onResult(SatisfactionResult result) {
    return result.requestId().startsWith("project:") ? onProjectResult(result) : onOpinionResult(result);
  }

  private boolean onProjectResult(SatisfactionResult result) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Loaded<ProjectTracking>> waiting = trackings.findByPendingVote(result.congressId(), result.requestId());
      if (waiting.isEmpty() || !waiting.get().item().recordVote(result, policy)) {
        return false;
      }
      try {
        trackings.save(waiting.get(), null);
        return true;
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        // changed meanwhile: load it again and decide again
      }
    }
    throw new IllegalStateException("tracking waiting for " + result.requestId() + " kept changing; retried");
  }

  private boolean onOpinionResult(SatisfactionResult result) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Loaded<ReviewOpinion>> waiting = opinions.findByPendingVote(result.congressId(), result.requestId());
      if (waiting.isEmpty() || !waiting.get().item().recordVote(result, LocalDate.ofInstant(clock.instant(),
          policy.zone()), policy)) {
        return false;
      }
      try {
        opinions.save(waiting.get(), null);
        return true;
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        // a command changed the opinion meanwhile: load it again and decide again
      }
    }
    throw new IllegalStateException("opinion waiting for " + result.requestId() + " kept changing; retried");
  }
}
