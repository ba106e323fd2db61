package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.Opinion;
import java.util.List;
import java.util.Optional;

/** Voters' opinions (群众意见), keyed by congress and tracking code. */
public interface OpinionStore {

  Optional<Loaded<Opinion>> find(String congressId, String trackingCode);

  /** The opinions collected on a reception day, by tracking code; at most {@code limit}. */
  List<Opinion> ofDay(String congressId, String dayId, int limit);

  /**
   * Inserts a new opinion; false (nothing written) when its tracking code is taken in the congress,
   * and the caller draws another.
   */
  boolean insertIfCodeFree(Opinion opinion, CurrentUser actor);

  Loaded<Opinion> save(Loaded<Opinion> opinion, CurrentUser actor);
}
