package io.lianxin.supervision.domain;

/**
 * A deputy as supervision-service's copy of the register holds it; {@code standingCommitteeRole} is
 * set for members of the standing committee (常委会组成人员), who vote on the bodies' reports.
 */
public record RegisteredDeputy(String deputyId, String congressId, String name, boolean active,
    String standingCommitteeRole) {}
