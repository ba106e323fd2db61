package io.lianxin.supervision.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.ReviewOpinion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Review opinions, each saved with its events in one write (outbox); saves fail on a concurrent change. */
public interface OpinionStore {

  /** Which opinions a list shows: of one body, of one status, only published ones; null means any. */
  record Filter(String bodyUnitId, OpinionStatus status, boolean publishedOnly, Integer issuedInYear) {}

  Optional<Loaded<ReviewOpinion>> find(String congressId, String opinionId);

  /** The opinion of this congress waiting for the satisfaction vote of this request. */
  Optional<Loaded<ReviewOpinion>> findByPendingVote(String congressId, String requestId);

  List<ReviewOpinion> list(String congressId, Filter filter, int page, int size);

  long count(String congressId, Filter filter);

  /** Every opinion of a congress matching the filter, read in batches (the yearly report). */
  void forEach(String congressId, Filter filter, Consumer<ReviewOpinion> action);

  Loaded<ReviewOpinion> insert(ReviewOpinion opinion, CurrentUser actor);

  /** {@code actor} null: the service itself (a vote result, a reminder). */
  Loaded<ReviewOpinion> save(Loaded<ReviewOpinion> opinion, CurrentUser actor);

  /** The opinion's audit trail, oldest first (empty when there is no such opinion). */
  List<AuditLine> history(String congressId, String opinionId);

  /** Every open opinion whose next deadline check has come by {@code today}. */
  void forEachDueBy(LocalDate today, Consumer<Loaded<ReviewOpinion>> action);
}
