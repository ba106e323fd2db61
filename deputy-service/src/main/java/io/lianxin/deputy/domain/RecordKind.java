package io.lianxin.deputy.domain;

/**
 * The kinds of work a deputy's record (履职档案) counts so far. Votes attended (出席表决) are not among
 * them: voting-service publishes no attendance event yet, and ballots never say who voted (ADR 0016).
 */
public enum RecordKind {
  /** 提出建议: a suggestion submitted as its proposer. */
  SUGGESTION,
  /** 提出议案: a motion submitted as its proposer. */
  MOTION,
  /** 附议/联名: a suggestion or motion submitted with the deputy as a confirmed co-signer. */
  CO_SIGNATURE
}
