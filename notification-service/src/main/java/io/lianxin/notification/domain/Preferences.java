package io.lianxin.notification.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A person's notification preferences (通知设置): which areas reach them by e-mail, their language,
 * how low-priority messages are grouped, and quiet hours (免打扰时段) during which only urgent
 * messages are sent.
 *
 * @param emailAreas areas whose notifications are also e-mailed: suggestion, voting, supervision, system
 * @param digest for low-priority messages: IMMEDIATE, DAILY (default) or WEEKLY
 * @param quietFrom start of quiet hours (congress time), or null for none
 * @param quietTo end of quiet hours; may be earlier than {@code quietFrom} (overnight)
 */
public record Preferences(String congressId, String personId, String language, Set<String> emailAreas, Digest digest,
    LocalTime quietFrom, LocalTime quietTo) {

  /** How low-priority messages are sent. */
  public enum Digest { IMMEDIATE, DAILY, WEEKLY }

  public static final Set<String> AREAS = Set.of("suggestion", "voting", "supervision", "system");

  public Preferences {
    language = language == null ? "zh-CN" : language;
    if (!language.equals("zh-CN") && !language.equals("en")) {
      throw new RuleViolationException("language", "zh-CN or en");
    }
    emailAreas = emailAreas == null ? AREAS : Set.copyOf(emailAreas);
    for (String area : emailAreas) {
      if (!AREAS.contains(area)) {
        throw new RuleViolationException("emailAreas", "unknown area " + area + "; known: " + AREAS);
      }
    }
    digest = digest == null ? Digest.DAILY : digest;
    if ((quietFrom == null) != (quietTo == null)) {
      throw new RuleViolationException("quietTo", "quiet hours need both a start and an end");
    }
  }

  /** What a person who never chose anything gets. */
  public static Preferences defaults(String congressId, String personId, String language) {
    return new Preferences(congressId, personId, language, AREAS, Digest.DAILY, null, null);
  }

  /** The area of an event type: {@code lianxin.suggestion.replied.v1} → suggestion. */
  public static String areaOf(String eventType) {
    String[] parts = eventType.split("\\.");
    return parts.length > 2 ? parts[1] : "system";
  }

  public boolean emails(String eventType) {
    return emailAreas.contains(areaOf(eventType));
  }

  /** Low-priority messages wait for the digest, unless the person chose IMMEDIATE. */
  public boolean waitsForDigest(Priority priority) {
    return priority == Priority.LOW && digest != Digest.IMMEDIATE;
  }

  /** Whether this notification is e-mailed on its own: its area is e-mailed and it does not wait for the digest. */
  public boolean mailsOneByOne(Notification notification) {
    return !waitsForDigest(notification.priority()) && emails(notification.eventType());
  }

  /**
   * When a message may be sent: now, or — inside quiet hours and not urgent — when they end.
   */
  public Instant sendableFrom(Instant now, Priority priority, ZoneId zone) {
    if (quietFrom == null || priority == Priority.URGENT) {
      return now;
    }
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    boolean overnight = quietTo.isBefore(quietFrom);
    boolean quiet = overnight ? !time.isBefore(quietFrom) || time.isBefore(quietTo)
        : !time.isBefore(quietFrom) && time.isBefore(quietTo);
    if (!quiet) {
      return now;
    }
    LocalDate endDay = overnight && !time.isBefore(quietFrom) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
    return endDay.atTime(quietTo).atZone(zone).toInstant();
  }
}
