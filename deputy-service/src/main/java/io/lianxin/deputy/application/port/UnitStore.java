package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.UnitStatus;
import java.util.List;
import java.util.Optional;

/** Handling units, each saved with its events in one write. */
public interface UnitStore {

  Optional<Loaded<HandlingUnit>> find(String congressId, String unitId);

  List<HandlingUnit> list(String congressId, UnitStatus status, int page, int size);

  long count(String congressId, UnitStatus status);

  Loaded<HandlingUnit> insert(HandlingUnit unit, CurrentUser actor);

  Loaded<HandlingUnit> save(Loaded<HandlingUnit> unit, CurrentUser actor);
}
