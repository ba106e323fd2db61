package io.lianxin.suggestion;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(
    io.lianxin.suggestion.application.SuggestionSettings.class)
class SuggestionConfiguration {
  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(SuggestionDocument.COLLECTION);
  }
}
