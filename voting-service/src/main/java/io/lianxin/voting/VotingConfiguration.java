package io.lianxin.voting;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.voting.application.PollScheduler;
import io.lianxin.voting.application.PollService;
import io.lianxin.voting.application.VotingMeters;
import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.persistence.PollDocument;
import io.lianxin.voting.persistence.ProgrammeDocument;
import io.lianxin.voting.persistence.ProposalDocument;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VotingProperties.class)
class VotingConfiguration {
  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(PollDocument.COLLECTION, ProgrammeDocument.COLLECTION, ProposalDocument.COLLECTION);
  }

  @Bean
  PollScheduler pollScheduler(PollStore store, PollService polls, Clock clock, VotingProperties properties) {
    return new PollScheduler(store, polls, clock, properties.turnoutInterval());
  }

  /**
   * The scheduler runs every {@code lianxin.voting.schedule-interval}, each run after the last has
   * ended; the open-polls gauge is read again at the same pace.
   */
  @Bean
  SchedulingConfigurer pollSchedule(PollScheduler scheduler, VotingMeters meters, VotingProperties properties) {
    return (ScheduledTaskRegistrar registrar) -> {
      registrar.addFixedDelayTask(scheduler::tick, properties.scheduleInterval());
      registrar.addFixedDelayTask(meters::refreshOpenPolls, properties.scheduleInterval());
    };
  }
}
