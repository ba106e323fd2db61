package io.lianxin.portal.web;

import io.lianxin.portal.gateway.Suggestion;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A handling unit's queue (承办单位的待办): the items it still owes a reply, the nearest reply deadline (答复期限)
 * first — so the overdue (逾期) ones lead — and those without a deadline last; suggestion-service lists a unit's items
 * without an order of its own.
 */
final class UnitQueue {

  private UnitQueue() {}

  static List<Suggestion> of(List<Suggestion> assigned) {
    return assigned.stream().filter(Suggestion::handling)
        .sorted(Comparator.comparing(Suggestion::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(s -> s.number() == null ? "" : s.number()))
        .toList();
  }

  static long overdue(List<Suggestion> queue, LocalDate today) {
    return queue.stream().filter(s -> s.overdue(today)).count();
  }
}
