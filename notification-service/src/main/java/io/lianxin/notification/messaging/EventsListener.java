package io.lianxin.notification.messaging;

import io.lianxin.chassis.messaging.EventHandling;
import io.lianxin.notification.application.NotificationService;
import io.lianxin.notification.application.RegisterCopyService;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes the other services' events. Redelivery is harmless (notification ids are derived from
 * the event); a record that is not an event goes to the dead-letter topic. The topics are the
 * binding's destination ({@code spring.cloud.stream.bindings.events-in-0.destination}, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
public class EventsListener {

  private final EventHandling handling;
  private final NotificationService notifications;
  private final RegisterCopyService register;

  public EventsListener(EventHandling handling, NotificationService notifications, RegisterCopyService register) {
    this.handling = handling;
    this.notifications = notifications;
    this.register = register;
  }

  /** The consumer binding {@code events-in-0}. */
  @Bean
  public Consumer<String> events() {
    return record -> handling.handle(record, event -> {
      RegisterEvents.read(event).ifPresent(register::apply);
      notifications.onEvent(InboundEvents.read(event));
    });
  }
}
