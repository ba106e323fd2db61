package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A site inspection of a project by a group of deputies (代表小组视察): when, who, what they found. */
public record SiteInspection(LocalDate on, String deputyGroup, List<String> deputyIds, String findings) {
  public SiteInspection {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(deputyGroup, "deputyGroup");
    deputyIds = List.copyOf(deputyIds);
    Objects.requireNonNull(findings, "findings");
  }
}
