package io.lianxin.suggestion.domain;

/** Category of a reply (答复类别). */
public enum ReplyCategory {
  /** 已解决或采纳 — solved or adopted. */
  A,
  /** 正在解决或列入计划 — being solved or planned; must list commitments. */
  B,
  /** 因条件限制留作参考 — cannot be solved now; must give the reason. */
  C
}
