package io.lianxin.portal.gateway;

import java.time.LocalDate;

/** What a leader (领导) sends suggestion-service about a key item they supervise (重点督办). */
public final class LeaderRequests {

  private LeaderRequests() {}

  /** A supervision note (督办意见); with {@code requestReport} the lead unit reports its progress by the due date. */
  public record SupervisionNote(String text, boolean requestReport, LocalDate reportDueDate) {}
}
