package io.lianxin.supervision.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.domain.SupervisionActivity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Oversight activities, each saved with its events in one write; one per id {@code <planYear>-<itemNumber>}. */
public interface ActivityStore {

  /** Which activities a list shows: of one plan year (null: any), taking part one deputy (null: anyone's). */
  record Filter(Integer planYear, String deputyId) {}

  Optional<Loaded<SupervisionActivity>> find(String congressId, String activityId);

  List<SupervisionActivity> list(String congressId, Filter filter, int page, int size);

  long count(String congressId, Filter filter);

  /** Every activity of a congress's plan year, read in batches (the reports). */
  void forEachOfYear(String congressId, int planYear, Consumer<SupervisionActivity> action);

  /** Every activity whose next deadline check (an inquiry's commitment) has come by {@code today}. */
  void forEachDueBy(LocalDate today, Consumer<Loaded<SupervisionActivity>> action);

  /** Fails with OptimisticLockingFailureException when the activity exists already. */
  Loaded<SupervisionActivity> insert(SupervisionActivity activity, CurrentUser actor);

  Loaded<SupervisionActivity> save(Loaded<SupervisionActivity> activity, CurrentUser actor);
}
