package io.lianxin.suggestion.domain;

/** The outcome of a motion's deliberation (议案审议结果). */
public enum MotionResult {
  /** 审议通过: adopted (e.g. the bill or decision it proposed was passed). */
  ADOPTED,
  /** 未获通过: not adopted. */
  NOT_ADOPTED,
  /** 转交办理: referred onwards (to the government, the standing committee's next session…); the note says where. */
  REFERRED
}
