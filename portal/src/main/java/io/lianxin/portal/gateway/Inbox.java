package io.lianxin.portal.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A page of the signed-in person's notifications (消息), newest first, with how many are unread. */
public record Inbox(List<Notification> items, long total, long unread, int page, int size) {

  public Inbox {
    items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  /** One notification, its text in both languages. */
  public record Notification(String id, String subjectId, String priority, Message message, Instant createdAt,
      Instant readAt) {

    public boolean unread() {
      return readAt == null;
    }

    public String title(Locale reader) {
      return message == null ? "" : "en".equals(reader.getLanguage()) ? message.titleEn() : message.titleZh();
    }

    public String body(Locale reader) {
      return message == null ? "" : "en".equals(reader.getLanguage()) ? message.bodyEn() : message.bodyZh();
    }
  }

  public record Message(String titleZh, String bodyZh, String titleEn, String bodyEn) {}
}
