package io.lianxin.supervision.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.domain.ProjectTracking;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Livelihood projects' trackings, each saved with its events in one write; one per project by its id. */
public interface TrackingStore {

  Optional<Loaded<ProjectTracking>> find(String congressId, String trackingId);

  /** The tracking of this congress waiting for the satisfaction vote of this request. */
  Optional<Loaded<ProjectTracking>> findByPendingVote(String congressId, String requestId);

  /** A congress's trackings of a year (null: every year), of one responsible unit (null: any). */
  List<ProjectTracking> list(String congressId, Integer year, String unitId, int page, int size);

  long count(String congressId, Integer year, String unitId);

  /** Fails with OptimisticLockingFailureException when the project is tracked already. */
  Loaded<ProjectTracking> insert(ProjectTracking tracking, CurrentUser actor);

  Loaded<ProjectTracking> save(Loaded<ProjectTracking> tracking, CurrentUser actor);

  void forEachDueBy(LocalDate today, Consumer<Loaded<ProjectTracking>> action);
}
