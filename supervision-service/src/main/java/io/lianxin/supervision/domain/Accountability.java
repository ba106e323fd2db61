package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The accountability referral (追责问效) after a second unsatisfactory vote: to whom, what, when. */
public record Accountability(String referredTo, String text, LocalDate on) {
  public Accountability {
    Objects.requireNonNull(referredTo, "referredTo");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(on, "on");
  }
}
