package io.lianxin.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.lianxin.testkit.MongoWireServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * What a durable acknowledgement costs (issue 8): the same writes through the raw driver, side by
 * side in one run, on the Mongo-wire server in memory (nothing synced, the tests' store) and on
 * its H2 file (every acknowledged write synced; writers that wait together share one sync), at one
 * client and at {@code --concurrency} clients. Each write is what a command does: an insert of a
 * document with a staged event, then a version-guarded update that pushes another.
 * Options: {@code --writes=N --concurrency=C}.
 */
public final class StoreBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("writes", 4000, "concurrency", 16));
    int writes = o.get("writes");
    Path dir = Files.createTempDirectory("lianxin-store-bench");
    System.out.printf("%n| store | clients | commands/s (insert + guarded update) |%n|---|---|---|%n");
    double memoryOne = 0;
    double memoryMany = 0;
    double fileOne = 0;
    double fileMany = 0;
    try (MongoWireServer memory = MongoWireServer.inMemory();
        MongoWireServer file = MongoWireServer.onFile(dir.resolve("bench.mv"), 0)) {
      for (int round = 0; round < 2; round++) { // the first round warms up
        memoryOne = run(memory, "memory", 1, writes / 4, round);
        fileOne = run(file, "file", 1, writes / 4, round);
        memoryMany = run(memory, "memory", o.get("concurrency"), writes, round);
        fileMany = run(file, "file", o.get("concurrency"), writes, round);
      }
    }
    System.out.printf("| in memory (not durable) | 1 | %.0f |%n", memoryOne);
    System.out.printf("| H2 file, synced before each acknowledgement | 1 | %.0f |%n", fileOne);
    System.out.printf("| in memory (not durable) | %d | %.0f |%n", o.get("concurrency"), memoryMany);
    System.out.printf("| H2 file, synced before each acknowledgement | %d | %.0f |%n", o.get("concurrency"), fileMany);
    System.out.printf("| ratio durable / memory | 1 | %.2f |%n", fileOne / memoryOne);
    System.out.printf("| ratio durable / memory | %d | %.2f |%n", o.get("concurrency"), fileMany / memoryMany);
    System.exit(0);
  }

  private static double run(MongoWireServer server, String name, int clients, int commands, int round)
      throws Exception {
    try (MongoClient client = MongoClients.create(server.uri("bench"))) {
      MongoCollection<Document> docs = client.getDatabase("bench").getCollection(name + "-" + clients + "-" + round);
      String payload = "x".repeat(700);
      long nanos = Load.timed(clients, commands, i -> {
        String id = "doc-" + i;
        docs.insertOne(new Document("_id", id).append("version", 1)
            .append("outbox", List.of(new Document("eventId", id + "-1").append("payload", payload))));
        docs.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", 1)),
            Updates.combine(Updates.inc("version", 1),
                Updates.push("outbox", new Document("eventId", id + "-2").append("payload", payload))));
      });
      return commands / (nanos / 1e9);
    }
  }
}
