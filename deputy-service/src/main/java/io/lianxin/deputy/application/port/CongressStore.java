package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.Congress;
import java.util.List;
import java.util.Optional;

/** Congresses, one register for all (a congress's id is the tenant id), each saved with its events in one write. */
public interface CongressStore {

  Optional<Loaded<Congress>> find(String congressId);

  /** Congresses by id, all or those directly below {@code parentCongressId}; {@code page} from 0. */
  List<Congress> list(String parentCongressId, int page, int size);

  long count(String parentCongressId);

  /** The ids of up to {@code limit} congresses the register has directly below {@code congressId}, by id. */
  List<String> childrenOf(String congressId, int limit);

  Loaded<Congress> insert(Congress congress, CurrentUser actor);

  Loaded<Congress> save(Loaded<Congress> congress, CurrentUser actor);
}
