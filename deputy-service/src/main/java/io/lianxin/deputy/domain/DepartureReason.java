package io.lianxin.deputy.domain;

/** Why a deputy's mandate ended (代表资格终止的原因); the last two remove the deputy (罢免、资格终止). */
public enum DepartureReason {
  /** 任期届满. */
  TERM_ENDED,
  /** 辞职. */
  RESIGNED,
  /** 迁出或调离本行政区域. */
  MOVED_AWAY,
  /** 死亡. */
  DIED,
  /** 被罢免. */
  RECALLED,
  /** 代表资格终止 (e.g. by a court decision). */
  DISQUALIFIED;

  public DeputyStatus statusAfter() {
    return this == RECALLED || this == DISQUALIFIED ? DeputyStatus.REMOVED : DeputyStatus.LEFT;
  }
}
