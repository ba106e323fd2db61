package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A home or station of deputies (代表之家/代表联络站/联络室) of one congress: where it is, and the
 * deputies attached to it (进站代表), who must be active deputies of the register. Open until closed.
 */
public final class Station {

  /** Where a station is: the address as written and, optionally, the township (乡镇/街道). */
  public record Place(String address, String township) {
    public Place {
      Objects.requireNonNull(address, "address");
    }
  }

  /** What the register says of a station. */
  public record Details(StationKind kind, String name, Place place) {
    public Details {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(place, "place");
    }

    List<String> changedFrom(Details other) {
      List<String> changed = new ArrayList<>();
      if (kind != other.kind) {
        changed.add("kind");
      }
      if (!name.equals(other.name)) {
        changed.add("name");
      }
      if (!place.address().equals(other.place.address())) {
        changed.add("address");
      }
      if (!Objects.equals(place.township(), other.place.township())) {
        changed.add("township");
      }
      return changed;
    }
  }

  private final String congressId;
  private final String stationId;
  private Details details;
  private final TreeSet<String> deputyIds;
  private StationStatus status;
  private LocalDate closedOn;
  private final RecordedEvents<RegisterEvent> events = new RecordedEvents<>();

  private Station(String congressId, String stationId, Details details, Collection<String> deputyIds,
      StationStatus status, LocalDate closedOn) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.stationId = Objects.requireNonNull(stationId, "stationId");
    this.details = Objects.requireNonNull(details, "details");
    this.deputyIds = new TreeSet<>(deputyIds);
    this.status = Objects.requireNonNull(status, "status");
    this.closedOn = closedOn;
  }

  /** Registers a station (设立), with no deputies attached yet. */
  public static Station register(String congressId, String stationId, Details details) {
    Station station = new Station(congressId, stationId, details, List.of(), StationStatus.OPEN, null);
    station.events.record(new RegisterEvent.StationRegistered());
    return station;
  }

  public static Station restore(String congressId, String stationId, Details details, Collection<String> deputyIds,
      StationStatus status, LocalDate closedOn) {
    return new Station(congressId, stationId, details, deputyIds, status, closedOn);
  }

  /** Changes where or what the station is; the same details again change nothing. */
  public void update(Details next) {
    requireOpen("update");
    List<String> changed = next.changedFrom(details);
    if (!changed.isEmpty()) {
      details = next;
      events.record(new RegisterEvent.StationUpdated(changed));
    }
  }

  /**
   * Attaches deputies (代表进站); every one must be an active deputy of the register, else nothing is
   * attached and the unknown ones are named. Those already attached change nothing.
   *
   * @param activeDeputies which of {@code deputyIds} are active deputies of the station's congress
   */
  public void attach(Collection<String> deputyIds, Set<String> activeDeputies) {
    requireOpen("attach deputies");
    List<String> unknown = deputyIds.stream().filter(id -> !activeDeputies.contains(id)).distinct().sorted().toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException("deputyIds", "名册中没有这些在任代表 / not active deputies of the register: "
          + String.join(", ", unknown));
    }
    if (this.deputyIds.addAll(deputyIds)) {
      events.record(new RegisterEvent.StationUpdated(List.of("deputyIds")));
    }
  }

  /** Detaches deputies (whatever their status now); those not attached change nothing. */
  public void detach(Collection<String> deputyIds) {
    requireOpen("detach deputies");
    if (this.deputyIds.removeAll(deputyIds)) {
      events.record(new RegisterEvent.StationUpdated(List.of("deputyIds")));
    }
  }

  /** The station is closed (撤销); its history stays. */
  public void close(LocalDate on) {
    requireOpen("close");
    status = StationStatus.CLOSED;
    closedOn = on;
    events.record(new RegisterEvent.StationClosed(on));
  }

  private void requireOpen(String action) {
    if (status != StationStatus.OPEN) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public List<RegisterEvent> takeEvents() {
    return events.take();
  }

  public String congressId() {
    return congressId;
  }

  public String stationId() {
    return stationId;
  }

  public Details details() {
    return details;
  }

  /** The deputies attached, by id. */
  public List<String> deputyIds() {
    return List.copyOf(deputyIds);
  }

  public StationStatus status() {
    return status;
  }

  public LocalDate closedOn() {
    return closedOn;
  }
}
