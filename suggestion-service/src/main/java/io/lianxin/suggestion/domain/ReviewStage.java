package io.lianxin.suggestion.domain;

/** The two checks of a signed reply before it is sent (答复审核), in order. */
public enum ReviewStage {
  /** 代表工作部门审核: the committee's deputy-affairs office (COMMITTEE_STAFF). */
  OFFICE_REVIEW,
  /** 分管主任审定: the leader in charge (LEADER). */
  LEADER_SIGN_OFF
}
