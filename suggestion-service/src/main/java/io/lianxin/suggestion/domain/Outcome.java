package io.lianxin.suggestion.domain;

/** How a closed item ended (办结结果): the last rating, or not evaluated in time. */
public enum Outcome { SATISFIED, BASICALLY_SATISFIED, UNSATISFIED, NOT_EVALUATED, WITHDRAWN, NOT_REGISTERED }
