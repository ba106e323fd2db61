package io.lianxin.deputy.domain;

/** Which of the two links (双联系) a contact belongs to. */
public enum ContactKind {
  /** 常委会组成人员联系代表: a member of the standing committee with a deputy. */
  MEMBER_WITH_DEPUTY,
  /** 代表联系群众: a deputy with voters. */
  DEPUTY_WITH_VOTERS
}
