package io.lianxin.suggestion.domain;

/** What a check of a signed reply decides (审核意见). */
public enum ReviewDecision {
  /** 同意: the reply goes on (to the leader, or out to the deputies). */
  APPROVED,
  /** 退回: the reply goes back to the unit, with the reason, to be answered again. */
  SENT_BACK
}
