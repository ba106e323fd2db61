package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A handling unit in the register (承办单位): a government department or one of 一委两院, with its
 * superior unit, to which suggestions are assigned.
 */
public final class HandlingUnit {

  /** What the register says of a unit. */
  public record Details(String name, UnitKind kind, String superiorUnitId) {
    public Details {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }

    List<String> changedFrom(Details other) {
      List<String> changed = new ArrayList<>();
      if (!name.equals(other.name)) {
        changed.add("name");
      }
      if (kind != other.kind) {
        changed.add("kind");
      }
      if (!Objects.equals(superiorUnitId, other.superiorUnitId)) {
        changed.add("superiorUnitId");
      }
      return changed;
    }
  }

  private final String congressId;
  private final String unitId;
  private Details details;
  private UnitStatus status;
  private LocalDate leftOn;
  private final RecordedEvents<RegisterEvent> events = new RecordedEvents<>();

  private HandlingUnit(String congressId, String unitId, Details details, UnitStatus status, LocalDate leftOn) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.details = Objects.requireNonNull(details, "details");
    this.status = Objects.requireNonNull(status, "status");
    this.leftOn = leftOn;
    requireNotItsOwnSuperior(details);
  }

  public static HandlingUnit register(String congressId, String unitId, Details details) {
    HandlingUnit unit = new HandlingUnit(congressId, unitId, details, UnitStatus.ACTIVE, null);
    unit.events.record(new RegisterEvent.UnitRegistered());
    return unit;
  }

  public static HandlingUnit restore(String congressId, String unitId, Details details, UnitStatus status, LocalDate leftOn) {
    return new HandlingUnit(congressId, unitId, details, status, leftOn);
  }

  /** Changes the entry; the same entry again changes nothing. */
  public void update(Details next) {
    requireActive("update");
    requireNotItsOwnSuperior(next);
    List<String> changed = next.changedFrom(details);
    if (!changed.isEmpty()) {
      details = next;
      events.record(new RegisterEvent.UnitUpdated(changed));
    }
  }

  /** The unit is dissolved (撤销); items already assigned keep their history. */
  public void leave(LocalDate on) {
    requireActive("leave");
    status = UnitStatus.LEFT;
    leftOn = on;
    events.record(new RegisterEvent.UnitLeft(on));
  }

  private void requireNotItsOwnSuperior(Details d) {
    if (unitId.equals(d.superiorUnitId())) {
      throw new RuleViolationException("superiorUnitId", "a unit cannot be its own superior");
    }
  }

  private void requireActive(String action) {
    if (status != UnitStatus.ACTIVE) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public List<RegisterEvent> takeEvents() {
    return events.take();
  }

  public String congressId() {
    return congressId;
  }

  public String unitId() {
    return unitId;
  }

  public Details details() {
    return details;
  }

  public UnitStatus status() {
    return status;
  }

  public LocalDate leftOn() {
    return leftOn;
  }
}
