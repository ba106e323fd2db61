package io.lianxin.supervision.domain;

import java.util.Set;

/**
 * A deputy as supervision-service's copy of the register holds it; {@code standingCommitteeRole} is
 * set for members of the standing committee (常委会组成人员), who vote on the bodies' reports.
 */
public record RegisteredDeputy(String deputyId, String congressId, String name, boolean active,
    String standingCommitteeRole) {

  /** The seats of the chair's council (主任会议): the chair, the vice-chairs and the secretary-general. */
  public static final Set<String> CHAIRS_COUNCIL = Set.of("CHAIR", "VICE_CHAIR", "SECRETARY_GENERAL");

  /**
   * Whether this deputy may be named a supervising or lead leader (分管领导/领衔督办): an active member of the
   * chair's council — a leader of the standing committee, not any member of it.
   */
  public boolean leadsTheStandingCommittee() {
    return active && standingCommitteeRole != null && CHAIRS_COUNCIL.contains(standingCommitteeRole);
  }
}
