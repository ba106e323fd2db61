package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A re-inspection (再次调研视察) opened on an opinion before it closed: why, and when. */
public record Reinspection(LocalDate on, String purpose) {
  public Reinspection {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(purpose, "purpose");
  }
}
