package io.lianxin.deputy.domain;

/**
 * The kinds of work a deputy's record (履职档案) counts so far, each from events: suggestion-service's
 * submissions, this service's own reception days, annual reports and training, and supervision-service's
 * allocations and site inspections, and voting-service's in-person polls attended. Not yet: oversight
 * activities attended (supervision's activity-held carries only a count).
 */
public enum RecordKind {
  /** 提出建议: a suggestion submitted as its proposer. */
  SUGGESTION,
  /** 提出议案: a motion submitted as its proposer. */
  MOTION,
  /** 附议/联名: a suggestion or motion submitted with the deputy as a confirmed co-signer. */
  CO_SIGNATURE,
  /** 进站接待: present on duty at a reception day that was held. */
  RECEPTION_DAY,
  /** 年述职: the year's report to voters, heard at a meeting. */
  ANNUAL_REPORT,
  /** 参加培训: attended a training session. */
  TRAINING,
  /** 列席监督活动: allocated to take part in an oversight activity of supervision-service. */
  SUPERVISION_ALLOCATION,
  /** 代表小组视察: took part in a deputy group's site inspection of a livelihood project. */
  SITE_INSPECTION,
  /** 出席表决: signed in at an in-person poll of voting-service (attendance only, never a choice). */
  VOTE_ATTENDED
}
