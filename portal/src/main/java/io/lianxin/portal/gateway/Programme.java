package io.lianxin.portal.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A year's livelihood-project programme (民生实事项目): residents and deputies propose projects and support them
 * (附议) while it is {@code COLLECTING} until {@code collectingUntil}; then the office screens (SCREENING), the
 * deputies vote (VOTING) and the projects are decided (DECIDED).
 */
public record Programme(String id, int year, String title, int seats, String phase, Instant collectingUntil,
    List<Candidate> selected, String pollId) {

  public Programme {
    selected = List.copyOf(Objects.requireNonNullElse(selected, List.of()));
  }

  /** Proposals and supports are taken now (征集中), as the service decides. */
  public boolean collecting(Instant now) {
    return "COLLECTING".equals(phase) && (collectingUntil == null || now.isBefore(collectingUntil));
  }

  /** A project chosen by the deputies' vote (票决确定的项目), with its department and budget. */
  public record Candidate(String proposalId, String title, long budgetYuan, String department) {}
}
