package io.lianxin.notification.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The days one digest covers (摘要周期): {@code [from, to)} in congress time, for the people who
 * chose {@code kind}.
 */
public record DigestPeriod(Preferences.Digest kind, LocalDate from, LocalDate to) {

  public DigestPeriod {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a period of at least one day");
    }
  }

  /** The daily digest of {@code day}. */
  public static DigestPeriod day(LocalDate day) {
    return new DigestPeriod(Preferences.Digest.DAILY, day, day.plusDays(1));
  }

  /** The weekly digest of the seven days before {@code end}. */
  public static DigestPeriod weekBefore(LocalDate end) {
    return new DigestPeriod(Preferences.Digest.WEEKLY, end.minusWeeks(1), end);
  }

  /**
   * What is due at {@code now}: nothing before {@code sendAt}; after it, yesterday's daily digests,
   * and on Mondays also last week's weekly ones.
   */
  public static List<DigestPeriod> dueAt(Instant now, ZoneId zone, LocalTime sendAt) {
    if (LocalTime.ofInstant(now, zone).isBefore(sendAt)) {
      return List.of();
    }
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<DigestPeriod> due = new ArrayList<>(List.of(day(today.minusDays(1))));
    if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
      due.add(weekBefore(today));
    }
    return due;
  }

  public LocalDate lastDay() {
    return to.minusDays(1);
  }

  /** Whether {@code chosen} gets this digest. */
  public boolean isFor(Preferences chosen) {
    return chosen.digest() == kind;
  }

  /**
   * Whether a person gets this period's digest: when they chose its kind, and — for the daily one —
   * also when they chose IMMEDIATE but have e-mails the hourly cap deferred, which have no other way.
   */
  public boolean isFor(Preferences chosen, boolean hasDeferred) {
    return isFor(chosen)
        || hasDeferred && kind == Preferences.Digest.DAILY && chosen.digest() == Preferences.Digest.IMMEDIATE;
  }

  /** One digest per person and period: the id its sending is claimed under. */
  public String idFor(Person person) {
    return person.congressId() + "|" + person.personId() + "|" + kind + "|" + from;
  }

  boolean covers(Instant at, ZoneId zone) {
    return !at.isBefore(from.atStartOfDay(zone).toInstant()) && at.isBefore(to.atStartOfDay(zone).toInstant());
  }
}
