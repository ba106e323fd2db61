package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A milestone (时间节点) of a livelihood project's tracking: what is to be reached by when, the
 * responsible department's progress reports on it, and the day it was reported reached.
 */
public record Milestone(int number, String name, LocalDate dueOn, List<ProgressReport> reports, LocalDate reachedOn) {

  /** One progress report of the department (进展报告). */
  public record ProgressReport(LocalDate on, String text, boolean reached) {
    public ProgressReport {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(text, "text");
    }
  }

  public Milestone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dueOn, "dueOn");
    reports = List.copyOf(reports);
  }

  Milestone reported(ProgressReport report) {
    List<ProgressReport> next = new java.util.ArrayList<>(reports);
    next.add(report);
    return new Milestone(number, name, dueOn, next, reachedOn == null && report.reached() ? report.on() : reachedOn);
  }

  public boolean reached() {
    return reachedOn != null;
  }
}
