package io.lianxin.deputy.domain;

/**
 * The kinds of work a deputy's record (履职档案) counts so far: from suggestion-service's events, and from
 * this service's own reception days, annual reports and training. Votes attended (出席表决) are not among
 * them: voting-service publishes no attendance event yet, and ballots never say who voted (ADR 0016).
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
  TRAINING
}
