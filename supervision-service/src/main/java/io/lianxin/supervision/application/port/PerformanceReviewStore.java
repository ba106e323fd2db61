package io.lianxin.supervision.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.domain.PerformanceReview;
import java.util.List;
import java.util.Optional;

/** Performance review rounds, each saved with its events in one write (outbox); saves fail on a concurrent change. */
public interface PerformanceReviewStore {

  /** Which reviews a list shows: of one year, with a subject of one unit; null means any. */
  record Filter(Integer year, String readerUnitId) {}

  Optional<Loaded<PerformanceReview>> find(String congressId, String reviewId);

  /** The review of this congress waiting for the score vote of this request. */
  Optional<Loaded<PerformanceReview>> findByPendingVote(String congressId, String requestId);

  List<PerformanceReview> list(String congressId, Filter filter, int page, int size);

  long count(String congressId, Filter filter);

  Loaded<PerformanceReview> insert(PerformanceReview review, CurrentUser actor);

  /** {@code actor} null: the service itself (a vote result). */
  Loaded<PerformanceReview> save(Loaded<PerformanceReview> review, CurrentUser actor);
}
