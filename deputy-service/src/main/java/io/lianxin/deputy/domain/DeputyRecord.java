package io.lianxin.deputy.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A deputy's record for one year (履职档案): how much of each kind of work was counted, and the points
 * (积分) it earns under the congress's {@link PointsPolicy}. Built from the entries counted from other
 * services' events; points are reckoned when read, so a changed policy applies to every year at once.
 */
public final class DeputyRecord {

  /** Highest points first; equal points by deputy id. The year-end list's order (年度履职排名). */
  public static final Comparator<DeputyRecord> BY_POINTS = Comparator.comparingLong(DeputyRecord::points).reversed()
      .thenComparing(DeputyRecord::deputyId);

  private final String deputyId;
  private final int year;
  private final Map<RecordKind, Long> counts;
  private final PointsPolicy policy;

  private DeputyRecord(String deputyId, int year, Map<RecordKind, Long> counts, PointsPolicy policy) {
    this.deputyId = deputyId;
    this.year = year;
    this.counts = counts;
    this.policy = policy;
  }

  /** The record of the counts given (a kind not named: none). */
  public static DeputyRecord of(String deputyId, int year, Map<RecordKind, Long> counts, PointsPolicy policy) {
    EnumMap<RecordKind, Long> all = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      all.put(kind, counts.getOrDefault(kind, 0L));
    }
    return new DeputyRecord(deputyId, year, all, policy);
  }

  /** The records in the year-end order, {@link #BY_POINTS}. */
  public static List<DeputyRecord> ranked(List<DeputyRecord> records) {
    return records.stream().sorted(BY_POINTS).toList();
  }

  public long count(RecordKind kind) {
    return counts.get(kind);
  }

  public long pointsFor(RecordKind kind) {
    return counts.get(kind) * policy.pointsFor(kind);
  }

  public long points() {
    long total = 0;
    for (RecordKind kind : RecordKind.values()) {
      total += pointsFor(kind);
    }
    return total;
  }

  /** Below the year's minimum (未达年度最低积分): named on the year-end list. */
  public boolean belowMinimum() {
    return points() < policy.minimumPerYear();
  }

  public int minimumPoints() {
    return policy.minimumPerYear();
  }

  public String deputyId() {
    return deputyId;
  }

  public int year() {
    return year;
  }
}
