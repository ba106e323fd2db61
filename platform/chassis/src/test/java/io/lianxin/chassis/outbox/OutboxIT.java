package io.lianxin.chassis.outbox;

import io.lianxin.chassis.observability.EventTracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.lianxin.chassis.messaging.IdempotentWrites;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The outbox against the in-process Kafka broker and the Mongo-wire server: crash, duplicate, race. */
class OutboxIT {

  static MongoClient client;
  static MongoTemplate mongo;
  static KafkaTemplate<String, String> kafka;
  static final EventCodec CODEC = new EventCodec();
  static final Clock CLOCK = Clock.systemUTC();

  /** A stand-in aggregate; the payload is a valid submitted.v1 so consumers could read it. */
  @org.springframework.data.mongodb.core.mapping.Document("test_aggregates")
  static class TestAggregate extends AggregateDocument {
    String name;
  }

  @BeforeAll
  static void connect() {
    EmbeddedInfra infra = EmbeddedInfra.shared();
    client = MongoClients.create(infra.mongo().uri("outbox-it"));
    mongo = new MongoTemplate(client, "outbox-it-" + UUID.randomUUID());
    Map<String, Object> producer = new HashMap<>();
    producer.put("bootstrap.servers", infra.kafkaBootstrapServers());
    producer.put("key.serializer", StringSerializer.class);
    producer.put("value.serializer", StringSerializer.class);
    producer.put("acks", "all");
    producer.put("enable.idempotence", true);
    kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
  }

  @AfterAll
  static void close() {
    kafka.destroy();
    client.close();
  }

  static OutboxRelay relay(boolean publishAfterSave, Duration grace, Clock clock) {
    OutboxProperties properties = new OutboxProperties(publishAfterSave, true, Duration.ofSeconds(1), grace,
        Duration.ofSeconds(30), 100, Duration.ofSeconds(10), 4, 1000);
    return new OutboxRelay(mongo, kafka, properties, OutboxCollections.of("test_aggregates"), clock, new SimpleMeterRegistry(),
        EventTracing.none());
  }

  static AggregateStore store(OutboxRelay relay) {
    return new AggregateStore(mongo, relay, CODEC, "suggestion-service", CLOCK, EventTracing.none());
  }

  static PendingEvent event(String aggregateId, String title) {
    Map<String, Object> data = new HashMap<>();
    data.put("suggestionId", aggregateId);
    data.put("title", title);
    return new PendingEvent(EventCatalog.SUGGESTION_SUBMITTED, "C-test", data, "tester", "DEPUTY", title);
  }

  static TestAggregate aggregate(String name) {
    TestAggregate a = new TestAggregate();
    a.setId(UUID.randomUUID().toString());
    a.name = name;
    return a;
  }

  static List<ConsumerRecord<String, String>> published(String marker) {
    return TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.SUGGESTION,
        v -> v.contains(marker), Duration.ofMillis(500));
  }

  static List<String> eventIds(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(r -> CODEC.decode(r.value()).id()).toList();
  }

  @Test
  void aFieldThatBecameNullIsGoneFromTheStoredDocumentAndDoesNotComeBack() {
    TestAggregate a = aggregate("named");
    AggregateStore store = store(relay(false, Duration.ofSeconds(5), CLOCK));
    store.save(a, List.of());
    TestAggregate loaded = mongo.findById(a.getId(), TestAggregate.class);
    loaded.name = null;
    store.save(loaded, List.of());
    org.bson.Document raw = mongo.getCollection("test_aggregates").find(new org.bson.Document("_id", a.getId())).first();
    assertThat(raw).doesNotContainKey("name").containsEntry("version", 2L);
    assertThat(mongo.findById(a.getId(), TestAggregate.class).name).isNull();
  }

  @Test
  void aSavePublishesItsEventsAndEmptiesTheOutboxButKeepsHistory() {
    String marker = UUID.randomUUID().toString();
    TestAggregate a = aggregate("a");
    store(relay(true, Duration.ofSeconds(5), CLOCK)).save(a, List.of(event(a.getId(), marker)));

    await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(a.getId(), TestAggregate.class).getOutbox().isEmpty());
    assertThat(published(marker)).hasSize(1);
    TestAggregate stored = mongo.findById(a.getId(), TestAggregate.class);
    assertThat(stored.getHistory()).hasSize(1);
    assertThat(stored.getVersion()).isEqualTo(1L);
  }

  @Test
  void eventsLeftByACrashBetweenSaveAndPublishArePublishedOnceByTheSweeperAfterRestart() {
    String marker = UUID.randomUUID().toString();
    TestAggregate a = aggregate("crash");
    // The "crashed" process: the write happened, the publish never did.
    store(relay(false, Duration.ZERO, CLOCK)).save(a, List.of(event(a.getId(), marker + "-1"), event(a.getId(), marker + "-2")));
    assertThat(published(marker)).isEmpty();
    assertThat(mongo.findById(a.getId(), TestAggregate.class).getOutbox()).hasSize(2);

    // After restart a new relay sweeps: both events, in order, once; a second sweep sends nothing.
    OutboxRelay restarted = relay(true, Duration.ZERO, CLOCK);
    restarted.sweep();
    restarted.sweep();
    List<ConsumerRecord<String, String>> records = published(marker);
    assertThat(records).extracting(ConsumerRecord::value)
        .satisfiesExactly(v -> assertThat(v).contains(marker + "-1"), v -> assertThat(v).contains(marker + "-2"));
    assertThat(records).extracting(r -> CODEC.decode(r.value()).sequence())
        .as("two events of one change: one version, two indexes").containsExactly("0000000000000001.0000", "0000000000000001.0001");
    assertThat(mongo.findById(a.getId(), TestAggregate.class).getOutbox()).isEmpty();
  }

  @Test
  void aSaveWhileOlderEventsAreStillStagedPublishesThemFirstInOrder() {
    String marker = UUID.randomUUID().toString();
    TestAggregate a = aggregate("behind");
    // The broker was away: two writes' events stayed staged.
    AggregateStore away = store(relay(false, Duration.ZERO, CLOCK));
    away.save(a, List.of(event(a.getId(), marker + ":0")));
    TestAggregate loaded = mongo.findById(a.getId(), TestAggregate.class);
    away.save(loaded, List.of(event(a.getId(), marker + ":1")));
    // It is back; the next write's lane publishes from the oldest staged event, not only its own.
    TestAggregate again = mongo.findById(a.getId(), TestAggregate.class);
    again.name = "back";
    store(relay(true, Duration.ofMinutes(5), CLOCK)).save(again, List.of(event(a.getId(), marker + ":2")));

    await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(a.getId(), TestAggregate.class).getOutbox().isEmpty());
    List<ConsumerRecord<String, String>> records = published(marker);
    assertThat(records).extracting(r -> r.value().replaceAll("(?s).*" + marker + ":(\\d).*", "$1"))
        .containsExactly("0", "1", "2");
    assertThat(records).extracting(r -> CODEC.decode(r.value()).sequence())
        .as("the CloudEvents sequence: version and index, increasing in text order")
        .containsExactly("0000000000000001.0000", "0000000000000002.0000", "0000000000000003.0000");
  }

  @Test
  void theSweeperLeavesYoungEventsToTheImmediatePublish() {
    String marker = UUID.randomUUID().toString();
    TestAggregate a = aggregate("young");
    store(relay(false, Duration.ZERO, CLOCK)).save(a, List.of(event(a.getId(), marker)));
    relay(true, Duration.ofMinutes(5), CLOCK).sweep();
    assertThat(mongo.findById(a.getId(), TestAggregate.class).getOutbox()).hasSize(1);
    Clock later = Clock.offset(CLOCK, Duration.ofMinutes(6));
    relay(true, Duration.ofMinutes(5), later).sweep();
    assertThat(mongo.findById(a.getId(), TestAggregate.class).getOutbox()).isEmpty();
    assertThat(published(marker)).hasSize(1);
  }

  @Test
  void twoReplicasSweepingAtOnceNeverPublishAnEventTwiceAndKeepPerAggregateOrder() throws Exception {
    String marker = UUID.randomUUID().toString();
    AggregateStore crashed = store(relay(false, Duration.ZERO, CLOCK));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      TestAggregate a = aggregate("race-" + i);
      ids.add(a.getId());
      crashed.save(a, List.of(event(a.getId(), marker + ":" + i + ":0"), event(a.getId(), marker + ":" + i + ":1"),
          event(a.getId(), marker + ":" + i + ":2")));
    }
    OutboxRelay replicaA = relay(true, Duration.ZERO, CLOCK);
    OutboxRelay replicaB = relay(true, Duration.ZERO, CLOCK);
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(replicaA::sweep);
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(replicaB::sweep);
    a.get();
    b.get();
    replicaA.sweep(); // whatever a lease made one of them skip
    replicaB.sweep();

    List<ConsumerRecord<String, String>> records = published(marker);
    assertThat(records).hasSize(90);
    assertThat(eventIds(records)).doesNotHaveDuplicates();
    Map<String, List<String>> byKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
        Collectors.mapping(r -> r.value().replaceAll("(?s).*" + marker + ":\\d+:(\\d).*", "$1"), Collectors.toList())));
    assertThat(byKey).hasSize(30);
    byKey.values().forEach(order -> assertThat(order).containsExactly("0", "1", "2"));
  }

  @Test
  void aStaleSaveIsRejectedAndWritesNothing() {
    AggregateStore store = store(relay(true, Duration.ofSeconds(5), CLOCK));
    TestAggregate a = aggregate("v1");
    store.save(a, List.of(event(a.getId(), "first")));
    TestAggregate copy1 = mongo.findById(a.getId(), TestAggregate.class);
    TestAggregate copy2 = mongo.findById(a.getId(), TestAggregate.class);
    copy1.name = "changed by one";
    store.save(copy1, List.of(event(a.getId(), "second")));
    copy2.name = "changed by two";
    assertThatThrownBy(() -> store.save(copy2, List.of(event(a.getId(), "third"))))
        .isInstanceOf(OptimisticLockingFailureException.class);
    TestAggregate stored = mongo.findById(a.getId(), TestAggregate.class);
    assertThat(stored.name).isEqualTo("changed by one");
    assertThat(stored.getVersion()).isEqualTo(2L);
    assertThat(stored.getHistory()).extracting(HistoryEntry::summary).containsExactly("first", "second");
  }

  @Test
  void anUpdateNeverBringsBackEventsTheRelayAlreadyRemoved() {
    AggregateStore crashed = store(relay(false, Duration.ZERO, CLOCK));
    TestAggregate a = aggregate("pull");
    crashed.save(a, List.of(event(a.getId(), "staged")));
    TestAggregate loaded = mongo.findById(a.getId(), TestAggregate.class); // still sees the staged event
    relay(true, Duration.ZERO, CLOCK).sweep();                              // publishes and removes it
    loaded.name = "later";
    crashed.save(loaded, List.of(event(a.getId(), "next")));
    List<Document> outbox = mongo.findById(a.getId(), Document.class, "test_aggregates").getList("outbox", Document.class);
    assertThat(outbox).hasSize(1);
    assertThat(outbox.get(0).getString("payload")).contains("next");
  }

  @Test
  void anEventAppliedTwiceWithUpdateOnceChangesTheDocumentOnce() {
    String collection = "counters";
    String id = UUID.randomUUID().toString();
    mongo.insert(new Document("_id", id).append("count", 0), collection);
    IdempotentWrites writes = new IdempotentWrites(mongo);
    String eventId = UUID.randomUUID().toString();
    assertThat(writes.updateOnce(collection, id, eventId, new Update().inc("count", 1))).isTrue();
    assertThat(writes.updateOnce(collection, id, eventId, new Update().inc("count", 1))).isFalse();
    assertThat(writes.updateOnce(collection, id, UUID.randomUUID().toString(), new Update().inc("count", 1))).isTrue();
    Document doc = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
    assertThat(doc.getInteger("count")).isEqualTo(2);
  }

}
