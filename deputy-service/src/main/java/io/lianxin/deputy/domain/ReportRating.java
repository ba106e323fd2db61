package io.lianxin.deputy.domain;

/** A voter's rating of a deputy's annual report (满意度测评). */
public enum ReportRating {
  /** 满意. */
  SATISFIED,
  /** 基本满意. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  UNSATISFIED
}
