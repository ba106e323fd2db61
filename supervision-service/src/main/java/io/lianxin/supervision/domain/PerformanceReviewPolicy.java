package io.lianxin.supervision.domain;

/**
 * The rules of a performance review's result (评议结果): a judge's or prosecutor's grade by the
 * average score — 优秀 from {@code excellentFrom}, 称职 from {@code competentFrom}, 基本称职 from
 * {@code basicallyCompetentFrom}, 不称职 below — and how many of the last places are flagged for a
 * talk (后三名约谈, {@code talkCount}).
 */
public record PerformanceReviewPolicy(int excellentFrom, int competentFrom, int basicallyCompetentFrom, int talkCount) {

  public PerformanceReviewPolicy {
    if (!(0 <= basicallyCompetentFrom && basicallyCompetentFrom <= competentFrom && competentFrom <= excellentFrom
        && excellentFrom <= 100)) {
      throw new IllegalArgumentException("score bands 0 ≤ basically competent ≤ competent ≤ excellent ≤ 100");
    }
    if (talkCount < 0) {
      throw new IllegalArgumentException("talkCount is not negative");
    }
  }

  /** ≥ 90 优秀, ≥ 75 称职, ≥ 60 基本称职, below 不称职; the last 3 talked to. */
  public static PerformanceReviewPolicy defaults() {
    return new PerformanceReviewPolicy(90, 75, 60, 3);
  }

  /** The grade of an average score. */
  public CompetenceGrade grade(double averageScore) {
    if (averageScore >= excellentFrom) {
      return CompetenceGrade.EXCELLENT;
    }
    if (averageScore >= competentFrom) {
      return CompetenceGrade.COMPETENT;
    }
    return averageScore >= basicallyCompetentFrom ? CompetenceGrade.BASICALLY_COMPETENT : CompetenceGrade.INCOMPETENT;
  }
}
