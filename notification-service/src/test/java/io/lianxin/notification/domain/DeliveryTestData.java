package io.lianxin.notification.domain;

import java.time.Instant;

/** Deliveries for tests: an e-mail to p-1, planned and due at {@link #PLANNED}; change what a test is about. */
public final class DeliveryTestData {

  public static final Instant PLANNED = Instant.parse("2026-03-05T01:00:00Z");

  private DeliveryTestData() {}

  public static Delivery.Builder aDelivery() {
    return Delivery.restore().id("d-1").notificationId("n-1").congressId("C").personId("p-1")
        .channel(Delivery.Channel.EMAIL).address("p1@example.cn").language("zh-CN").plannedAt(PLANNED)
        .nextAttemptAt(PLANNED);
  }
}
