package io.lianxin.suggestion.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of the handling report (办理情况报告) over a set of items — usually one congress's
 * items numbered in one year, optionally of one unit or one category. The counting rules (统计口径):
 *
 * <ul>
 *   <li><b>all items, by category, by deputy</b> count each item once, by its final result: the
 *       A/B/C split and resolution rate (A / replied) use its latest reply, the ratings are those of
 *       the latest reply's round, the on-time reply rate = items whose first reply was signed by its
 *       due date / items replied;
 *   <li><b>by round</b> (first handling = round 0, each re-handling the next) and <b>by unit</b>
 *       count each signed reply under its round and under the unit that signed it (答复单位), with the
 *       ratings of that round and the commitments that reply made: after re-handling moved an item to
 *       a superior unit, the first unit's reply and its rating stay the first unit's, and the
 *       superior's count once it replies. A unit's or round's "items" are the items it leads now (a
 *       unit) or that reached the round; "overdue items" are those it owes a reply on past the due date;
 *   <li>satisfaction rate = (satisfied + basically satisfied) / replies the proposer rated: the
 *       proposer's rating decides;
 *   <li>co-signers' ratings (附议代表评价) are counted apart, every co-signer's rating of the reply's
 *       round once, with their own satisfaction rate;
 *   <li>commitments fulfilled on time = fulfilled by their due date.
 * </ul>
 * Rates are 0 when their denominator is 0.
 */
public record HandlingReport(
    Totals totals, Map<SuggestionState, Integer> byState, List<OverdueItem> overdue, List<Line> byUnit,
    List<Line> byCategory, List<Line> byDeputy, List<Line> byRound) {

  /** The headline numbers of one group of items. */
  public record Totals(String group, int items, int replied, int repliedOnTime, double onTimeRate, int categoryA,
      int categoryB, int categoryC, double resolutionRate, int evaluated, int satisfied, int basicallySatisfied,
      int unsatisfied, double satisfactionRate, int coSignerRatings, int coSignerSatisfied,
      int coSignerBasicallySatisfied, int coSignerUnsatisfied, double coSignerSatisfactionRate, int commitments,
      int commitmentsFulfilled, int commitmentsFulfilledOnTime, int commitmentsOverdue, int overdueItems) {}

  /** Totals of one unit, category, deputy or round. */
  public record Line(String key, Totals totals) {}

  /** An item past its reply due date and not yet replied. */
  public record OverdueItem(String suggestionId, String number, String title, String leadUnitId, LocalDate replyDueDate,
      long daysOverdue) {}

  public static HandlingReport of(List<Suggestion> items, LocalDate today) {
    return of(items, today, null);
  }

  /**
   * The report of {@code items}; with {@code unitId}, of that unit: its totals and its unit line are
   * the unit's own line (the replies it signed, the items it leads), the other lines those of the items.
   */
  public static HandlingReport of(List<Suggestion> items, LocalDate today, String unitId) {
    Map<SuggestionState, Integer> byState = new EnumMap<>(SuggestionState.class);
    items.forEach(s -> byState.merge(s.state(), 1, Integer::sum));
    List<OverdueItem> overdue = items.stream().filter(s -> s.isOverdueOn(today))
        .map(s -> new OverdueItem(s.id(), s.number() == null ? null : s.number().toString(), s.title(),
            s.assignment().leadUnitId(), s.replyDueDate(), today.toEpochDay() - s.replyDueDate().toEpochDay()))
        .sorted(Comparator.comparing(OverdueItem::replyDueDate)).toList();
    List<Line> byUnit = byUnit(items, today);
    Totals totals = finalResults("all", items, today);
    if (unitId != null) {
      byUnit = byUnit.stream().filter(l -> l.key().equals(unitId)).toList();
      totals = byUnit.isEmpty() ? new Tally().totals(unitId) : byUnit.get(0).totals();
    }
    return new HandlingReport(totals, byState, overdue, byUnit,
        lines(items, today, s -> s.category().name()),
        lines(items, today, Suggestion::proposerDeputyId),
        byRound(items, today));
  }

  private static List<Line> lines(List<Suggestion> items, LocalDate today, Function<Suggestion, String> key) {
    Map<String, List<Suggestion>> groups = new TreeMap<>();
    for (Suggestion s : items) {
      groups.computeIfAbsent(key.apply(s), x -> new ArrayList<>()).add(s);
    }
    List<Line> lines = new ArrayList<>();
    groups.forEach((k, group) -> lines.add(new Line(k, finalResults(k, group, today))));
    return lines;
  }

  /** Each item once, by its final result (its latest reply and that round's ratings). */
  static Totals finalResults(String group, List<Suggestion> items, LocalDate today) {
    Tally tally = new Tally();
    for (Suggestion s : items) {
      tally.item(isOverdue(s, today));
      Reply latest = s.latestReply();
      if (latest != null) {
        tally.reply(s, latest, s.replies().get(0).onTime());
      }
      s.commitments().forEach(tally::commitment);
    }
    return tally.totals(group);
  }

  /** Each reply under the unit that signed it; each item under the unit leading it now. */
  private static List<Line> byUnit(List<Suggestion> items, LocalDate today) {
    Map<String, Tally> units = new TreeMap<>();
    for (Suggestion s : items) {
      if (s.assignment() != null) {
        units.computeIfAbsent(s.assignment().leadUnitId(), u -> new Tally()).item(s.isOverdueOn(today));
      }
      for (Reply r : s.replies()) {
        Tally unit = units.computeIfAbsent(r.unitId(), u -> new Tally());
        unit.reply(s, r, r.onTime());
        commitmentsOf(s, r).forEach(unit::commitment);
      }
    }
    List<Line> lines = new ArrayList<>();
    units.forEach((unit, tally) -> lines.add(new Line(unit, tally.totals(unit))));
    return lines;
  }

  /** Each reply under its round; each item under every round it reached. */
  private static List<Line> byRound(List<Suggestion> items, LocalDate today) {
    Map<Integer, Tally> rounds = new TreeMap<>();
    for (Suggestion s : items) {
      if (s.assignment() == null) {
        continue;
      }
      for (int round = 0; round <= s.round(); round++) {
        rounds.computeIfAbsent(round, r -> new Tally()).item(round == s.round() && s.isOverdueOn(today));
      }
      for (Reply r : s.replies()) {
        Tally round = rounds.computeIfAbsent(r.round(), x -> new Tally());
        round.reply(s, r, r.onTime());
        commitmentsOf(s, r).forEach(round::commitment);
      }
    }
    List<Line> lines = new ArrayList<>();
    rounds.forEach((round, tally) -> lines.add(new Line(String.valueOf(round), tally.totals(String.valueOf(round)))));
    return lines;
  }

  static boolean isOverdue(Suggestion s, LocalDate today) {
    return s.isOverdueOn(today);
  }

  /** The item's commitments (with their status now) that reply {@code r} made. */
  private static List<Commitment> commitmentsOf(Suggestion s, Reply r) {
    Set<String> made = r.commitments().stream().map(Commitment::id).collect(Collectors.toSet());
    return s.commitments().stream().filter(c -> made.contains(c.id())).toList();
  }

  /** The running counts of one group. */
  private static final class Tally {
    int items, overdueItems, replied, onTime, a, b, c;
    final int[] proposer = new int[Rating.values().length];
    final int[] coSigners = new int[Rating.values().length];
    int commitments, fulfilled, fulfilledOnTime, commitmentsOverdue;

    void item(boolean overdue) {
      items++;
      if (overdue) {
        overdueItems++;
      }
    }

    /** A reply with the ratings of its round; {@code inTime} whether it counts as replied on time. */
    void reply(Suggestion s, Reply r, boolean inTime) {
      replied++;
      if (inTime) {
        onTime++;
      }
      switch (r.category()) {
        case A -> a++;
        case B -> b++;
        case C -> c++;
        default -> { }
      }
      for (Evaluation e : s.evaluations()) {
        if (e.round() != r.round()) {
          continue;
        }
        if (e.deputyId().equals(s.proposerDeputyId())) {
          proposer[e.rating().ordinal()]++;
        } else if (s.coSignerDeputyIds().contains(e.deputyId())) {
          coSigners[e.rating().ordinal()]++;
        }
      }
    }

    void commitment(Commitment commitment) {
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

    Totals totals(String group) {
      int sat = proposer[Rating.SATISFIED.ordinal()];
      int basic = proposer[Rating.BASICALLY_SATISFIED.ordinal()];
      int evaluated = sat + basic + proposer[Rating.UNSATISFIED.ordinal()];
      int coSat = coSigners[Rating.SATISFIED.ordinal()];
      int coBasic = coSigners[Rating.BASICALLY_SATISFIED.ordinal()];
      int coRatings = coSat + coBasic + coSigners[Rating.UNSATISFIED.ordinal()];
      return new Totals(group, items, replied, onTime, rate(onTime, replied), a, b, c, rate(a, replied), evaluated,
          sat, basic, proposer[Rating.UNSATISFIED.ordinal()], rate(sat + basic, evaluated), coRatings, coSat, coBasic,
          coSigners[Rating.UNSATISFIED.ordinal()], rate(coSat + coBasic, coRatings), commitments, fulfilled,
          fulfilledOnTime, commitmentsOverdue, overdueItems);
    }
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? 0.0 : Math.round(10_000.0 * part / whole) / 10_000.0;
  }
}
