package io.lianxin.suggestion.application;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.suggestion.domain.RegisteredUnit;
import io.lianxin.suggestion.domain.StandingCommitteeRole;
import org.springframework.stereotype.Service;

/**
 * Keeps the register copy as deputy-service's events describe it. Every register event carries the
 * entry's whole snapshot, so registered, updated and left are one write each; the store drops an
 * event it has seen, or one older than the entry it holds.
 */
@Service
public class RegisterCopyUpdates {

  /**
   * The facts of a deputy-registered / -updated / -left event this service keeps; a seat on the
   * standing committee the contract does not list makes the event unreadable (dead-lettered).
   */
  public record DeputyEntry(String deputyId, String congressId, String name, String status, String delegation,
      Boolean delegationHead, StandingCommitteeRole standingCommitteeRole) {}

  /** The facts of a unit-registered / -updated / -left event this service keeps. */
  public record UnitEntry(String unitId, String congressId, String name, String status, String superiorUnitId) {}

  private final RegisterCopyStore store;

  public RegisterCopyUpdates(RegisterCopyStore store) {
    this.store = store;
  }

  public boolean onDeputy(DeputyEntry e, String sequence) {
    return store.put(new RegisteredDeputy(e.deputyId(), e.congressId(), e.name(), "ACTIVE".equals(e.status()),
        e.delegation(), Boolean.TRUE.equals(e.delegationHead()), e.standingCommitteeRole()), sequence);
  }

  public boolean onUnit(UnitEntry e, String sequence) {
    return store.put(new RegisteredUnit(e.unitId(), e.congressId(), e.name(), "ACTIVE".equals(e.status()),
        e.superiorUnitId()), sequence);
  }
}
