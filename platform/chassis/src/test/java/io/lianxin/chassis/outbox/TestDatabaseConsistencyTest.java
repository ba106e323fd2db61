package io.lianxin.chassis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.lianxin.testkit.MongoWireServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The outbox's version guard is only as good as the reads it is based on: the test database must
 * never return a document half old, half new. Writers move every field and the version together;
 * readers check that they always agree.
 */
class TestDatabaseConsistencyTest {

  @Test
  void readsNeverSeeAHalfWrittenDocumentWhileGuardedWritesRace() throws Exception {
    MongoWireServer server = MongoWireServer.inMemory();
    AtomicInteger torn = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    try (MongoClient client = MongoClients.create(server.uri("consistency"))) {
      MongoCollection<Document> c = client.getDatabase("consistency").getCollection("c");
      c.insertOne(new Document("_id", "x").append("version", 0L).append("state", new Document("n", 0L)).append("tail", 0L));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Callable<Void>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        jobs.add(() -> {
          for (int i = 0; i < 1000; i++) {
            long v = c.find(Filters.eq("_id", "x")).first().getLong("version");
            var guard = Filters.and(Filters.eq("_id", "x"), Filters.eq("version", v));
            var next = Updates.combine(Updates.set("state", new Document("n", v + 1)), Updates.set("tail", v + 1),
                Updates.inc("version", 1L));
            // Both ways the services write: update, and find-and-modify (claims, leases).
            if (i % 2 == 0) {
              written.addAndGet((int) c.updateOne(guard, next).getModifiedCount());
            } else if (c.findOneAndUpdate(guard, next) != null) {
              written.incrementAndGet();
            }
          }
          return null;
        });
        jobs.add(() -> {
          for (int i = 0; i < 5000; i++) {
            Document d = c.find(Filters.eq("_id", "x")).first();
            long v = d.getLong("version");
            if (d.get("state", Document.class).getLong("n") != v || d.getLong("tail") != v) {
              torn.incrementAndGet();
            }
          }
          return null;
        });
      }
      for (Future<Void> f : pool.invokeAll(jobs)) {
        f.get();
      }
      pool.shutdown();
      assertThat(c.find(Filters.eq("_id", "x")).first().getLong("version")).isEqualTo(written.get());
    } finally {
      server.close();
    }
    assertThat(torn.get()).as("half-written documents read").isZero();
  }
}
