package io.lianxin.portal.gateway;

import java.util.List;
import java.util.Objects;

/**
 * A page of a handling unit's queue (承办单位的待办) as suggestion-service answers it: the items the unit still owes a
 * reply, the nearest reply deadline (答复期限) first, and how many of the whole queue are overdue (逾期).
 */
public record UnitQueue(List<Suggestion> items, long total, int page, int size, long overdue) {

  public UnitQueue {
    items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
  }

  /** The lines of this page, for the pager. */
  public Page<Suggestion> lines() {
    return new Page<>(items, total, page, size);
  }
}
