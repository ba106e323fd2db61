package io.lianxin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.chassis.observability.EventTracing;
import io.lianxin.events.EventCatalog;
import io.lianxin.events.EventCodec;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chassis' consumer set-up on Spring Cloud Stream's Kafka binder, against the in-process
 * broker: one functional binding reading two topics named once in its destination; a failing
 * record retried with backoff and then dead-lettered to {@code <topic>.<group>.dlt}; a record
 * that is not an event dead-lettered at once; the partition flowing on after both; the handler
 * running in the event's trace.
 */
class EventConsumersIT {

  static final String FIRST = "consumers-it-a-" + UUID.randomUUID();
  static final String SECOND = "consumers-it-b-" + UUID.randomUUID();
  static final String GROUP = "consumers-it";
  static final EventCodec CODEC = new EventCodec();
  static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
  static final Map<String, String> TRACE_SEEN = new ConcurrentHashMap<>();
  static final List<String> HANDLED = java.util.Collections.synchronizedList(new ArrayList<>());

  static ConfigurableApplicationContext app;
  static KafkaProducer<String, String> producer;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ConsumerApp {
    /** Fails a record whose title says how often, then handles it. */
    @Bean
    Consumer<String> events(EventHandling handling, EventTracing tracing) {
      return record -> handling.handle(record, event -> {
        String title = event.data().get("title").asString();
        int attempt = ATTEMPTS.computeIfAbsent(title, t -> new AtomicInteger()).incrementAndGet();
        TRACE_SEEN.put(title, String.valueOf(tracing.currentTraceparent()));
        if (title.startsWith("fail-always") || (title.startsWith("fail-twice") && attempt <= 2)) {
          throw new IllegalStateException("a failure the handler might get over: " + title);
        }
        HANDLED.add(title);
      });
    }
  }

  @BeforeAll
  static void start() {
    EmbeddedInfra infra = EmbeddedInfra.shared();
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.config.import=classpath:lianxin-chassis.yml",
        "--spring.application.name=" + GROUP, "--spring.cloud.function.definition=events",
        "--spring.cloud.stream.bindings.events-in-0.destination=" + FIRST + "," + SECOND,
        "--spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "--lianxin.partitions=2"));
    infra.serviceProperties("consumers-it").forEach((k, v) -> args.add("--" + k + "=" + v));
    app = new SpringApplicationBuilder(ConsumerApp.class).run(args.toArray(String[]::new));
    producer = new KafkaProducer<>(Map.of("bootstrap.servers", infra.kafkaBootstrapServers(), "acks", "all"),
        new StringSerializer(), new StringSerializer());
  }

  @AfterAll
  static void stop() {
    producer.close();
    app.close();
  }

  @Test
  void bothTopicsOfTheOneBindingAreConsumedInTheEventsTrace() throws Exception {
    String traceparent = "00-" + "4bf92f3577b34da6a3ce929d0e0e4736" + "-00f067aa0ba902b7-01";
    send(FIRST, "first-" + UUID.randomUUID(), traceparent);
    String second = "second-" + UUID.randomUUID();
    send(SECOND, second, null);
    await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.stream().filter(t -> t.startsWith("first-")).count() == 1
        && HANDLED.contains(second));
    String firstTitle = HANDLED.stream().filter(t -> t.startsWith("first-")).findFirst().orElseThrow();
    assertThat(TRACE_SEEN.get(firstTitle)).as("the handler runs in a span of the event's trace")
        .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").doesNotContain("00f067aa0ba902b7");
    assertThat(TRACE_SEEN.get(second)).as("an event without a trace starts one").startsWith("00-");

    ApiClient api = new ApiClient("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
    ApiClient.Response readiness = api.get("/actuator/health/readiness",
        EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get("admin@qingshan")));
    assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
    assertThat(readiness.json().at("/components/kafka/details/consumers/events-in-0").asString())
        .as("the binding's state in readiness: " + readiness.body()).isEqualTo("running");
    assertThat(readiness.json().at("/components/kafka/details/consumers").propertyNames())
        .as("only the named function is bound (not the DLQ resolver, also a function bean)").containsExactly("events-in-0");
  }

  @Test
  void aFailingRecordIsRetriedWithBackoffAndOnlyDeadLetteredWhenItKeepsFailing() throws Exception {
    String recovers = "fail-twice-" + UUID.randomUUID();
    String never = "fail-always-" + UUID.randomUUID();
    String after = "after-" + UUID.randomUUID();
    String key = UUID.randomUUID().toString(); // one key: one partition, in this order
    send(FIRST, key, recovers, null);
    send(FIRST, key, never, null);
    send(FIRST, key, after, null);
    await().atMost(Duration.ofSeconds(60)).until(() -> HANDLED.contains(after));
    assertThat(ATTEMPTS.get(recovers).get()).as("two failures, then handled").isEqualTo(3);
    assertThat(HANDLED).contains(recovers).doesNotContain(never);
    assertThat(ATTEMPTS.get(never).get()).as("max-attempts: 1 + 3 retries").isEqualTo(4);
    String dlt = Topics.deadLetter(FIRST, GROUP);
    await().atMost(Duration.ofSeconds(30)).until(() ->
        TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), dlt, v -> v.contains(never), Duration.ofMillis(300)).size() == 1);
    assertThat(TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), dlt, v -> v.contains(recovers),
        Duration.ofMillis(300))).as("a record that recovered is not dead-lettered").isEmpty();
    MeterRegistry meters = app.getBean(MeterRegistry.class);
    String type = EventCatalog.SUGGESTION_SUBMITTED.name();
    assertThat(meters.counter("lianxin.events.consumed", "type", type, "outcome", "failed").count())
        .as("failed attempts: 2 of the recovered record, 4 of the dead-lettered one").isGreaterThanOrEqualTo(6);
    assertThat(meters.counter("lianxin.events.dead.lettered", "topic", FIRST).count()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aRecordThatIsNotAnEventIsDeadLetteredAtOnceAndThePartitionFlowsOn() throws Exception {
    String marker = UUID.randomUUID().toString();
    String key = UUID.randomUUID().toString();
    producer.send(new ProducerRecord<>(SECOND, key, "{\"not\": \"an event\", \"marker\": \"" + marker + "\"}")).get();
    String next = "after-poison-" + UUID.randomUUID();
    send(SECOND, key, next, null);
    await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.contains(next));
    String dlt = Topics.deadLetter(SECOND, GROUP);
    await().atMost(Duration.ofSeconds(30)).until(() ->
        TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), dlt, v -> v.contains(marker), Duration.ofMillis(300)).size() == 1);
  }

  private static void send(String topic, String title, String traceparent) throws Exception {
    send(topic, UUID.randomUUID().toString(), title, traceparent);
  }

  private static void send(String topic, String key, String title, String traceparent) throws Exception {
    var data = JsonMapper.builder().build().createObjectNode().put("title", title);
    EventEnvelope event = EventEnvelope.create(EventCatalog.SUGGESTION_SUBMITTED, "/consumers-it", key, "qingshan", 1,
        Instant.now(), traceparent, data);
    producer.send(new ProducerRecord<>(topic, key, CODEC.encode(event))).get();
  }
}
