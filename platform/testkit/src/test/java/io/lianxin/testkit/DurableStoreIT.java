package io.lianxin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store keeps every write it acknowledged through a crash: writers insert and update
 * while the server's JVM is killed with SIGKILL at a random moment, several times; after each
 * restart every acknowledged insert is there and the counter holds at least every acknowledged
 * increment (an increment whose answer the kill swallowed may or may not be there).
 */
class DurableStoreIT {

  private static final Pattern PORT = Pattern.compile("mongo-wire-port=(\\d+)");

  @Test
  void everyAcknowledgedWriteSurvivesSigkill(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("store.mv");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicLong acknowledgedIncrements = new AtomicLong();
    AtomicLong attemptedIncrements = new AtomicLong();
    Random random = new Random(42);
    for (int round = 0; round < 4; round++) {
      JavaProcess server = start(file, dir.resolve("server-" + round + ".log"));
      try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port(server)
          + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=5000&retryWrites=false")) {
        MongoCollection<Document> items = client.getDatabase("crash").getCollection("items");
        MongoCollection<Document> counters = client.getDatabase("crash").getCollection("counters");
        verify(items, counters, acknowledged, acknowledgedIncrements.get(), attemptedIncrements.get());
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
          String prefix = round + "-" + w + "-";
          Thread writer = new Thread(() -> {
            for (int i = 0; ; i++) {
              try {
                items.insertOne(new Document("_id", prefix + i).append("payload", "x".repeat(200)));
                acknowledged.add(prefix + i);
                attemptedIncrements.incrementAndGet();
                counters.updateOne(Filters.eq("_id", "c"), Updates.inc("n", 1),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
                acknowledgedIncrements.incrementAndGet();
              } catch (RuntimeException serverGone) {
                return;
              }
            }
          });
          writer.start();
          writers.add(writer);
        }
        long before = acknowledged.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() > before + 50 + random.nextInt(400));
        server.kill();
        for (Thread writer : writers) {
          writer.join(30_000);
        }
      }
    }
    JavaProcess last = start(file, dir.resolve("server-last.log"));
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port(last))) {
      verify(client.getDatabase("crash").getCollection("items"), client.getDatabase("crash").getCollection("counters"),
          acknowledged, acknowledgedIncrements.get(), attemptedIncrements.get());
    } finally {
      last.stop(Duration.ofSeconds(10));
    }
  }

  private static void verify(MongoCollection<Document> items, MongoCollection<Document> counters,
      Set<String> acknowledged, long acknowledgedIncrements, long attemptedIncrements) {
    Set<String> stored = new HashSet<>();
    items.find().projection(new Document("_id", 1)).forEach(d -> stored.add(d.getString("_id")));
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored);
    assertThat(lost).as("acknowledged inserts lost by a SIGKILL").isEmpty();
    Document counter = counters.find(Filters.eq("_id", "c")).first();
    long n = counter == null ? 0 : ((Number) counter.get("n")).longValue();
    assertThat(n).as("acknowledged increments").isBetween(acknowledgedIncrements, attemptedIncrements);
  }

  private static JavaProcess start(Path file, Path log) {
    return JavaProcess.start(MongoWireServerMain.class, List.of("-Xmx256m"), List.of(file.toString(), "0"), log);
  }

  private static int port(JavaProcess server) {
    await().atMost(Duration.ofSeconds(60)).until(() -> PORT.matcher(server.logText()).find() || !server.isAlive());
    Matcher m = PORT.matcher(server.logText());
    assertThat(m.find()).as("server start; log:%n%s", server.logText()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
