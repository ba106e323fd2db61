package io.lianxin.notification.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.events.Topics;
import io.lianxin.notification.application.NotificationService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the other services' events. Redelivery is harmless (notification ids are derived from
 * the event); a record that is not an event goes to the dead-letter topic.
 */
@Component
public class EventsListener {

  private final EventHandling handling;
  private final NotificationService notifications;

  public EventsListener(EventHandling handling, NotificationService notifications) {
    this.handling = handling;
    this.notifications = notifications;
  }

  @KafkaListener(topics = {Topics.SUGGESTION, Topics.VOTING, Topics.SUPERVISION})
  public void onRecord(String record) {
    handling.handle(record, event -> notifications.onEvent(InboundEvents.read(event)));
  }
}
