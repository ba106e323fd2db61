package io.lianxin.notification.domain;

import java.time.Instant;

/** Notifications for tests, built by name: a NORMAL suggestion notification to deputy:D-1 unless told otherwise. */
public final class NotificationTestData {

  private String id = "n-1";
  private String congressId = "C";
  private String recipientKey = "deputy:D-1";
  private String eventType = "lianxin.suggestion.submitted.v1";
  private String subjectId = "s-1";
  private Priority priority = Priority.NORMAL;
  private Notification.Message message = new Notification.Message("建议已提交", "内容", "Submitted", "Body");
  private Instant storedAt = DeliveryTestData.PLANNED;

  private NotificationTestData() {}

  public static NotificationTestData aNotification() {
    return new NotificationTestData();
  }

  public NotificationTestData id(String id) { this.id = id; return this; }
  public NotificationTestData congressId(String congressId) { this.congressId = congressId; return this; }
  public NotificationTestData to(String recipientKey) { this.recipientKey = recipientKey; return this; }
  public NotificationTestData eventType(String eventType) { this.eventType = eventType; return this; }
  public NotificationTestData about(String subjectId) { this.subjectId = subjectId; return this; }
  public NotificationTestData priority(Priority priority) { this.priority = priority; return this; }
  public NotificationTestData message(Notification.Message message) { this.message = message; return this; }
  public NotificationTestData storedAt(Instant storedAt) { this.storedAt = storedAt; return this; }

  public Notification build() {
    return new Notification(id, congressId, recipientKey, "e-" + id, eventType, subjectId, priority, message,
        storedAt, null, storedAt);
  }
}
