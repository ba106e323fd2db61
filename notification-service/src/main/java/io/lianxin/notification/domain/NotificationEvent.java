package io.lianxin.notification.domain;

/**
 * What the notification service tells the other services (通知服务的领域事件). The delivery it is
 * about (ids, person, channel) is added by messaging as the snapshot.
 */
public sealed interface NotificationEvent {

  /** The audit trail's line for this event (zh-CN / en). */
  String summary();

  /**
   * A delivery failed for good (投递失败): permanently refused, or its attempts used up.
   *
   * @param eventType the type of the event the notification was about ({@code unknown} when the
   *     notification no longer exists)
   * @param subjectId the item the notification was about ({@code unknown} likewise)
   * @param reason the last error
   * @param attempts how many attempts were made
   */
  record DeliveryFailed(String eventType, String subjectId, String reason, boolean permanent, int attempts)
      implements NotificationEvent {

    static final String UNKNOWN = "unknown";

    /** The event for a delivery about {@code about} (null: the notification no longer exists). */
    static DeliveryFailed of(Notification about, SendFailure failure, int attempts) {
      return new DeliveryFailed(about == null ? UNKNOWN : about.eventType(), about == null ? UNKNOWN : about.subjectId(),
          failure.getMessage() == null ? UNKNOWN : failure.getMessage(), failure.isPermanent(), attempts);
    }

    @Override
    public String summary() {
      return "投递失败 / delivery failed";
    }
  }
}
