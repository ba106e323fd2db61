package io.lianxin.supervision.domain;

import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The loop's rules (two-lists rules, 两清单制度): the rectification list within 15 days of issue, the
 * report within 3 months, reminders this long before either is due, and "satisfied" when satisfied
 * plus basically satisfied votes are more than 50 % of the valid votes — each configurable.
 */
public record SupervisionPolicy(Period listWithin, Period reportWithin, Period dueSoonBefore, int satisfiedPercentAbove,
    ZoneId zone) {

  public SupervisionPolicy {
    Objects.requireNonNull(listWithin, "listWithin");
    Objects.requireNonNull(reportWithin, "reportWithin");
    Objects.requireNonNull(dueSoonBefore, "dueSoonBefore");
    Objects.requireNonNull(zone, "zone");
    if (satisfiedPercentAbove < 0 || satisfiedPercentAbove >= 100) {
      throw new IllegalArgumentException("satisfiedPercentAbove is a share in 0..99");
    }
  }

  public static SupervisionPolicy defaults(ZoneId zone) {
    return new SupervisionPolicy(Period.ofDays(15), Period.ofMonths(3), Period.ofDays(3), 50, zone);
  }
}
