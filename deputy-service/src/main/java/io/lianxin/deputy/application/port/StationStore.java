package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.StationStatus;
import java.util.List;
import java.util.Optional;

/** Homes and stations, each saved with its events in one write. */
public interface StationStore {

  Optional<Loaded<Station>> find(String congressId, String stationId);

  /** A congress's stations by id, optionally of one status; {@code page} from 0. */
  List<Station> list(String congressId, StationStatus status, int page, int size);

  long count(String congressId, StationStatus status);

  Loaded<Station> insert(Station station, CurrentUser actor);

  Loaded<Station> save(Loaded<Station> station, CurrentUser actor);
}
