package io.lianxin.suggestion.domain;

/** The "三访": contact before (办前), during (办中) and after (办后) handling. */
public enum ContactPhase { BEFORE, DURING, AFTER }
