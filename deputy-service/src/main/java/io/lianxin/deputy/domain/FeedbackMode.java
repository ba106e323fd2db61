package io.lianxin.deputy.domain;

/** How the voter was told the answer to their opinion (反馈方式). */
public enum FeedbackMode {
  /** 电话. */
  PHONE,
  /** 短信. */
  SMS,
  /** 当面. */
  IN_PERSON,
  /** 书面/信函. */
  LETTER,
  /** 在站公示. */
  NOTICE_AT_STATION
}
