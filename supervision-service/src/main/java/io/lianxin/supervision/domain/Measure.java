package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rectification measure (整改措施) of the body's list: the problems it answers, what is done, who
 * owns it (责任人/责任部门) and by when; its progress, the evidence when done (整改佐证) and the day it was done.
 */
public record Measure(String measureId, List<Integer> problemNumbers, String action, String owner, LocalDate dueOn,
    MeasureStatus status, String evidence, LocalDate doneOn) {

  public Measure {
    Objects.requireNonNull(measureId, "measureId");
    problemNumbers = List.copyOf(problemNumbers);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(status, "status");
  }

  /** A measure as the body plans it. */
  public static Measure planned(String measureId, List<Integer> problemNumbers, String action, String owner,
      LocalDate dueOn) {
    return new Measure(measureId, problemNumbers, action, owner, dueOn, MeasureStatus.PLANNED, null, null);
  }

  Measure progressed(MeasureStatus next, String evidenceGiven, LocalDate on) {
    return new Measure(measureId, problemNumbers, action, owner, dueOn, next,
        evidenceGiven == null ? evidence : evidenceGiven, next == MeasureStatus.DONE ? on : null);
  }

  /** Done by its due date (按期完成). */
  public boolean doneOnTime() {
    return status == MeasureStatus.DONE && !doneOn.isAfter(dueOn);
  }
}
