package io.lianxin.chassis.domain;

/** The roles of ARCHITECTURE.md §5 (JWT claim {@code roles}). */
public enum Role {
  /** 人大代表. */
  DEPUTY,
  /** 人大常委会工作机构工作人员. */
  COMMITTEE_STAFF,
  /** 常委会领导 (主任、副主任). */
  LEADER,
  /** 承办单位承办人员. */
  UNIT_HANDLER,
  /** 承办单位主要领导 (签发答复). */
  UNIT_HEAD,
  /** 系统管理员. */
  ADMIN,
  /** 群众/选民: a resident signed in through the public portal (proposes and supports livelihood projects). */
  PUBLIC
}
