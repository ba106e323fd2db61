package io.lianxin.voting;

import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.voting.persistence.PollDocument;
import io.lianxin.voting.persistence.ProgrammeDocument;
import io.lianxin.voting.persistence.ProposalDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VotingConfiguration {
  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(PollDocument.COLLECTION, ProgrammeDocument.COLLECTION, ProposalDocument.COLLECTION);
  }
}
