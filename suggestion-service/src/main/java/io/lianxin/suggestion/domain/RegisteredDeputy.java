package io.lianxin.suggestion.domain;

/**
 * A deputy as the register (代表名册, deputy-service) last described them, in suggestion-service's
 * copy: who may co-sign, who heads a delegation (代表团团长) and so may table a delegation motion, and
 * who sits on the standing committee ({@code standingCommitteeRole}, null when not on it) and so may
 * lead a key item's supervision.
 */
public record RegisteredDeputy(String deputyId, String congressId, String name, boolean active, String delegation,
    boolean delegationHead, StandingCommitteeRole standingCommitteeRole) {

  /** A deputy not on the standing committee. */
  public RegisteredDeputy(String deputyId, String congressId, String name, boolean active, String delegation,
      boolean delegationHead) {
    this(deputyId, congressId, name, active, delegation, delegationHead, null);
  }

  /** The same entry with the given seat on the standing committee. */
  public RegisteredDeputy seatedAs(StandingCommitteeRole role) {
    return new RegisteredDeputy(deputyId, congressId, name, active, delegation, delegationHead, role);
  }

  /** Active and on the chair's council (主任会议): one who may lead a key item's supervision (领衔督办). */
  public boolean activeOnChairsCouncil() {
    return active && standingCommitteeRole != null && standingCommitteeRole.onChairsCouncil();
  }
}
