package io.lianxin.supervision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly report of review opinions per body (审议意见落实情况年度统计): opinions issued in the year,
 * problems, measures of every round and those done by their due day, votes found satisfactory,
 * second deliberations, accountability referrals and opinions still open. Counting rules: an opinion
 * counts in the year it was issued, under the body it was issued to; a measure counts once in the
 * round it belongs to; "satisfied" is an opinion closed as satisfied.
 */
public final class OpinionReport {

  /** One body's line, or the total line (bodyUnitId null). */
  public record Line(String bodyUnitId, String bodyName, long opinions, long problems, long measures,
      long measuresDoneOnTime, long satisfied, long secondDeliberations, long accountabilityReferrals, long open) {

    Line plus(ReviewOpinion o) {
      long measureCount = o.allMeasures().size();
      long onTime = o.allMeasures().stream().filter(Measure::doneOnTime).count();
      return new Line(bodyUnitId, bodyName, opinions + 1, problems + o.problems().size(), measures + measureCount,
          measuresDoneOnTime + onTime, satisfied + (o.outcome() == OpinionOutcome.SATISFIED ? 1 : 0),
          secondDeliberations + (o.rounds().size() > 1 ? 1 : 0),
          accountabilityReferrals + (o.outcome() == OpinionOutcome.ACCOUNTABILITY_REFERRED ? 1 : 0),
          open + (o.status() == OpinionStatus.CLOSED ? 0 : 1));
    }

    Line plus(Line other) {
      return new Line(bodyUnitId, bodyName, opinions + other.opinions, problems + other.problems,
          measures + other.measures, measuresDoneOnTime + other.measuresDoneOnTime, satisfied + other.satisfied,
          secondDeliberations + other.secondDeliberations, accountabilityReferrals + other.accountabilityReferrals,
          open + other.open);
    }
  }

  private final Map<String, Line> byBody = new LinkedHashMap<>();

  public void add(ReviewOpinion o) {
    String body = o.details().bodyUnitId();
    byBody.compute(body, (id, line) -> (line == null
        ? new Line(id, o.details().bodyName(), 0, 0, 0, 0, 0, 0, 0, 0) : line).plus(o));
  }

  /** The bodies' lines by unit id. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>(byBody.values());
    lines.sort(Comparator.comparing(Line::bodyUnitId));
    return lines;
  }

  public Line total() {
    Line total = new Line(null, "合计 / total", 0, 0, 0, 0, 0, 0, 0, 0);
    for (Line line : byBody.values()) {
      total = total.plus(line);
    }
    return total;
  }
}
