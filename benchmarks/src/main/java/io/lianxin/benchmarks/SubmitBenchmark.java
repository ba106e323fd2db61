package io.lianxin.benchmarks;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.lianxin.benchmarks.floor.FrameworkFloorApplication;
import io.lianxin.notification.NotificationServiceApplication;
import io.lianxin.suggestion.SuggestionServiceApplication;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2's benchmarks, side by side in one run on one machine:
 *
 * <ol>
 *   <li>submit throughput through HTTP (JWT check, validation, one write with the staged event,
 *       publish to Kafka, outbox clean-up) vs the raw MongoDB driver inserting the same documents
 *       into the same server, at the same concurrency;
 *   <li>the same requests, token and body to the <em>framework floor</em> ({@link FrameworkFloorApplication}):
 *       a minimal Spring Boot endpoint in this JVM with the same JWT check and body constraints doing one
 *       insert of a document of the stored item's mean size into the same server (issue 16);
 *   <li>submit → inbox latency (p50/p99) at a fixed request rate: from the start of the POST
 *       until the notification shows in the deputy's inbox over HTTP.
 * </ol>
 *
 * Everything (broker, Mongo-wire server, both services, load generator) shares this machine.
 * Options: {@code --requests=N --concurrency=C --rate=R --seconds=S}.
 */
public final class SubmitBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("requests", 3000, "concurrency", 8, "rate", 20, "seconds", 30));
    // passed to both services, e.g. --spring.kafka.producer.properties.linger.ms=0
    List<String> serviceArgs = Load.serviceArgs(args);
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String run = UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext suggestions = Load.start(SuggestionServiceApplication.builder(), infra,
        "bench-suggestion-" + run, withConfigName("suggestion-service", serviceArgs));
    ConfigurableApplicationContext notifications = Load.start(NotificationServiceApplication.builder(), infra,
        "bench-notification-" + run, withConfigName("notification-service", serviceArgs));
    int exitCode = 0;
    try (MongoClient mongo = MongoClients.create(infra.mongo().uri("bench"))) {
      ApiClient api = new ApiClient(Load.url(suggestions));
      String token = infra.issuer().tokenFor(DemoUsers.get("deputy1@qingshan"));
      int requests = o.get("requests");
      int concurrency = o.get("concurrency");

      System.out.printf("warm-up …%n");
      submitMany(api, token, Math.min(500, requests), concurrency);

      long httpNanos = submitMany(api, token, requests, concurrency);
      double httpPerSecond = requests / (httpNanos / 1e9);

      DocumentCodec codec = new DocumentCodec();
      MongoCollection<Document> stored = mongo.getDatabase("bench-suggestion-" + run).getCollection("suggestions");
      List<Document> samples = stored.find().limit(requests).into(new ArrayList<>());
      Document event = new Document("eventId", "x").append("type", "lianxin.suggestion.submitted.v1")
          .append("topic", "lianxin.suggestion.events").append("key", "k")
          .append("payload", "x".repeat(700)).append("stagedAt", new Date());
      MongoCollection<Document> raw = mongo.getDatabase("bench-suggestion-" + run).getCollection("suggestions_raw");
      long rawNanos = Load.timed(concurrency, samples.size(), i -> {
        Document copy = new Document(samples.get(i));
        copy.put("_id", UUID.randomUUID().toString());
        copy.put("outbox", List.of(event));
        raw.insertOne(copy);
      });
      double rawPerSecond = samples.size() / (rawNanos / 1e9);

      // the floor inserts documents of the stored items' mean size (history and outbox cleared by then included)
      long documentBytes = Math.round(samples.stream()
          .mapToInt(d -> new RawBsonDocument(d, codec).getByteBuffer().remaining()).average().orElse(2000));
      List<String> floorArgs = new ArrayList<>(serviceArgs);
      floorArgs.add("--floor.submit-document-bytes=" + documentBytes);
      double floorPerSecond;
      long floorDocumentBytes;
      try (ConfigurableApplicationContext floor = Load.start(FrameworkFloorApplication.builder(), infra,
          "bench-suggestion-" + run, floorArgs)) {
        ApiClient floorApi = new ApiClient(Load.url(floor));
        floorMany(floorApi, token, Math.min(500, requests), concurrency);
        long floorNanos = floorMany(floorApi, token, requests, concurrency);
        floorPerSecond = requests / (floorNanos / 1e9);
        Document one = mongo.getDatabase("bench-suggestion-" + run).getCollection("suggestions_floor").find().first();
        floorDocumentBytes = new RawBsonDocument(one, codec).getByteBuffer().remaining();
      }

      ApiClient inboxApi = new ApiClient(Load.url(notifications));
      long expected = (long) requests + Math.min(500, requests);
      long drainStart = System.nanoTime();
      await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
          .until(() -> inboxApi.get("/api/v1/inbox?size=1", token).json().get("total").asLong() >= expected);
      System.out.printf("notification backlog drained %.1f s after the last submit%n", (System.nanoTime() - drainStart) / 1e9);
      // A second deputy, so the inbox polled holds only this phase's items.
      String token2 = infra.issuer().tokenFor(DemoUsers.get("deputy2@qingshan"));
      Histogram latency = latencyAtRate(api, inboxApi, token2, o.get("rate"), o.get("seconds"));

      System.out.printf("%n| measure | value |%n|---|---|%n");
      System.out.printf("| submits through HTTP (%d requests, %d clients) | %.0f /s |%n", requests, concurrency, httpPerSecond);
      System.out.printf("| raw driver inserts of the same documents, same server, same clients | %.0f /s |%n", rawPerSecond);
      System.out.printf("| framework floor: the same requests to a minimal endpoint (JWT, JSON, one insert of %d bytes; items %d) | %.0f /s |%n",
          floorDocumentBytes, documentBytes, floorPerSecond);
      System.out.printf("| ratio HTTP / raw driver | %.3f |%n", httpPerSecond / rawPerSecond);
      System.out.printf("| ratio HTTP / floor | %.3f |%n", httpPerSecond / floorPerSecond);
      var meters = suggestions.getBean(io.micrometer.core.instrument.MeterRegistry.class);
      var publish = meters.find("lianxin.outbox.publish.duration").timer();
      var http = meters.find("http.server.requests").tag("method", "POST").timer();
      if (publish != null && http != null) {
        System.out.printf("| mean server time of a submit | %.1f ms |%n", http.mean(TimeUnit.MILLISECONDS));
        System.out.printf("| of which publish to Kafka + outbox removal | %.1f ms |%n", publish.mean(TimeUnit.MILLISECONDS));
      }
      for (Document series : mongo.getDatabase("bench-suggestion-" + run).getCollection("suggestion_numbers").find()) {
        System.out.printf("| number series %s: stored size | %d bytes |%n", series.get("_id"),
            new RawBsonDocument(series, codec).getByteBuffer().remaining());
      }
      System.out.printf("| submit → inbox at %d/s for %ds: samples | %d |%n", o.get("rate"), o.get("seconds"), latency.getTotalCount());
      System.out.printf("| submit → inbox p50 | %.1f ms |%n", latency.getValueAtPercentile(50) / 1000.0);
      System.out.printf("| submit → inbox p99 | %.1f ms |%n", latency.getValueAtPercentile(99) / 1000.0);
      System.out.printf("| submit → inbox max | %.1f ms |%n", latency.getMaxValue() / 1000.0);
    } catch (Throwable failure) {
      failure.printStackTrace();
      exitCode = 1;
    } finally {
      notifications.close();
      suggestions.close();
      System.exit(exitCode);
    }
  }


  private static long submitMany(ApiClient api, String token, int count, int concurrency) throws Exception {
    return Load.timed(concurrency, count, i -> {
      ApiClient.Response r = api.post("/api/v1/suggestions", token, body("吞吐量测试 " + i));
      if (r.status() != 201) {
        throw new IllegalStateException("submit failed: " + r.status() + " " + r.body());
      }
    });
  }

  private static long floorMany(ApiClient floor, String token, int count, int concurrency) throws Exception {
    return Load.timed(concurrency, count, i -> Load.check(floor.post("/floor/suggestions", token, body("吞吐量测试 " + i)), 201));
  }

  /** Submits at a fixed rate; one watcher polls the inbox and records when each item first shows. */
  private static Histogram latencyAtRate(ApiClient api, ApiClient inbox, String token, int rate, int seconds)
      throws Exception {
    Histogram histogram = new Histogram(60_000_000L, 3);
    Map<String, Long> started = new ConcurrentHashMap<>();
    Map<String, Long> seen = new ConcurrentHashMap<>();
    ScheduledExecutorService sender = Executors.newScheduledThreadPool(1);
    // the clock only starts requests, so that a slow answer does not lower the rate (a fixed-rate task never overlaps itself)
    ExecutorService posting = Executors.newFixedThreadPool(64);
    int total = rate * seconds;
    AtomicInteger sent = new AtomicInteger();
    long periodMicros = 1_000_000L / rate;
    sender.scheduleAtFixedRate(() -> {
      if (sent.getAndIncrement() >= total) {
        return;
      }
      long t0 = System.nanoTime();
      posting.execute(() -> {
        try {
          ApiClient.Response r = api.post("/api/v1/suggestions", token, body("延迟测试"));
          if (r.status() == 201) {
            started.put(r.json().get("id").asString(), t0);
          }
        } catch (IllegalStateException stoppedAtTheDeadline) {
          // still unanswered when the phase ended (shutdownNow interrupts it): not a sample
        }
      });
    }, 0, periodMicros, TimeUnit.MICROSECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
    while (System.nanoTime() < deadline && (sent.get() < total || seen.size() < started.size())) {
      JsonNode page = inbox.get("/api/v1/inbox?size=100", token).json();
      long now = System.nanoTime();
      for (JsonNode item : page.get("items")) {
        seen.putIfAbsent(item.get("subjectId").asString(), now);
      }
      Thread.sleep(5);
    }
    sender.shutdownNow();
    posting.shutdownNow();
    System.out.printf("submits started in the latency phase: %d of %d%n", started.size(), total);
    started.forEach((id, t0) -> {
      Long t1 = seen.get(id);
      if (t1 != null) {
        histogram.recordValue(Math.max(1, (t1 - t0) / 1000));
      }
    });
    if (histogram.getTotalCount() < started.size()) {
      System.out.printf("warning: %d of %d submissions never showed in the inbox%n",
          started.size() - histogram.getTotalCount(), started.size());
    }
    return histogram;
  }

  private static Map<String, Object> body(String title) {
    return Map.of("title", title, "body", "基准测试内容：建议在城区增设公共充电桩，方便新能源车主。", "category", "TRANSPORT");
  }

  private static List<String> withConfigName(String name, List<String> serviceArgs) {
    List<String> args = new ArrayList<>(List.of("--spring.config.name=" + name));
    args.addAll(serviceArgs);
    return args;
  }
}
