package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.UnitStore;
import io.lianxin.deputy.domain.DepartureReason;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyDetails;
import io.lianxin.deputy.domain.DeputyStatus;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.UnitStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The register's use cases (代表与承办单位名册). Everything is within the caller's own congress:
 * another congress's entry is not found. Who may call which is the endpoint role table's.
 */
@Service
public class Register {

  private final DeputyStore deputies;
  private final UnitStore units;

  public Register(DeputyStore deputies, UnitStore units) {
    this.deputies = deputies;
    this.units = units;
  }

  /** What a PUT of an entry did. */
  public enum Outcome { CREATED, UPDATED, UNCHANGED }

  /** An entry as a PUT left it, and what the PUT did. */
  public record Entered<T>(T item, Outcome outcome) {}

  /** Enters or updates a deputy (PUT: the same entry twice changes nothing). */
  public Deputy putDeputy(CurrentUser staff, String deputyId, DeputyDetails details) {
    return enterDeputy(staff, deputyId, details).item();
  }

  public Entered<Deputy> enterDeputy(CurrentUser staff, String deputyId, DeputyDetails details) {
    if (details.delegationHead()) {
      Deputy.requireSoleHead(deputyId, details, deputies.activeHeadsOf(staff.congressId(), details.delegation()));
    }
    Optional<Loaded<Deputy>> existing = deputies.find(staff.congressId(), deputyId);
    if (existing.isEmpty()) {
      return new Entered<>(deputies.insert(Deputy.register(staff.congressId(), deputyId, details), staff).item(),
          Outcome.CREATED);
    }
    if (existing.get().item().status() == DeputyStatus.ACTIVE && existing.get().item().details().equals(details)) {
      return new Entered<>(existing.get().item(), Outcome.UNCHANGED); // the same entry again: no write, no event
    }
    existing.get().item().update(details);
    return new Entered<>(deputies.save(existing.get(), staff).item(), Outcome.UPDATED);
  }

  public Deputy deputyLeaves(CurrentUser staff, String deputyId, DepartureReason reason, LocalDate on) {
    Loaded<Deputy> deputy = loadDeputy(staff.congressId(), deputyId);
    deputy.item().leave(reason, on);
    return deputies.save(deputy, staff).item();
  }

  /** One deputy: staff of the congress see every entry, a deputy only their own. */
  public Deputy deputy(CurrentUser caller, String deputyId) {
    if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_STAFF, Role.LEADER) && !deputyId.equals(caller.deputyId())) {
      throw new NotFoundException("deputy", deputyId);
    }
    return loadDeputy(caller.congressId(), deputyId).item();
  }

  public Page<Deputy> deputies(CurrentUser caller, DeputyStatus status, int page, int size) {
    return new Page<>(deputies.list(caller.congressId(), status, page, size), page, size,
        deputies.count(caller.congressId(), status));
  }

  public HandlingUnit putUnit(CurrentUser staff, String unitId, HandlingUnit.Details details) {
    return enterUnit(staff, unitId, details).item();
  }

  public Entered<HandlingUnit> enterUnit(CurrentUser staff, String unitId, HandlingUnit.Details details) {
    requireSuperiorKnown(staff.congressId(), details.superiorUnitId());
    Optional<Loaded<HandlingUnit>> existing = units.find(staff.congressId(), unitId);
    if (existing.isEmpty()) {
      return new Entered<>(units.insert(HandlingUnit.register(staff.congressId(), unitId, details), staff).item(),
          Outcome.CREATED);
    }
    if (existing.get().item().status() == UnitStatus.ACTIVE && existing.get().item().details().equals(details)) {
      return new Entered<>(existing.get().item(), Outcome.UNCHANGED);
    }
    existing.get().item().update(details);
    return new Entered<>(units.save(existing.get(), staff).item(), Outcome.UPDATED);
  }

  public HandlingUnit unitLeaves(CurrentUser staff, String unitId, LocalDate on) {
    Loaded<HandlingUnit> unit = loadUnit(staff.congressId(), unitId);
    unit.item().leave(on);
    return units.save(unit, staff).item();
  }

  public HandlingUnit unit(CurrentUser caller, String unitId) {
    return loadUnit(caller.congressId(), unitId).item();
  }

  public Page<HandlingUnit> units(CurrentUser caller, UnitStatus status, int page, int size) {
    return new Page<>(units.list(caller.congressId(), status, page, size), page, size, units.count(caller.congressId(), status));
  }

  private void requireSuperiorKnown(String congressId, String superiorUnitId) {
    if (superiorUnitId != null && units.find(congressId, superiorUnitId).isEmpty()) {
      throw new RuleViolationException("superiorUnitId",
          "no unit " + superiorUnitId + " in the register");
    }
  }

  private Loaded<Deputy> loadDeputy(String congressId, String deputyId) {
    return deputies.find(congressId, deputyId).orElseThrow(() -> new NotFoundException("deputy", deputyId));
  }

  private Loaded<HandlingUnit> loadUnit(String congressId, String unitId) {
    return units.find(congressId, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
  }
}
