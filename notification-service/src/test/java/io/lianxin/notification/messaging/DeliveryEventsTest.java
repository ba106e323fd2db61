package io.lianxin.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.outbox.EventData;
import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.DeliveryTestData;
import io.lianxin.notification.domain.NotificationEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeliveryEventsTest {

  @Test
  void deliveryFailedPublishesTheDeliverySnapshotThenItsFactsAsTheSystem() {
    // given a delivery that failed for good
    Delivery delivery = DeliveryTestData.aDelivery().id("d-7").channel(Delivery.Channel.WEBHOOK)
        .address("https://gateway.example.cn/hook").build();
    var failed = new NotificationEvent.DeliveryFailed("lianxin.suggestion.submitted.v1", "s-1", "webhook answered 404",
        true, 1);
    // when
    List<PendingEvent> pending = DeliveryEvents.pending(delivery, List.of(failed));
    // expect
    assertThat(pending).hasSize(1);
    PendingEvent event = pending.get(0);
    assertThat(event.type()).isEqualTo(EventCatalog.DELIVERY_FAILED);
    assertThat(event.congressId()).isEqualTo("C");
    assertThat(event.actorId()).isEqualTo("system");
    assertThat(event.actorRole()).isEqualTo("SYSTEM");
    assertThat(event.summary()).isEqualTo("投递失败 / delivery failed");
    assertThat(((EventData) event.data()).toJson(JsonMapper.builder().build()).toString()).isEqualTo(
        "{\"deliveryId\":\"d-7\",\"notificationId\":\"n-1\",\"congressId\":\"C\",\"personId\":\"p-1\","
            + "\"channel\":\"WEBHOOK\",\"eventType\":\"lianxin.suggestion.submitted.v1\",\"subjectId\":\"s-1\","
            + "\"reason\":\"webhook answered 404\",\"permanent\":true,\"attempts\":1}");
  }
}
