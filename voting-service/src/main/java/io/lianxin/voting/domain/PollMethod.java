package io.lianxin.voting.domain;

/** How a ballot answers each item (表决方式). */
public enum PollMethod {
  /** 赞成/反对/弃权 per item. */
  YES_NO_ABSTAIN,
  /** Choose between min and max items (e.g. up to K of N). */
  APPROVAL,
  /** 满意/基本满意/不满意 per item. */
  RATING,
  /** A score 0–100 per item (述职评议、民主测评). */
  SCORE
}
