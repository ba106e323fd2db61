package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.StationStore;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.StationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Homes and stations (代表之家/代表联络站/联络室) of the caller's congress: registered, changed, deputies
 * attached and detached, closed; another congress's station is not found. The public list is any
 * congress's open stations.
 */
@Service
public class Stations {

  private final StationStore stations;
  private final DeputyStore deputies;

  public Stations(StationStore stations, DeputyStore deputies) {
    this.stations = stations;
    this.deputies = deputies;
  }

  /** Registers or updates a station (PUT: the same details twice change nothing). */
  public Station put(CurrentUser staff, String stationId, Station.Details details) {
    Optional<Loaded<Station>> existing = stations.find(staff.congressId(), stationId);
    if (existing.isEmpty()) {
      return stations.insert(Station.register(staff.congressId(), stationId, details), staff).item();
    }
    if (existing.get().item().status() == StationStatus.OPEN && existing.get().item().details().equals(details)) {
      return existing.get().item(); // the same details again: no write, no event
    }
    existing.get().item().update(details);
    return stations.save(existing.get(), staff).item();
  }

  public Station attach(CurrentUser staff, String stationId, List<String> deputyIds) {
    Loaded<Station> station = load(staff.congressId(), stationId);
    station.item().attach(deputyIds, deputies.activeAmong(staff.congressId(), deputyIds));
    return stations.save(station, staff).item();
  }

  public Station detach(CurrentUser staff, String stationId, List<String> deputyIds) {
    Loaded<Station> station = load(staff.congressId(), stationId);
    station.item().detach(deputyIds);
    return stations.save(station, staff).item();
  }

  public Station close(CurrentUser staff, String stationId, LocalDate on) {
    Loaded<Station> station = load(staff.congressId(), stationId);
    station.item().close(on);
    return stations.save(station, staff).item();
  }

  public Station station(CurrentUser caller, String stationId) {
    return load(caller.congressId(), stationId).item();
  }

  public Page<Station> list(String congressId, StationStatus status, int page, int size) {
    return new Page<>(stations.list(congressId, status, page, size), page, size, stations.count(congressId, status));
  }

  private Loaded<Station> load(String congressId, String stationId) {
    return stations.find(congressId, stationId).orElseThrow(() -> new NotFoundException("station", stationId));
  }
}
