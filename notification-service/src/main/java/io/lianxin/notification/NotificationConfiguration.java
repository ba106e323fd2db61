package io.lianxin.notification;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.notification.persistence.DeliveryDocument;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {
  /** Deliveries stage {@code delivery-failed} events. */
  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(DeliveryDocument.COLLECTION);
  }
}
