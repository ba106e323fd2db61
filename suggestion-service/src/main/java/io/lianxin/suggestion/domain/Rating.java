package io.lianxin.suggestion.domain;

/** A deputy's rating of a reply (满意度). */
public enum Rating {
  /** 满意. */ SATISFIED,
  /** 基本满意. */ BASICALLY_SATISFIED,
  /** 不满意. */ UNSATISFIED;

  public boolean satisfied() {
    return this != UNSATISFIED;
  }
}
