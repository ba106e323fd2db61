package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.lianxin.notification.NotificationServiceApplication;
import io.lianxin.suggestion.SuggestionServiceApplication;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.testkit.MongoWireServer;
import io.lianxin.testkit.TopicReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Commands do not wait for the broker: suggestion-service and notification-service on the real
 * Kafka broker of the devstack, which is stopped under load and started again. While it is away
 * every command answers at its usual speed and readiness stays UP with the broker reported
 * DEGRADED; once it is back every staged event is published by itself, each item's events reach
 * Kafka in the order the item recorded them (its history), and every item reaches the deputy's
 * inbox.
 */
class BrokerOutageIT {

  static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void commandsGoOnWhileTheBrokerIsAwayAndEverythingIsPublishedInOrderWhenItReturns(@TempDir Path data)
      throws Exception {
    int[] ports = freePorts(2);
    List<String> fatal = Collections.synchronizedList(new ArrayList<>());
    KafkaBrokerProcess broker = new KafkaBrokerProcess(data.resolve("kafka"), ports[0], ports[1], fatal::add);
    try (MongoWireServer mongo = MongoWireServer.inMemory(); DevTokenIssuer issuer = new DevTokenIssuer(0)) {
      List<String> common = List.of("--server.port=0", "--spring.mongodb.uri=" + mongo.uri("x"),
          "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
          "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
          "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri(),
          "--logging.level.org.apache.kafka=ERROR");
      ConfigurableApplicationContext suggestions = start(SuggestionServiceApplication.builder(), "suggestion-outage-" + RUN, common);
      ConfigurableApplicationContext notifications = start(NotificationServiceApplication.builder(), "notification-outage-" + RUN, common);
      try (MongoClient raw = MongoClients.create(mongo.uri("x"))) {
        ApiClient api = new ApiClient(url(suggestions));
        ApiClient inbox = new ApiClient(url(notifications));
        String deputy = issuer.tokenFor(DemoUsers.get("deputy1@qingshan"));
        String admin = issuer.tokenFor(DemoUsers.get("admin@qingshan"));

        Timed up = run(40, i -> api.post("/api/v1/suggestions", deputy, suggestion("up-" + i)));
        List<String> createdWhileUp = up.ids();

        broker.close();
        Timed away = run(60, i -> i < 20
            ? api.post("/api/v1/suggestions/" + createdWhileUp.get(i) + "/withdrawal", deputy, Map.of("reason", "撤回"))
            : api.post("/api/v1/suggestions", deputy, suggestion("away-" + i)));
        ApiClient.Response readiness = api.get("/actuator/health/readiness", admin);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/kafka/status").asString()).isEqualTo("DEGRADED");
        List<String> createdWhileAway = away.ids().subList(20, 60);

        broker = new KafkaBrokerProcess(data.resolve("kafka"), ports[0], ports[1], fatal::add);
        // Items whose first event is still staged: their next write must not overtake it.
        Timed back = run(20, i -> api.post("/api/v1/suggestions/" + createdWhileAway.get(i) + "/withdrawal", deputy,
            Map.of("reason", "撤回")));

        System.out.printf("command latency p99 / max: broker up %d / %d ms, away %d / %d ms, back %d / %d ms%n",
            up.p99(), up.max(), away.p99(), away.max(), back.p99(), back.max());
        assertThat(away.max()).as("slowest command while the broker was away (ms)").isLessThan(3_000);
        assertThat(back.max()).as("slowest command right after it returned (ms)").isLessThan(3_000);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
            raw.getDatabase("suggestion-outage-" + RUN).getCollection("suggestions")
                .countDocuments(Filters.exists("outbox.0")) == 0);

        List<String> all = new ArrayList<>(createdWhileUp);
        all.addAll(createdWhileAway);
        EventCodec codec = new EventCodec();
        Map<String, LinkedHashSet<String>> publishedOrder = new LinkedHashMap<>();
        List<ConsumerRecord<String, String>> records = TopicReader.read(broker.bootstrapServers(), Topics.SUGGESTION,
            v -> v.contains(RUN), Duration.ofSeconds(2));
        for (ConsumerRecord<String, String> r : records) {
          publishedOrder.computeIfAbsent(r.key(), k -> new LinkedHashSet<>()).add(codec.decode(r.value()).id());
        }
        for (String id : all) {
          List<String> recorded = new ArrayList<>();
          for (JsonNode line : api.get("/api/v1/suggestions/" + id + "/history?size=200", deputy).json().get("items")) {
            recorded.add(line.get("eventId").asString());
          }
          assertThat(publishedOrder.get(id)).as("events of %s on Kafka, first copies in order", id)
              .containsExactlyElementsOf(recorded);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
          for (String id : all) {
            assertThat(inbox.get("/api/v1/inbox?subjectId=" + id, deputy).json().get("total").asLong())
                .as("notifications about %s", id).isPositive();
          }
        });
        assertThat(fatal).isEmpty();
      } finally {
        notifications.close();
        suggestions.close();
      }
    } finally {
      broker.close();
    }
  }

  /** Commands' answers and latencies. */
  record Timed(List<ApiClient.Response> responses, List<Long> millis) {
    List<String> ids() {
      return responses.stream().map(r -> r.json().get("id").asString()).toList();
    }

    long p99() {
      List<Long> sorted = millis.stream().sorted().toList();
      return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    long max() {
      return Collections.max(millis);
    }
  }

  /** {@code count} commands from 4 clients; every answer must be a success. */
  private static Timed run(int count, Function<Integer, ApiClient.Response> command) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiClient.Response>> answers = new ArrayList<>();
      Map<Integer, Long> millis = new ConcurrentHashMap<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        answers.add(clients.submit(() -> {
          long t0 = System.nanoTime();
          ApiClient.Response r = command.apply(n);
          millis.put(n, (System.nanoTime() - t0) / 1_000_000);
          return r;
        }));
      }
      List<ApiClient.Response> responses = new ArrayList<>();
      for (Future<ApiClient.Response> answer : answers) {
        ApiClient.Response r = answer.get();
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        responses.add(r);
      }
      return new Timed(responses, new ArrayList<>(millis.values()));
    } finally {
      clients.shutdownNow();
    }
  }

  private static Map<String, Object> suggestion(String title) {
    return Map.of("title", RUN + " " + title, "body", "断线期间的建议", "category", "TRANSPORT");
  }

  private static ConfigurableApplicationContext start(org.springframework.boot.builder.SpringApplicationBuilder builder,
      String database, List<String> common) {
    List<String> args = new ArrayList<>(common);
    args.add("--spring.mongodb.database=" + database);
    return builder.run(args.toArray(String[]::new));
  }

  private static String url(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  private static int[] freePorts(int count) throws IOException {
    int[] ports = new int[count];
    List<ServerSocket> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ServerSocket s = new ServerSocket(0);
      sockets.add(s);
      ports[i] = s.getLocalPort();
    }
    for (ServerSocket s : sockets) {
      s.close();
    }
    return ports;
  }
}
