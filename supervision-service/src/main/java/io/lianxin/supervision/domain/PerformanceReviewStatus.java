package io.lianxin.supervision.domain;

/**
 * Where a performance review stands: its subjects heard, visited and checked ({@code IN_PROGRESS}),
 * the score vote asked of voting-service ({@code VOTING}), the result read back ({@code RATED}),
 * the rectification opinions issued and the review closed ({@code CLOSED}).
 */
public enum PerformanceReviewStatus {
  IN_PROGRESS,
  VOTING,
  RATED,
  CLOSED
}
