package io.lianxin.supervision.domain;

import java.util.Objects;

/** One numbered problem of a review opinion's problem list (问题清单), from 1. */
public record Problem(int number, String description) {
  public Problem {
    Objects.requireNonNull(description, "description");
    if (number < 1) {
      throw new IllegalArgumentException("problems are numbered from 1");
    }
  }
}
