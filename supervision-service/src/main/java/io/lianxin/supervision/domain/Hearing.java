package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An activity as held (召开/开展): the day, the deputies present (出席), the findings and the site checks. */
public record Hearing(LocalDate heldOn, List<String> attendance, String findings, List<SiteCheck> siteChecks) {
  public Hearing {
    Objects.requireNonNull(heldOn, "heldOn");
    attendance = List.copyOf(attendance);
    Objects.requireNonNull(findings, "findings");
    siteChecks = List.copyOf(siteChecks);
  }

  public long unannouncedChecks() {
    return siteChecks.stream().filter(SiteCheck::unannounced).count();
  }
}
