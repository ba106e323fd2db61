package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The congress's points rule (积分办法): how many points each kind of work earns and the minimum a
 * deputy should reach in a year (年度最低积分).
 */
public final class PointsPolicy {

  private final Map<RecordKind, Integer> pointsPerKind;
  private final int minimumPerYear;

  private PointsPolicy(Map<RecordKind, Integer> pointsPerKind, int minimumPerYear) {
    this.pointsPerKind = pointsPerKind;
    this.minimumPerYear = minimumPerYear;
  }

  /** Points per kind (every kind named, none negative) and a minimum that is not negative. */
  public static PointsPolicy of(Map<RecordKind, Integer> pointsPerKind, int minimumPerYear) {
    EnumMap<RecordKind, Integer> points = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      Integer p = pointsPerKind.get(kind);
      if (p == null || p < 0) {
        throw new RuleViolationException("points", "points for " + kind + " must be given and not negative");
      }
      points.put(kind, p);
    }
    if (minimumPerYear < 0) {
      throw new RuleViolationException("minimumPerYear", "the yearly minimum must not be negative");
    }
    return new PointsPolicy(points, minimumPerYear);
  }

  public int pointsFor(RecordKind kind) {
    return pointsPerKind.get(kind);
  }

  public int minimumPerYear() {
    return minimumPerYear;
  }
}
