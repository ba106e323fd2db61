package io.lianxin.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.chassis.outbox.OutboxCollections;
import io.lianxin.chassis.outbox.OutboxProperties;
import io.lianxin.chassis.outbox.OutboxRelay;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.lianxin.suggestion.application.DeadlineEngine;
import io.lianxin.suggestion.application.SuggestionCommands;
import io.lianxin.suggestion.domain.AssignTo;
import io.lianxin.suggestion.domain.DeadlineSchedule;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.persistence.MongoSuggestionStore;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.suggestion.persistence.SuggestionRepository;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two replicas of the deadline engine over the same database at the same time: every reminder is
 * published exactly once, and a second pass of both sends nothing more.
 */
@SpringBootTest(classes = SuggestionServiceApplication.class, properties = "spring.config.name=suggestion-service")
class DeadlineReplicasIT {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-deadline-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired SuggestionCommands commands;
  @Autowired SuggestionRepository repository;
  @Autowired MongoTemplate mongo;
  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired SuggestionPolicy policy;
  @Autowired DeadlineSchedule schedule;
  @Autowired EventCodec codec;
  @Autowired io.lianxin.suggestion.application.port.RegisterCopyStore register;

  static CurrentUser user(String subject, Role role, String deputyId, String unitId) {
    return new CurrentUser(subject, subject, Set.of(role), "C-deadline", deputyId, unitId);
  }

  /** A replica: its own relay (own lease owner), store and engine, with the clock at {@code at}. */
  DeadlineEngine replica(Clock at) {
    OutboxRelay relay = new OutboxRelay(mongo, kafka, new OutboxProperties(true, true, null, null, null, null, null, null, null),
        OutboxCollections.of(SuggestionDocument.COLLECTION), at, new SimpleMeterRegistry(), EventTracing.none());
    AggregateStore store = new AggregateStore(mongo, relay, codec, "suggestion-service", at, EventTracing.none());
    return new DeadlineEngine(new MongoSuggestionStore(repository, store, schedule), at, policy);
  }

  @Test
  void twoReplicasRunningTogetherPublishEachReminderOnce() throws Exception {
    CurrentUser deputy = user("d", Role.DEPUTY, "D-dl", null);
    CurrentUser staff = user("s", Role.COMMITTEE_STAFF, null, null);
    CurrentUser handler = user("h", Role.UNIT_HANDLER, null, "U-dl");
    RegisterTestData.units(register, "C-deadline", List.of("U-dl"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String id = commands.create(deputy, SuggestionDraft.suggestion("期限测试 " + i, "内容", SuggestionCategory.OTHER),
          SuggestionCommands.AsDraft.SUBMIT_WHEN_READY, null).id();
      commands.register(staff, id, null, List.of());
      commands.assign(staff, id, AssignTo.lead("U-dl"));
      commands.accept(handler, id, "承办人", "包案领导");
      ids.add(id);
    }
    LocalDate due = repository.find(ids.get(0)).orElseThrow().getItem().replyDueDate();
    ZoneId zone = policy.zone();
    Clock threeDaysBefore = Clock.fixed(due.minusDays(3).atTime(10, 0).atZone(zone).toInstant(), zone);

    DeadlineEngine a = replica(threeDaysBefore);
    DeadlineEngine b = replica(threeDaysBefore);
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(a::runOnce);
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(b::runOnce);
    int changed = first.get() + second.get();
    int again = a.runOnce() + b.runOnce();

    assertThat(changed).isGreaterThanOrEqualTo(ids.size());
    assertThat(again).as("a second pass finds nothing new").isZero();
    Set<String> mine = new HashSet<>(ids);
    var reminders = TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.SUGGESTION,
        v -> v.contains("lianxin.suggestion.reply-due-soon.v1"), Duration.ofSeconds(1)).stream()
        .filter(r -> mine.contains(r.key())).toList();
    Map<String, Long> perItem = reminders.stream().collect(Collectors.groupingBy(r -> r.key(), Collectors.counting()));
    assertThat(perItem).hasSize(ids.size());
    assertThat(perItem.values()).allMatch(n -> n == 1L);
    for (String id : ids) {
      assertThat(repository.find(id).orElseThrow().getHistory())
          .filteredOn(h -> h.type().equals("lianxin.suggestion.reply-due-soon.v1")).hasSize(1);
    }
  }
}
