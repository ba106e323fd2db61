package io.lianxin.supervision.application;

import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.RegisteredDeputy;
import io.lianxin.supervision.domain.RegisteredUnit;
import org.springframework.stereotype.Service;

/**
 * Keeps the register copy as deputy-service's events describe it (ADR 0019): every register event
 * carries the entry's whole snapshot, so each is one write; the store drops an event it has seen,
 * or one older than the entry it holds.
 */
@Service
public class RegisterCopyUpdates {

  /** The facts of a deputy-registered / -updated / -left event this service keeps. */
  public record DeputyEntry(String deputyId, String congressId, String name, String status,
      String standingCommitteeRole) {}

  /** The facts of a unit-registered / -updated / -left event this service keeps. */
  public record UnitEntry(String unitId, String congressId, String name, String status) {}

  private final RegisterCopyStore store;

  public RegisterCopyUpdates(RegisterCopyStore store) {
    this.store = store;
  }

  public boolean onDeputy(DeputyEntry e, String sequence) {
    return store.put(new RegisteredDeputy(e.deputyId(), e.congressId(), e.name(), "ACTIVE".equals(e.status()),
        e.standingCommitteeRole()), sequence);
  }

  public boolean onUnit(UnitEntry e, String sequence) {
    return store.put(new RegisteredUnit(e.unitId(), e.congressId(), e.name(), "ACTIVE".equals(e.status())), sequence);
  }
}
