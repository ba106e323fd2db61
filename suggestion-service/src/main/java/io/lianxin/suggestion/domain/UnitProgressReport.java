package io.lianxin.suggestion.domain;

import java.time.Instant;

/**
 * The lead unit's progress report (办理进展报告) answering a supervising leader's request: the unit,
 * the report, who submitted it and when, and whether it came after the requested due date.
 */
public record UnitProgressReport(String unitId, String text, String submittedBy, Instant submittedAt, boolean late) {}
