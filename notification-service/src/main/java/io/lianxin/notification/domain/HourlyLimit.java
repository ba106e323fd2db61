package io.lianxin.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Not more than {@code perHour} non-urgent e-mails in a clock hour to one person (发送频率上限); the
 * rest wait for the person's next digest. Urgent ones always go.
 */
public record HourlyLimit(int perHour) {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

  public HourlyLimit {
    if (perHour < 1) {
      throw new IllegalArgumentException("at least one e-mail an hour");
    }
  }

  public boolean appliesTo(Priority priority) {
    return priority != Priority.URGENT;
  }

  /** The clock hour (congress time) a budget is counted in, e.g. {@code 2026030509}. */
  public static String hourOf(Instant now, ZoneId zone) {
    return HOUR.format(now.atZone(zone));
  }
}
