package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One measure of a rectification list as the body writes it (整改清单的一项): the problems it answers, what, who, by when. */
public record MeasurePlan(List<Integer> problemNumbers, String action, String owner, LocalDate dueOn) {
  public MeasurePlan {
    problemNumbers = List.copyOf(problemNumbers);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(dueOn, "dueOn");
  }
}
