package io.lianxin.suggestion.domain;

/** 建议 (suggestion, criticism and opinion) or 议案 (motion). */
public enum SuggestionKind {
  /** 建议、批评和意见. */
  SUGGESTION,
  /** 议案. */
  MOTION
}
