package io.lianxin.supervision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking of a score vote (测评排名): by average score, highest first; equal scores share a place
 * (1, 2, 2, 4) and are reported as tied; the last {@code talkCount} places are flagged for a talk
 * (后三名约谈) — a subject is flagged when fewer than {@code talkCount} others scored lower, so a tie
 * at the cut flags every subject of it.
 */
public final class ScoreRanking {

  private ScoreRanking() {}

  /** A subject's average score. */
  public record Scored(String subjectId, double averageScore) {}

  /** Its place, whether another shares it, whether it is flagged for a talk. */
  public record Placed(String subjectId, double averageScore, int rank, boolean tied, boolean talk) {}

  public static List<Placed> rank(List<Scored> scores, int talkCount) {
    List<Scored> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparingDouble(Scored::averageScore).reversed().thenComparing(Scored::subjectId));
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Scored s = sorted.get(i);
      long higher = sorted.stream().filter(o -> o.averageScore() > s.averageScore()).count();
      long lower = sorted.stream().filter(o -> o.averageScore() < s.averageScore()).count();
      long same = sorted.size() - higher - lower;
      placed.add(new Placed(s.subjectId(), s.averageScore(), (int) higher + 1, same > 1, lower < talkCount));
    }
    return placed;
  }
}
