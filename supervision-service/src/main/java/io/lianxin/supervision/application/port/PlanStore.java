package io.lianxin.supervision.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.supervision.domain.AnnualPlan;
import java.util.Optional;

/** Annual plans, one per congress and year (the key), each saved with its events in one write. */
public interface PlanStore {

  Optional<Loaded<AnnualPlan>> find(String congressId, int year);

  /** Fails with OptimisticLockingFailureException when the congress has a plan of that year already. */
  Loaded<AnnualPlan> insert(AnnualPlan plan, CurrentUser actor);

  Loaded<AnnualPlan> save(Loaded<AnnualPlan> plan, CurrentUser actor);
}
