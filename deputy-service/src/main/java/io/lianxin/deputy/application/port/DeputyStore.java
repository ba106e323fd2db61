package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyStatus;
import java.util.List;
import java.util.Optional;

/** Deputies, each saved with its events in one write. */
public interface DeputyStore {

  Optional<Loaded<Deputy>> find(String congressId, String deputyId);

  /** A congress's deputies by id, optionally of one status; {@code page} from 0. */
  List<Deputy> list(String congressId, DeputyStatus status, int page, int size);

  long count(String congressId, DeputyStatus status);

  Loaded<Deputy> insert(Deputy deputy, CurrentUser actor);

  Loaded<Deputy> save(Loaded<Deputy> deputy, CurrentUser actor);
}
