package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.JavaProcess;
import io.lianxin.testkit.ParentWatch;
import io.lianxin.testkit.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The devstack as an operator crashed it (issue 8): suggestion- and notification-service on the
 * durable file store in a child JVM, under load from 4 clients, killed with SIGKILL at a random
 * moment three times and started again on the same data; every unanswered request is retried with
 * its Idempotency-Key, as a client would. The broker is this JVM's (it outlives the crashes). Then:
 * every 201 is there with the number it was told, no number was given twice, every stored item has
 * exactly its events on Kafka and exactly one notification, and no event names an item that does
 * not exist.
 */
class DevStackCrashIT {

  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final int OFFSET = PortOffsets.CRASH;
  static final int REQUESTS = 160;
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The devstack's main in the child, ending with this JVM (the test) whatever happens. */
  public static final class CrashTestStack {
    public static void main(String[] args) {
      ParentWatch.exitWhenParentDies(10_000);
      DevStack.main(args);
    }
  }

  @Test
  void acknowledgedSubmitsSurviveSigkillAndEachHasItsNumberEventsAndNotification(@TempDir Path data)
      throws Exception {
    try {
      submitsThroughThreeKills(data);
    } catch (Exception | AssertionError failed) {
      keepTheStacksLogs(data);
      throw failed;
    }
  }

  /** On a failure the stack's logs (in the temporary directory, which is deleted) are kept in target/ to be read. */
  private static void keepTheStacksLogs(Path data) throws IOException {
    Path kept = Path.of("target", "devstack-crash-logs-" + System.currentTimeMillis());
    Files.createDirectories(kept);
    try (Stream<Path> logs = Files.walk(data)) {
      for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
        Files.copy(log, kept.resolve(data.relativize(log).toString().replace('/', '_')));
      }
    }
    System.err.println("DevStackCrashIT: the stack's logs are kept in " + kept.toAbsolutePath());
  }

  private void submitsThroughThreeKills(Path data) throws Exception {
    String kafka = EmbeddedInfra.shared().kafkaBootstrapServers();
    String suggestions = "http://127.0.0.1:" + (8081 + OFFSET);
    String notifications = "http://127.0.0.1:" + (8084 + OFFSET);
    AtomicReference<JavaProcess> stack = new AtomicReference<>();
    AtomicReference<String> token = new AtomicReference<>();
    AtomicInteger generation = new AtomicInteger();
    Runnable start = () -> {
      JavaProcess p = JavaProcess.start(CrashTestStack.class.getName(), List.of("-Xmx1g"),
          List.of("--data-dir=" + data, "--port-offset=" + OFFSET),
          data.resolve("stack-" + generation.get() + ".log"),
          // a retry may take over a claim the crash left behind after 5 s instead of 30 s
          Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka, "LIANXIN_IDEMPOTENCYLEASE", "5s"));
      // generous: a cold start of the whole stack on a loaded 2-core machine has taken over 3 minutes
      await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(500))
          .until(() -> p.logText().contains("devstack is up") || !p.isAlive());
      assertThat(p.isAlive()).as("devstack start; log:%n%s", p.logText()).isTrue();
      token.set(token(OFFSET));
      stack.set(p);
      generation.incrementAndGet();
    };
    start.run();

    Map<Integer, String> answeredIds = new ConcurrentHashMap<>();
    Map<Integer, String> lastAnswers = new ConcurrentHashMap<>(); // what each request got last, for a failure message
    Map<Integer, String> answeredNumbers = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger answeredSinceStart = new AtomicInteger();
    ApiClient api = new ApiClient(suggestions);
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      Thread client = new Thread(() -> {
        for (int n = next.getAndIncrement(); n < REQUESTS; n = next.getAndIncrement()) {
          String key = RUN + "-" + n;
          int request = n;
          // a client retrying every 200 ms until its request is answered (across kills and restarts)
          await().atMost(Duration.ofMinutes(3)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
            try {
              ApiClient.Response r = api.post("/api/v1/suggestions", token.get(),
                  Map.of("title", RUN + " 第" + request + "件", "body", "崩溃测试", "category", "TRANSPORT"),
                  Map.of("Idempotency-Key", key));
              lastAnswers.put(request, r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
              if (r.status() == 201) {
                answeredIds.put(request, r.json().get("id").asString());
                answeredNumbers.put(request, r.json().get("number").asString());
                answeredSinceStart.incrementAndGet();
                return true;
              }
              if (r.status() >= 500 || r.status() == 401 || r.status() == 409) {
                return false; // restarting, a new issuer key, or the first attempt's claim still leased
              }
              throw new IllegalStateException("unexpected " + r.status() + " " + r.body());
            } catch (UncheckedIOException serverGone) {
              lastAnswers.put(request, "no connection: " + serverGone.getMessage());
              return false;
            }
          });
        }
      });
      client.start();
      clients.add(client);
    }
    Random random = new Random(RUN.hashCode());
    for (int kill = 0; kill < 3; kill++) {
      int after = 10 + random.nextInt(25);
      await().atMost(Duration.ofMinutes(2)).until(() -> answeredSinceStart.get() >= after || next.get() >= REQUESTS);
      stack.get().kill();
      answeredSinceStart.set(0);
      start.run();
    }
    for (Thread client : clients) {
      client.join(Duration.ofMinutes(5).toMillis());
    }
    Map<Integer, String> unanswered = new java.util.TreeMap<>(lastAnswers);
    unanswered.keySet().removeAll(answeredIds.keySet());
    assertThat(answeredIds).as("unanswered, with the last answer each got: " + unanswered).hasSize(REQUESTS);

    try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + (27017 + OFFSET))) {
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> mongo
          .getDatabase("suggestion-service").getCollection("suggestions").countDocuments(Filters.exists("outbox.0")) == 0);

      // Every 201 is there, with the number it was told; no number twice.
      Map<String, String> numberOfStored = new HashMap<>();
      for (var doc : mongo.getDatabase("suggestion-service").getCollection("suggestions")
          .find(Filters.regex("item.title", "^" + RUN))) {
        var item = (org.bson.Document) doc.get("item");
        var number = (org.bson.Document) item.get("number");
        numberOfStored.put(doc.getString("_id"), number == null ? null : number.toJson());
      }
      for (Map.Entry<Integer, String> answered : answeredIds.entrySet()) {
        ApiClient.Response stored = api.get("/api/v1/suggestions/" + answered.getValue(), token.get());
        assertThat(stored.status()).as("answered 201: %s", answered.getValue()).isEqualTo(200);
        assertThat(stored.json().get("number").asString()).isEqualTo(answeredNumbers.get(answered.getKey()));
      }
      assertThat(numberOfStored).as("one item per request, retries included").hasSize(REQUESTS);
      assertThat(new HashSet<>(answeredNumbers.values())).as("no number given twice").hasSize(REQUESTS);

      // Exactly its events, and none about an item that does not exist.
      EventCodec codec = new EventCodec();
      Map<String, Set<String>> published = new HashMap<>();
      for (ConsumerRecord<String, String> r : TopicReader.read(kafka, Topics.SUGGESTION, v -> v.contains(RUN),
          Duration.ofSeconds(2))) {
        published.computeIfAbsent(r.key(), k -> new HashSet<>()).add(codec.decode(r.value()).id());
      }
      assertThat(numberOfStored.keySet()).containsAll(published.keySet());
      ApiClient inbox = new ApiClient(notifications);
      for (String id : numberOfStored.keySet()) {
        Set<String> recorded = new HashSet<>();
        for (JsonNode line : api.get("/api/v1/suggestions/" + id + "/history?size=200", token.get()).json().get("items")) {
          recorded.add(line.get("eventId").asString());
        }
        assertThat(published.get(id)).as("events of %s", id).isEqualTo(recorded);
      }
      await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
        for (String id : numberOfStored.keySet()) {
          assertThat(inbox.get("/api/v1/inbox?subjectId=" + id, token.get()).json().get("total").asLong())
              .as("notifications about %s", id).isEqualTo(1);
        }
      });
    } finally {
      stack.get().stop(Duration.ofSeconds(30));
    }
  }

  private static String token(int offset) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (9000 + offset) + "/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=deputy1@qingshan")).build();
      String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
      return JSON.readTree(body).get("access_token").asString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
