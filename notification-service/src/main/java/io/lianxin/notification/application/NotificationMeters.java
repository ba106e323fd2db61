package io.lianxin.notification.application;

import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.Preferences;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The service's business meters (业务指标), tagged by congress, never by person:
 * {@code lianxin.notifications.stored} (congress, area, priority) and
 * {@code lianxin.deliveries.attempts} (congress, channel EMAIL / WEBHOOK / DIGEST, outcome SENT /
 * FAILED_TEMPORARILY / FAILED_FOR_GOOD). In Prometheus: {@code lianxin_notifications_stored_total},
 * {@code lianxin_deliveries_attempts_total}.
 */
@Component
public class NotificationMeters {

  static final String STORED = "lianxin.notifications.stored";
  static final String ATTEMPTS = "lianxin.deliveries.attempts";
  /** The channel tag of digest e-mails, which are not deliveries of one notification. */
  static final String DIGEST = "DIGEST";

  private final MeterRegistry registry;

  public NotificationMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** A notification was stored for the first time. */
  public void stored(Notification notification) {
    Counter.builder(STORED).description("notifications stored (one per recipient and event)")
        .tag("congress", notification.congressId()).tag("area", Preferences.areaOf(notification.eventType()))
        .tag("priority", notification.priority().name()).register(registry).increment();
  }

  /** An attempt to send {@code delivery} ended as {@link Delivery#lastOutcome()} says. */
  public void attempted(Delivery delivery) {
    attempted(delivery.congressId(), delivery.channel().name(), delivery.lastOutcome());
  }

  /** An attempt to send a digest of {@code congressId} ended with {@code outcome}. */
  public void digestAttempted(String congressId, Delivery.Outcome outcome) {
    attempted(congressId, DIGEST, outcome);
  }

  private void attempted(String congressId, String channel, Delivery.Outcome outcome) {
    Counter.builder(ATTEMPTS).description("attempts to send, by channel and how they ended")
        .tag("congress", congressId).tag("channel", channel).tag("outcome", outcome.name())
        .register(registry).increment();
  }
}
