package io.lianxin.suggestion.domain;

/**
 * A deputy's seat on the standing committee (常委会组成人员) as the register gives it: member (委员),
 * secretary-general (秘书长), vice-chair (副主任), chair (主任). The last three sit on the chair's
 * council (主任会议), whose members lead the supervision of key items (常委会领导领衔督办).
 */
public enum StandingCommitteeRole {
  /** 委员. */ MEMBER,
  /** 秘书长. */ SECRETARY_GENERAL,
  /** 副主任. */ VICE_CHAIR,
  /** 主任. */ CHAIR;

  /** Whether the seat is on the chair's council (主任会议). */
  public boolean onChairsCouncil() {
    return this != MEMBER;
  }
}
