package io.lianxin.suggestion.domain;

import java.time.Instant;

/** A supervising leader's note on a key suggestion (督办意见). */
public record SupervisionNote(String leaderId, String text, boolean progressReportRequested, Instant at) {}
