package io.lianxin.supervision.domain;

/** The grade of a judge or prosecutor in a performance review (履职评议等次). */
public enum CompetenceGrade {
  /** 优秀: a commendation is proposed. */
  EXCELLENT,
  /** 称职. */
  COMPETENT,
  /** 基本称职: a review opinion goes to the subject's unit. */
  BASICALLY_COMPETENT,
  /** 不称职: a review opinion goes to the subject's unit. */
  INCOMPETENT;

  /** 基本称职 and 不称职 need a rectification opinion (整改意见) through the two lists. */
  public boolean needsRectification() {
    return this == BASICALLY_COMPETENT || this == INCOMPETENT;
  }
}
