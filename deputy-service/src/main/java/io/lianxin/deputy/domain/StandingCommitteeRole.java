package io.lianxin.deputy.domain;

/**
 * A deputy's place on the standing committee (常委会组成人员): a member (委员), the secretary-general
 * (秘书长), a vice-chair (副主任) or the chair (主任). The last three form the chair's council (主任会议).
 * A deputy not on the standing committee has none.
 */
public enum StandingCommitteeRole {
  /** 委员. */
  MEMBER,
  /** 秘书长. */
  SECRETARY_GENERAL,
  /** 副主任. */
  VICE_CHAIR,
  /** 主任. */
  CHAIR;

  /** Whether this role sits on the chair's council (主任会议). */
  public boolean onChairsCouncil() {
    return this != MEMBER;
  }
}
