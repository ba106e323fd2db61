package io.lianxin.voting.domain;

/** What a poll decides (票决类型). */
public enum PollKind {
  /** 民生实事项目票决: deputies choose K projects from a shortlist. */
  LIVELIHOOD_PROJECTS,
  /** 任免: one item per candidate. */
  APPOINTMENT,
  /** 满意度测评: on a report, a reply set, a project. */
  SATISFACTION,
  /** 述职评议、民主测评: scores. */
  SCORE,
  /** 表决: adopt a decision or regulation. */
  MOTION,
  /** 评选: best deputies, best suggestions, five-star homes. */
  SELECTION
}
