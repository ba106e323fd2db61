package io.lianxin.voting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a poll (计票): quorum, per-item counts, base, votes needed, pass or fail, rank; with K
 * seats the K best-placed items that pass, and any tie at the cut-off reported instead of broken.
 * Invalid ballots are counted as such and for nothing else.
 */
public final class Tally {

  private Tally() {}

  /** The counts and decision of one item. */
  public record ItemResult(String item, long yes, long no, long abstain, long approvals, long satisfied,
      long basicallySatisfied, long unsatisfied, long scoreSum, long scored, double averageScore,
      long favourable, long base, long needed, boolean passed, int rank) {}

  /**
   * The whole result. {@code valid} is false without quorum: then nothing passes. {@code selected}
   * and {@code tiedAtCutoff} only with seats.
   */
  public record Result(boolean valid, long roll, long present, long ballots, long invalidBallots, boolean quorumMet,
      List<ItemResult> items, List<String> selected, List<String> tiedAtCutoff, int seatsUnfilled) {}

  /**
   * What a published result decided, for those who read it (表决结果): {@code NO_QUORUM} — too few
   * present, the poll is void (未达到法定人数，表决无效) and nothing passed; {@code DECIDED} — each item
   * passed or failed on its own (no seats); {@code SELECTED} — with seats, the best placed items that
   * passed fill them (some may stay empty when too few passed); {@code TIED_AT_CUTOFF} — with seats, a
   * tie for the last seat(s) leaves them undecided (末位票数相同，名额未定).
   */
  public enum Outcome {
    NO_QUORUM, DECIDED, SELECTED, TIED_AT_CUTOFF;

    /** The outcome of {@code result}, counted under {@code spec}. */
    public static Outcome of(PollSpec spec, Result result) {
      if (!result.valid()) {
        return NO_QUORUM;
      }
      if (spec.seats() == null) {
        return DECIDED;
      }
      return result.tiedAtCutoff().isEmpty() ? SELECTED : TIED_AT_CUTOFF;
    }
  }

  public static Result count(PollSpec spec, long present, List<Ballot> ballots) {
    return count(spec, present, ballots, List.of());
  }

  /** Counts electronic ballots and the paper or device tallies entered by staff together. */
  public static Result count(PollSpec spec, long present, List<Ballot> ballots, List<PaperTally> paper) {
    long invalid = 0;
    Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
    for (Ballot ballot : ballots) {
      if (spec.invalidity(ballot) != null) {
        invalid++;
        continue;
      }
      ballot.answers().forEach((item, answer) -> answers.computeIfAbsent(item, k -> new LinkedHashMap<>())
          .merge(answer, 1L, Long::sum));
    }
    return count(spec, present, new Electronic(ballots.size(), invalid, answers), paper);
  }

  /**
   * The electronic ballots as counts: how many ballots, how many invalid, and per item the count of
   * each answer (answers as on a ballot; for scores the key {@code "SCORE"} holds the sum of the
   * scores, and every valid ballot scores every item) — what a secret poll's decrypted sums give.
   */
  public record Electronic(long ballots, long invalid, Map<String, Map<String, Long>> answers) {
    public static final Electronic NONE = new Electronic(0, 0, Map.of());
  }

  /** Counts decrypted (or counted) electronic totals with the paper or device tallies. */
  public static Result count(PollSpec spec, long present, Electronic electronic, List<PaperTally> paper) {
    boolean quorum = present * 100 > (long) spec.quorumPercent() * spec.rollSize();
    long invalid = electronic.invalid();
    Map<String, long[]> counts = new LinkedHashMap<>();
    spec.items().forEach(item -> counts.put(item, new long[9]));
    // [0] yes [1] no [2] abstain [3] approvals [4] satisfied [5] basically [6] unsatisfied [7] score sum [8] scored
    electronic.answers().forEach((item, answers) -> answers.forEach((answer, n) -> {
      long[] c = counts.get(item);
      if ("SCORE".equals(answer)) {
        c[7] += n;
        c[8] += electronic.ballots() - electronic.invalid();
      } else {
        add(c, answer, n);
      }
    }));
    long paperBallots = 0;
    for (PaperTally tally : paper) {
      paperBallots += tally.ballots();
      invalid += tally.invalid();
      tally.counts().forEach((item, answers) -> answers.forEach((answer, n) -> add(counts.get(item), answer, n)));
    }
    long allBallots = electronic.ballots() + paperBallots;
    long validBallots = allBallots - invalid;
    List<ItemResult> results = new ArrayList<>();
    for (String item : spec.items()) {
      long[] c = counts.get(item);
      long favourable = switch (spec.method()) {
        case YES_NO_ABSTAIN -> c[0];
        case APPROVAL -> c[3];
        case RATING -> c[4] + c[5];
        case SCORE -> 0;
      };
      long validOnItem = switch (spec.method()) {
        case YES_NO_ABSTAIN -> c[0] + c[1] + c[2];
        case APPROVAL -> validBallots;
        case RATING -> c[4] + c[5] + c[6];
        case SCORE -> c[8];
      };
      long base = switch (spec.rule().base()) {
        case ALL_MEMBERS -> spec.rollSize();
        case PRESENT -> present;
        case VALID_VOTES -> validOnItem;
      };
      double average = c[8] == 0 ? 0 : Math.round(100.0 * c[7] / c[8]) / 100.0;
      // scores pass on the exact average (sum ≥ mark × count), never on the rounded one shown
      boolean passed = quorum && (spec.method() == PollMethod.SCORE
          ? c[8] > 0 && c[7] >= (long) spec.passScore() * c[8] : spec.rule().passes(favourable, base));
      results.add(new ItemResult(item, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], average, favourable,
          base, spec.method() == PollMethod.SCORE ? 0 : spec.rule().needed(base), passed, 0));
    }
    results = ranked(spec, results);
    List<String> selected = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    int unfilled = 0;
    if (spec.seats() != null) {
      List<ItemResult> passing = results.stream().filter(ItemResult::passed).toList();
      int seats = spec.seats();
      if (passing.size() <= seats) {
        passing.forEach(r -> selected.add(r.item()));
      } else {
        double cutoff = strength(spec, passing.get(seats - 1));
        boolean tieAcross = strength(spec, passing.get(seats)) == cutoff;
        for (ItemResult r : passing) {
          double s = strength(spec, r);
          if (s > cutoff || s == cutoff && !tieAcross) {
            selected.add(r.item());
          } else if (s == cutoff) {
            tied.add(r.item());
          }
        }
      }
      unfilled = seats - selected.size();
    }
    return new Result(quorum, spec.rollSize(), present, allBallots, invalid, quorum, results, selected, tied, unfilled);
  }

  /** Adds {@code n} answers to an item's counters (layout above). */
  private static void add(long[] c, String answer, long n) {
    switch (answer) {
      case "YES" -> c[0] += n;
      case "NO" -> c[1] += n;
      case "ABSTAIN" -> c[2] += n;
      case "APPROVE" -> c[3] += n;
      case "SATISFIED" -> c[4] += n;
      case "BASICALLY_SATISFIED" -> c[5] += n;
      case "UNSATISFIED" -> c[6] += n;
      default -> {
        c[7] += Integer.parseInt(answer) * n;
        c[8] += n;
      }
    }
  }

  /** Favourable votes, or for scores the exact average (equal averages of small integers are equal doubles). */
  private static double strength(PollSpec spec, ItemResult r) {
    return spec.method() == PollMethod.SCORE ? (r.scored() == 0 ? 0 : (double) r.scoreSum() / r.scored()) : r.favourable();
  }

  /** Ranks by strength (favourable votes, or average score), equal strength sharing a rank. */
  private static List<ItemResult> ranked(PollSpec spec, List<ItemResult> results) {
    List<ItemResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingDouble((ItemResult r) -> strength(spec, r)).reversed());
    List<ItemResult> out = new ArrayList<>();
    int rank = 0;
    double previous = Double.NaN;
    for (int i = 0; i < sorted.size(); i++) {
      ItemResult r = sorted.get(i);
      double s = strength(spec, r);
      if (s != previous) {
        rank = i + 1;
        previous = s;
      }
      out.add(new ItemResult(r.item(), r.yes(), r.no(), r.abstain(), r.approvals(), r.satisfied(),
          r.basicallySatisfied(), r.unsatisfied(), r.scoreSum(), r.scored(), r.averageScore(), r.favourable(), r.base(),
          r.needed(), r.passed(), rank));
    }
    return out;
  }
}
