package io.lianxin.notification;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.notification.persistence.DeliveryDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {
  /** Deliveries stage {@code delivery-failed} events. */
  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(DeliveryDocument.COLLECTION);
  }
}
