package io.lianxin.suggestion.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of the handling report (办理情况报告) over a set of items — usually one congress's
 * items numbered in one year, optionally of one lead unit or one category.
 *
 * <ul>
 *   <li>on-time reply rate = items whose first reply was signed by its due date / items replied;
 *   <li>A/B/C split and resolution rate (A / replied) use each item's latest reply;
 *   <li>satisfaction rate = (satisfied + basically satisfied) / items the proposer rated, using
 *       the rating of the latest round;
 *   <li>commitments fulfilled on time = fulfilled by their due date.
 * </ul>
 * Rates are 0 when their denominator is 0.
 */
public record HandlingReport(
    Totals totals, Map<SuggestionState, Integer> byState, List<OverdueItem> overdue, List<Line> byUnit,
    List<Line> byCategory, List<Line> byDeputy) {

  /** The headline numbers of one group of items. */
  public record Totals(String group, int items, int replied, int repliedOnTime, double onTimeRate, int categoryA,
      int categoryB, int categoryC, double resolutionRate, int evaluated, int satisfied, int basicallySatisfied,
      int unsatisfied, double satisfactionRate, int commitments, int commitmentsFulfilled,
      int commitmentsFulfilledOnTime, int commitmentsOverdue, int overdueItems) {}

  /** Totals of one unit, category or deputy. */
  public record Line(String key, Totals totals) {}

  /** An item past its reply due date and not yet replied. */
  public record OverdueItem(String suggestionId, String number, String title, String leadUnitId, LocalDate replyDueDate,
      long daysOverdue) {}

  public static HandlingReport of(List<Suggestion> items, LocalDate today) {
    Map<SuggestionState, Integer> byState = new EnumMap<>(SuggestionState.class);
    items.forEach(s -> byState.merge(s.state(), 1, Integer::sum));
    List<OverdueItem> overdue = items.stream().filter(s -> isOverdue(s, today))
        .map(s -> new OverdueItem(s.id(), s.number() == null ? null : s.number().toString(), s.title(),
            s.assignment().leadUnitId(), s.replyDueDate(), today.toEpochDay() - s.replyDueDate().toEpochDay()))
        .sorted(Comparator.comparing(OverdueItem::replyDueDate)).toList();
    return new HandlingReport(totals("all", items, today), byState, overdue,
        lines(items, today, s -> s.assignment() == null ? null : s.assignment().leadUnitId()),
        lines(items, today, s -> s.category().name()),
        lines(items, today, Suggestion::proposerDeputyId));
  }

  private static List<Line> lines(List<Suggestion> items, LocalDate today, Function<Suggestion, String> key) {
    Map<String, List<Suggestion>> groups = new TreeMap<>();
    for (Suggestion s : items) {
      String k = key.apply(s);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
      }
    }
    List<Line> lines = new ArrayList<>();
    groups.forEach((k, group) -> lines.add(new Line(k, totals(k, group, today))));
    return lines;
  }

  static boolean isOverdue(Suggestion s, LocalDate today) {
    return s.isOverdueOn(today);
  }

  static Totals totals(String group, List<Suggestion> items, LocalDate today) {
    int replied = 0, onTime = 0, a = 0, b = 0, c = 0, evaluated = 0, sat = 0, basic = 0, unsat = 0;
    int commitments = 0, fulfilled = 0, fulfilledOnTime = 0, commitmentsOverdue = 0, overdueItems = 0;
    for (Suggestion s : items) {
      if (isOverdue(s, today)) {
        overdueItems++;
      }
      Reply latest = s.latestReply();
      if (latest != null) {
        replied++;
        if (s.replies().get(0).onTime()) {
          onTime++;
        }
        switch (latest.category()) {
          case A -> a++;
          case B -> b++;
          case C -> c++;
          default -> { }
        }
        Rating rating = s.evaluations().stream()
            .filter(e -> e.round() == latest.round() && e.deputyId().equals(s.proposerDeputyId()))
            .map(Evaluation::rating).findFirst().orElse(null);
        if (rating != null) {
          evaluated++;
          switch (rating) {
            case SATISFIED -> sat++;
            case BASICALLY_SATISFIED -> basic++;
            case UNSATISFIED -> unsat++;
            default -> { }
          }
        }
      }
      for (Commitment commitment : s.commitments()) {
        commitments++;
        if (commitment.status() == Commitment.Status.FULFILLED) {
          fulfilled++;
          if (commitment.fulfilledOnTime()) {
            fulfilledOnTime++;
          }
        } else if (commitment.status() == Commitment.Status.OVERDUE) {
          commitmentsOverdue++;
        }
      }
    }
    return new Totals(group, items.size(), replied, onTime, rate(onTime, replied), a, b, c, rate(a, replied),
        evaluated, sat, basic, unsat, rate(sat + basic, evaluated), commitments, fulfilled, fulfilledOnTime,
        commitmentsOverdue, overdueItems);
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? 0.0 : Math.round(10_000.0 * part / whole) / 10_000.0;
  }
}
