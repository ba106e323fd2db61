package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A site check of an activity (实地检查), announced or not (明查暗访: {@code unannounced}), with its findings. */
public record SiteCheck(String place, LocalDate on, boolean unannounced, String findings) {
  public SiteCheck {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(findings, "findings");
  }
}
