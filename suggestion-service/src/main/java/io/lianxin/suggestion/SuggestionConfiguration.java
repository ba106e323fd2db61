package io.lianxin.suggestion;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SuggestionConfiguration {
  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(SuggestionDocument.COLLECTION);
  }
}
