package io.lianxin.notification.domain;

import java.time.Instant;

/**
 * One message to one recipient about one event (通知). Its id is derived from (event id,
 * recipient), so the same event delivered again yields the same notification, not a second one.
 *
 * @param recipientKey {@code deputy:<id>}, {@code unit:<id>}, {@code user:<subject>} or {@code role:<ROLE>}
 * @param subjectId the aggregate the event is about (e.g. the suggestion)
 * @param createdAt when the event happened
 * @param storedAt when the notification was stored: the order of the live stream and of resuming it
 */
public record Notification(
    String id, String congressId, String recipientKey, String eventId, String eventType, String subjectId,
    Priority priority, Message message, Instant createdAt, Instant readAt, Instant storedAt) {

  /** The text in both languages (zh-CN first; en for those who chose it). */
  public record Message(String titleZh, String bodyZh, String titleEn, String bodyEn) {

    /** The title in {@code language}: en for those who chose it, else zh-CN. */
    public String title(String language) {
      return "en".equals(language) ? titleEn : titleZh;
    }

    public String body(String language) {
      return "en".equals(language) ? bodyEn : bodyZh;
    }
  }

  public boolean unread() {
    return readAt == null;
  }

  public Notification storedAt(Instant at) {
    return new Notification(id, congressId, recipientKey, eventId, eventType, subjectId, priority, message, createdAt,
        readAt, at);
  }
}
