package io.lianxin.benchmarks;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.lianxin.deputy.DeputyServiceApplication;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12's benchmark, in one run on one machine:
 * <ol>
 *   <li><b>record rebuild</b>: {@code --events} (1,000,000) suggestion-service {@code submitted} events, each with
 *       a co-signer, are on the topic before deputy-service starts on an empty database; the time from its first
 *       record entry (履职档案) to the last (two per event, each counted once by its key), beside the raw driver
 *       inserting the same entry documents in batches of 1,000;
 *   <li><b>a province register import</b>: {@code --deputies} (50,000) deputies in five congresses, one of each
 *       level (全国、省、市、县、乡), through {@code POST /api/v1/deputies/import} in files of 2,000 lines (within
 *       the request size limit), each entry one document with its {@code deputy-registered} event staged; beside the raw
 *       driver inserting the same documents.
 * </ol>
 */
public final class RegisterBenchmark {

  private static final List<String> CONGRESSES = List.of("C-national", "C-province", "C-city", "C-county", "C-township");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("events", 1_000_000, "deputies", 50_000, "concurrency", 2));
    EmbeddedInfra infra = EmbeddedInfra.shared();
    int events = o.get("events");
    long produceStart = System.nanoTime();
    produce(infra.kafkaBootstrapServers(), events);
    double produceSeconds = (System.nanoTime() - produceStart) / 1e9;

    String db = "bench-deputy-" + UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext app = Load.start(DeputyServiceApplication.builder(), infra, db, Load.serviceArgs(args));
    int exitCode = 0;
    try (MongoClient mongo = MongoClients.create(infra.mongo().uri(db))) {
      MongoCollection<Document> entries = mongo.getDatabase(db).getCollection("record_entries");
      long expected = 2L * events;
      // the first and the last time the count moved: the rebuild's span, without the service's start-up
      long[] firstAndLast = {0, 0};
      long[] seen = {0};
      await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
        long now = entries.estimatedDocumentCount();
        if (now != seen[0]) {
          firstAndLast[1] = System.nanoTime();
          if (seen[0] == 0) {
            firstAndLast[0] = firstAndLast[1];
          }
          seen[0] = now;
        }
        return now >= expected;
      });
      long first = firstAndLast[0];
      long last = firstAndLast[1];
      double rebuildSeconds = (last - first) / 1e9;
      List<Document> sample = entries.find().limit(Math.min(200_000, (int) expected)).into(new ArrayList<>());
      MongoCollection<Document> rawEntries = mongo.getDatabase(db).getCollection("record_entries_raw");
      long rawEntryNanos = Load.timed(1, (sample.size() + 999) / 1000, b -> {
        List<Document> batch = new ArrayList<>();
        for (int i = b * 1000; i < Math.min(sample.size(), b * 1000 + 1000); i++) {
          Document copy = new Document(sample.get(i));
          copy.put("_id", UUID.randomUUID().toString());
          batch.add(copy);
        }
        rawEntries.insertMany(batch);
      });

      ApiClient api = new ApiClient(Load.url(app));
      int deputies = o.get("deputies");
      int perCongress = deputies / CONGRESSES.size();
      List<String[]> files = new ArrayList<>();
      for (String congress : CONGRESSES) {
        // 2,000 lines (≈ 220 KB) stay within the service's request size limit (256 KB) as well as its 5,000 lines
        for (int from = 0; from < perCongress; from += 2000) {
          files.add(new String[] {congress, csv(congress, from, Math.min(perCongress, from + 2000))});
        }
      }
      Map<String, String> staff = new java.util.HashMap<>();
      CONGRESSES.forEach(c -> staff.put(c, infra.issuer().tokenFor(
          new DemoUser("bench-staff-" + c, "工作人员", List.of("COMMITTEE_STAFF"), c, null, null))));
      long importNanos = Load.timed(o.get("concurrency"), files.size(), i -> {
        ApiClient.Response r = api.send("POST", "/api/v1/deputies/import", staff.get(files.get(i)[0]), files.get(i)[1],
            Map.of("Content-Type", "text/csv"));
        Load.check(r, 200);
        if (r.json().path("rejected").size() > 0) {
          throw new IllegalStateException("rejected lines: " + r.json().get("rejected"));
        }
      });
      MongoCollection<Document> stored = mongo.getDatabase(db).getCollection("deputies");
      List<Document> registered = stored.find().into(new ArrayList<>());
      if (registered.size() != CONGRESSES.size() * perCongress) {
        throw new IllegalStateException("registered " + registered.size() + " of " + CONGRESSES.size() * perCongress);
      }
      MongoCollection<Document> raw = mongo.getDatabase(db).getCollection("deputies_raw");
      long rawNanos = Load.timed(o.get("concurrency"), (registered.size() + 999) / 1000, b -> {
        List<Document> batch = new ArrayList<>();
        for (int i = b * 1000; i < Math.min(registered.size(), b * 1000 + 1000); i++) {
          Document copy = new Document(registered.get(i));
          copy.put("_id", UUID.randomUUID().toString());
          batch.add(copy);
        }
        raw.insertMany(batch);
      });

      double rebuildRate = expected / rebuildSeconds;
      double rawEntryRate = sample.size() / (rawEntryNanos / 1e9);
      double importRate = registered.size() / (importNanos / 1e9);
      double rawRate = registered.size() / (rawNanos / 1e9);
      System.out.printf("%n| measure | value |%n|---|---|%n");
      System.out.printf("| %,d submitted events produced before deputy-service starts | %.1f s |%n", events, produceSeconds);
      System.out.printf("| record rebuild: %,d entries from %,d events, first entry to last | %.1f s (%.0f entries/s) |%n",
          expected, events, rebuildSeconds, rebuildRate);
      System.out.printf("| raw driver inserting %,d of the same entry documents (batches of 1,000) | %.0f entries/s |%n",
          sample.size(), rawEntryRate);
      System.out.printf("| ratio rebuild / raw insert | %.2f |%n", rebuildRate / rawEntryRate);
      System.out.printf("| register import through HTTP: %,d deputies in %d congresses, %d files | %.1f s (%.0f /s) |%n",
          registered.size(), CONGRESSES.size(), files.size(), importNanos / 1e9, importRate);
      System.out.printf("| raw driver inserting the same documents (batches of 1,000) | %.0f /s |%n", rawRate);
      System.out.printf("| ratio import / raw insert | %.2f |%n", importRate / rawRate);
    } catch (Throwable failure) {
      failure.printStackTrace();
      exitCode = 1;
    } finally {
      app.close();
      System.exit(exitCode);
    }
  }

  /** {@code count} submitted events as suggestion-service's contract has them, each by a deputy with a co-signer. */
  private static void produce(String bootstrap, int count) throws Exception {
    ObjectNode example = (ObjectNode) JSON.readTree(RegisterBenchmark.class.getResourceAsStream(
        "/lianxin/events/examples/lianxin.suggestion.submitted.v1.json"));
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
        "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName(),
        "acks", "all", "linger.ms", 20, "batch.size", 262_144, "compression.type", "lz4"))) {
      for (int i = 0; i < count; i++) {
        String congress = CONGRESSES.get(i % CONGRESSES.size());
        String id = new UUID(0x5ba0L, i).toString();
        ObjectNode event = example.deepCopy();
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", id);
        event.put("congressid", congress);
        event.put("time", Instant.now().toString());
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("suggestionId", id);
        data.put("congressId", congress);
        data.put("number", "2026 建议 第" + i + "号");
        data.put("proposerDeputyId", "D-" + (i % 10_000));
        data.putArray("coSignerDeputyIds").add("D-" + ((i + 1) % 10_000));
        producer.send(new ProducerRecord<>("lianxin.suggestion.events", id, JSON.writeValueAsString(event)));
      }
      producer.flush();
    }
  }

  private static String csv(String congress, int from, int to) {
    StringBuilder csv = new StringBuilder("deputyId,name,electoralUnit,delegation,deputyGroup,delegationHead,"
        + "standingCommitteeRole,occupation,termStart,termEnd\n");
    for (int i = from; i < to; i++) {
      csv.append("D-").append(congress).append('-').append(i).append(",代表").append(i).append(",第").append(i % 300)
          .append("选区,第").append(i % 40).append("代表团,第").append(i % 400).append("代表小组,")
          .append(i < 40).append(',').append(i % 500 == 0 ? "MEMBER" : "").append(",教师,2023-01-10,2028-01-09\n");
    }
    return csv.toString();
  }

  private RegisterBenchmark() {}
}
