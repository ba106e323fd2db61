package io.lianxin.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.lianxin.supervision.SupervisionServiceApplication;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14's benchmark, a province-scale year of the two lists in one run on one machine:
 * {@code --opinions} review opinions (1,000) of {@code --problems} problems (10), each rectification list
 * with {@code --measures} measures per problem (3), all through HTTP; then
 * <ol>
 *   <li>every measure (or the first {@code --updates}, spread over all opinions) moved to IN_PROGRESS through HTTP ({@code PUT}-like progress, one opinion document
 *       written per update with its event staged) by {@code --concurrency} clients, beside the raw driver
 *       reading and replacing the same documents (version-guarded, as the service does) with as many threads;
 *   <li>the yearly report per body (best of {@code --reports}) beside the raw driver reading the same documents.
 * </ol>
 */
public final class SupervisionBenchmark {

  private static final String CONGRESS = "C-bench";
  private static final int UNITS = 50;

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("opinions", 1000, "problems", 10, "measures", 3,
        "concurrency", 8, "reports", 5, "updates", 0));
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String db = "bench-supervision-" + UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext app = Load.start(SupervisionServiceApplication.builder(), infra, db,
        Load.serviceArgs(args));
    int exitCode = 0;
    try (MongoClient mongo = MongoClients.create(infra.mongo().uri(db))) {
      ApiClient api = new ApiClient(Load.url(app));
      RegisterCopyStore register = app.getBean(RegisterCopyStore.class);
      for (int u = 0; u < UNITS; u++) {
        register.put(new RegisteredUnit("U" + u, CONGRESS, "承办单位 " + u, true), "0000000000000001.0000");
      }
      String staff = infra.issuer().tokenFor(new DemoUser("bench-staff", "工作人员", List.of("COMMITTEE_STAFF"), CONGRESS, null, null));
      List<String> handlers = IntStream.range(0, UNITS).mapToObj(u -> infra.issuer().tokenFor(
          new DemoUser("bench-handler-" + u, "承办人", List.of("UNIT_HANDLER"), CONGRESS, null, "U" + u))).toList();
      int opinions = o.get("opinions");
      int problems = o.get("problems");
      int perProblem = o.get("measures");
      int concurrency = o.get("concurrency");
      List<String> problemTexts = IntStream.rangeClosed(1, problems).mapToObj(p -> "问题 " + p + "：整改进度滞后").toList();
      String dueOn = LocalDate.now().plusMonths(6).toString();
      List<Map<String, Object>> measures = new ArrayList<>();
      for (int p = 1; p <= problems; p++) {
        for (int m = 0; m < perProblem; m++) {
          measures.add(Map.of("problemNumbers", List.of(p), "action", "整改措施 " + p + "-" + m, "owner", "责任科室",
              "dueOn", dueOn));
        }
      }
      String[] ids = new String[opinions];
      long setupStart = System.nanoTime();
      Load.timed(concurrency, opinions, i -> {
        ApiClient.Response issued = api.post("/api/v1/opinions", staff, Map.of("title", "审议意见 " + i,
            "text", "常委会组成人员审议认为……", "bodyUnitId", "U" + (i % UNITS), "problems", problemTexts));
        Load.check(issued, 201);
        ids[i] = issued.json().get("opinionId").asString();
        Load.check(api.post("/api/v1/opinions/" + ids[i] + "/rectification-list", handlers.get(i % UNITS),
            Map.of("measures", measures)), 200);
      });
      double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

      int perOpinion = measures.size();
      // --updates bounds the run (0: every measure once); they are spread over all opinions either way
      int updates = o.get("updates") > 0 ? Math.min(o.get("updates"), opinions * perOpinion) : opinions * perOpinion;
      // updates spread over opinions the way several bodies' handlers work at once: consecutive jobs on different documents
      long httpNanos = Load.timed(concurrency, updates, k -> {
        int i = k % opinions;
        int m = k / opinions + 1;
        Load.check(api.post("/api/v1/opinions/" + ids[i] + "/measures/M" + m + "/progress", handlers.get(i % UNITS),
            Map.of("status", "IN_PROGRESS")), 200);
      });

      MongoCollection<Document> stored = mongo.getDatabase(db).getCollection("opinions");
      MongoCollection<Document> raw = mongo.getDatabase(db).getCollection("opinions_raw");
      List<Document> copies = new ArrayList<>();
      for (Document d : stored.find()) {
        copies.add(d);
      }
      raw.insertMany(copies);
      long rawNanos = Load.timed(concurrency, updates, k -> {
        Object id = copies.get(k % opinions).get("_id");
        Document current = raw.find(Filters.eq("_id", id)).first();
        long version = current.get("version") instanceof Number n ? n.longValue() : 0L;
        Document next = new Document(current);
        next.put("version", version + 1);
        next.put("benchUpdate", k);
        if (raw.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", current.get("version"))), next)
            .getModifiedCount() != 1) {
          throw new IllegalStateException("lost a raw update of " + id);
        }
      });

      int year = LocalDate.now().getYear();
      int reports = o.get("reports");
      long reportNanos = Long.MAX_VALUE;
      long readNanos = Long.MAX_VALUE;
      for (int r = 0; r < reports; r++) {
        long t0 = System.nanoTime();
        ApiClient.Response report = api.get("/api/v1/reports/opinions?year=" + year, staff);
        reportNanos = Math.min(reportNanos, System.nanoTime() - t0);
        Load.check(report, 200);
        long reported = report.json().get("total").get("opinions").asLong();
        if (reported != opinions) {
          throw new IllegalStateException("the report counted " + reported + " of " + opinions + " opinions");
        }
        long t1 = System.nanoTime();
        int read = 0;
        for (Document ignored : stored.find(Filters.and(Filters.eq("congressId", CONGRESS), Filters.eq("issuedInYear", year)))
            .batchSize(500)) {
          read++;
        }
        readNanos = Math.min(readNanos, System.nanoTime() - t1);
        if (read != opinions) {
          throw new IllegalStateException("raw read " + read + " of " + opinions);
        }
      }

      double httpRate = updates / (httpNanos / 1e9);
      double rawRate = updates / (rawNanos / 1e9);
      System.out.printf("%n| measure | value |%n|---|---|%n");
      System.out.printf("| setup through HTTP: %,d opinions × %d problems, lists of %d measures | %.1f s |%n", opinions,
          problems, perOpinion, setupSeconds);
      System.out.printf("| measure updates through HTTP (%,d, %d clients) | %.0f /s |%n", updates, concurrency, httpRate);
      System.out.printf("| raw driver read + version-guarded replace of the same documents, same threads | %.0f /s |%n", rawRate);
      System.out.printf("| ratio HTTP / raw driver | %.2f |%n", httpRate / rawRate);
      System.out.printf("| yearly report over %,d opinions, HTTP (best of %d) | %.3f s |%n", opinions, reports, reportNanos / 1e9);
      System.out.printf("| raw driver reading the same documents (best of %d) | %.3f s |%n", reports, readNanos / 1e9);
      System.out.printf("| ratio report / raw read | %.2f |%n", (double) reportNanos / readNanos);
    } catch (Throwable failure) {
      failure.printStackTrace();
      exitCode = 1;
    } finally {
      app.close();
      System.exit(exitCode);
    }
  }

  private SupervisionBenchmark() {}
}
