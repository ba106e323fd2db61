package io.lianxin.suggestion.domain;

/** Whether a supervision note asks the unit for a progress report (要求报告办理进展). */
public enum ProgressReport {
  REQUESTED, NOT_REQUESTED;

  public static ProgressReport requestedIf(boolean requested) {
    return requested ? REQUESTED : NOT_REQUESTED;
  }
}
