package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervising leader's note on a key suggestion (督办意见), numbered from 1. A note may request a
 * progress report from the lead unit by {@code reportDueDate} (要求报告办理进展); the unit's report
 * answers that request once ({@code progressReport}, null until submitted).
 */
public record SupervisionNote(int number, String leaderId, String text, boolean progressReportRequested,
    LocalDate reportDueDate, UnitProgressReport progressReport, Instant at) {

  SupervisionNote withReport(UnitProgressReport report) {
    return new SupervisionNote(number, leaderId, text, progressReportRequested, reportDueDate, report, at);
  }
}
