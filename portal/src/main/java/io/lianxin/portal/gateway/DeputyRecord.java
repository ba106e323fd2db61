package io.lianxin.portal.gateway;

import java.util.List;
import java.util.Objects;

/** A deputy's public record of a year (履职公开): the work counted and its points, nothing personal. */
public record DeputyRecord(String deputyId, String name, String delegation, String deputyGroup, int year,
    List<Work> work, long points) {

  public DeputyRecord {
    work = List.copyOf(Objects.requireNonNullElse(work, List.of()));
  }

  /** One kind of work (提出建议, 接待选民, …), how often and its points. */
  public record Work(String kind, long count, long points) {}
}
