package io.lianxin.supervision.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How often each person of a roll took part in a year's activities — deputies allocated to take part
 * (代表参与监督活动), or standing-committee members as lead speakers (中心发言人) — and who is below the
 * yearly minimum. Cancelled activities do not count; everyone of the roll is listed, with 0 when absent.
 */
public record ParticipationReport(int year, int minimum, List<Line> lines, List<Line> belowMinimum) {

  /** One person of the roll and the activities they took part in. */
  public record Line(String deputyId, int activities) {}

  public ParticipationReport {
    lines = List.copyOf(lines);
    belowMinimum = List.copyOf(belowMinimum);
  }

  public static ParticipationReport of(int year, int minimum, Collection<String> roll,
      Collection<SupervisionActivity> activities, Function<SupervisionActivity, List<String>> takingPart) {
    Map<String, Integer> counts = new HashMap<>();
    for (SupervisionActivity a : activities) {
      if (a.schedule().planYear() == year && a.status() != ActivityStatus.CANCELLED) {
        takingPart.apply(a).forEach(id -> counts.merge(id, 1, Integer::sum));
      }
    }
    List<Line> lines = roll.stream().distinct().sorted().map(id -> new Line(id, counts.getOrDefault(id, 0))).toList();
    return new ParticipationReport(year, minimum, lines, lines.stream().filter(l -> l.activities() < minimum).toList());
  }
}
