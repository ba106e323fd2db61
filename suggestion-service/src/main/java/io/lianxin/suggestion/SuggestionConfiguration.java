package io.lianxin.suggestion;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.suggestion.domain.CongressLevels;
import io.lianxin.suggestion.domain.DeadlineSchedule;
import io.lianxin.suggestion.domain.ReplyReviewScope;
import io.lianxin.suggestion.domain.ReportNames;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.domain.WorkingCalendar;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's rules as the settings make them, for the use cases and adapters to share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionSettings.class)
class SuggestionConfiguration {

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(SuggestionDocument.COLLECTION);
  }

  @Bean
  SuggestionPolicy suggestionPolicy(SuggestionSettings settings, ZoneId congressZone) {
    return settings.policy(congressZone);
  }

  @Bean
  DeadlineSchedule deadlineSchedule(SuggestionPolicy policy) {
    return new DeadlineSchedule(policy);
  }

  @Bean
  WorkingCalendar workingCalendar(SuggestionSettings settings) {
    return settings.calendar();
  }

  @Bean
  ReportNames reportNames(SuggestionSettings settings) {
    return settings.reportNames();
  }

  @Bean
  ReplyReviewScope replyReviewScope(SuggestionSettings settings) {
    return settings.replyReview();
  }

  @Bean
  CongressLevels congressLevels(SuggestionSettings settings) {
    return settings.levels();
  }
}
