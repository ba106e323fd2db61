package io.lianxin.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.suggestion.SuggestionServiceApplication;
import io.lianxin.suggestion.domain.AssignTo;
import io.lianxin.suggestion.domain.CongressLevel;
import io.lianxin.suggestion.domain.Rating;
import io.lianxin.suggestion.domain.ReplyCategory;
import io.lianxin.suggestion.domain.ReplyContent;
import io.lianxin.suggestion.domain.ReplyReviewScope;
import io.lianxin.suggestion.domain.Session;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionNumber;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.EmbeddedInfra;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue 3's benchmarks, in one run on one machine:
 * <ol>
 *   <li>submissions through HTTP (create + submit with its number, one write, events published);
 *   <li>registration, then batch assignment (集中交办) through HTTP in batches of {@code --batch};
 *   <li>the handling report over {@code --items} suggestions of one congress and year (a
 *       province-wide year: 100,000), through HTTP, beside the raw driver reading the same
 *       documents — the floor any report over them has to pay.
 * </ol>
 */
public final class SuggestionBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("submits", 2000, "concurrency", 8, "batch", 100,
        "items", 100_000, "reports", 5));
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String db = "bench-sugg-" + UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext app = Load.start(SuggestionServiceApplication.builder(), infra, db,
        Load.serviceArgs(args));
    int exitCode = 0;
    try (MongoClient mongo = MongoClients.create(infra.mongo().uri(db))) {
      ApiClient api = new ApiClient(Load.url(app));
      DemoUser deputyUser = new DemoUser("bench-deputy", "代表", List.of("DEPUTY"), "C-bench", "D-bench", null);
      DemoUser staffUser = new DemoUser("bench-staff", "工作人员", List.of("COMMITTEE_STAFF"), "C-bench", null, null);
      // the 32 units items are assigned to, as deputy-service's register would have told the service
      var register = app.getBean(io.lianxin.suggestion.application.port.RegisterCopyStore.class);
      for (int u = 0; u < 32; u++) {
        register.put(new io.lianxin.suggestion.domain.RegisteredUnit("U" + u, "C-bench", "单位 " + u, true, null),
            "0000000000000001.0000");
      }
      String deputy = infra.issuer().tokenFor(deputyUser);
      String staff = infra.issuer().tokenFor(staffUser);
      int submits = o.get("submits");
      int concurrency = o.get("concurrency");

      Load.timed(concurrency, 300, i -> api.post("/api/v1/suggestions", deputy, body(i))); // warm-up
      List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
      long submitNanos = Load.timed(concurrency, submits, i -> {
        ApiClient.Response r = api.post("/api/v1/suggestions", deputy, body(i));
        Load.check(r, 201);
        ids.add(r.json().get("id").asString());
      });
      long registerNanos = Load.timed(concurrency, ids.size(),
          i -> Load.check(api.post("/api/v1/suggestions/" + ids.get(i) + "/registration", staff, Map.of()), 200));
      int batch = o.get("batch");
      List<List<String>> batches = new ArrayList<>();
      for (int i = 0; i < ids.size(); i += batch) {
        batches.add(ids.subList(i, Math.min(ids.size(), i + batch)));
      }
      long assignNanos = Load.timed(concurrency, batches.size(), i -> {
        List<Map<String, Object>> items = batches.get(i).stream()
            .map(id -> Map.<String, Object>of("suggestionId", id, "leadUnitId", "U" + (id.hashCode() & 31))).toList();
        ApiClient.Response r = api.post("/api/v1/suggestions/assignments", staff, Map.of("items", items));
        Load.check(r, 200);
        r.json().get("items").forEach(result -> {
          if (!result.get("assigned").asBoolean()) {
            throw new IllegalStateException("not assigned: " + result);
          }
        });
      });

      int items = o.get("items");
      int year = 2025; // a year of its own, so the report sees exactly the loaded items
      long loadNanos = load(app.getBean(MongoTemplate.class), items, year);
      MongoCollection<Document> collection = mongo.getDatabase(db).getCollection(SuggestionDocument.COLLECTION);
      int reports = o.get("reports");
      long reportNanos = Long.MAX_VALUE;
      long rawNanos = Long.MAX_VALUE;
      int reported = 0;
      for (int r = 0; r < reports; r++) {
        long t0 = System.nanoTime();
        ApiClient.Response report = api.get("/api/v1/suggestions/statistics?year=" + year, staff);
        reportNanos = Math.min(reportNanos, System.nanoTime() - t0);
        Load.check(report, 200);
        reported = report.json().get("totals").get("items").asInt();
        long t1 = System.nanoTime();
        int read = 0;
        for (Document ignored : collection.find(new Document("item.congressId", "C-bench").append("item.number.year", year))
            .batchSize(500)) {
          read++;
        }
        rawNanos = Math.min(rawNanos, System.nanoTime() - t1);
        if (read != items) {
          throw new IllegalStateException("raw read " + read + " of " + items);
        }
      }
      if (reported != items) {
        throw new IllegalStateException("report counted " + reported + " of " + items);
      }
      System.out.printf("%n| measure | value |%n|---|---|%n");
      System.out.printf("| submissions through HTTP (%d, %d clients) | %.0f /s |%n", submits, concurrency, submits / sec(submitNanos));
      System.out.printf("| registrations through HTTP | %.0f /s |%n", ids.size() / sec(registerNanos));
      System.out.printf("| batch assignment through HTTP (batches of %d) | %.0f items/s |%n", batch, ids.size() / sec(assignNanos));
      System.out.printf("| loading %,d suggestions with the raw driver (setup) | %.1f s |%n", items, sec(loadNanos));
      System.out.printf("| handling report over %,d suggestions, HTTP (best of %d) | %.2f s |%n", items, reports, sec(reportNanos));
      System.out.printf("| raw driver reading the same %,d documents (best of %d) | %.2f s |%n", items, reports, sec(rawNanos));
      System.out.printf("| ratio report / raw read | %.2f |%n", (double) reportNanos / rawNanos);
    } catch (Throwable failure) {
      failure.printStackTrace();
      exitCode = 1;
    } finally {
      app.close();
      System.exit(exitCode);
    }
  }

  /** Stores {@code count} items in varied states, built by the domain so their shape is real. */
  static long load(MongoTemplate mongo, int count, int year) {
    SuggestionPolicy policy = SuggestionPolicy.defaults(java.time.ZoneId.of("Asia/Shanghai"));
    CurrentUser staff = user("s", Role.COMMITTEE_STAFF, null, null);
    long t0 = System.nanoTime();
    List<Document> chunk = new ArrayList<>();
    Instant start = LocalDate.of(year, 3, 1).atStartOfDay(policy.zone()).toInstant();
    for (int i = 0; i < count; i++) {
      CurrentUser deputy = user("d" + (i % 3000), Role.DEPUTY, "D" + (i % 3000), null);
      String unit = "U" + (i % 400);
      CurrentUser handler = user("h", Role.UNIT_HANDLER, null, unit);
      CurrentUser head = user("k", Role.UNIT_HEAD, null, unit);
      Suggestion s = Suggestion.draft(UUID.randomUUID().toString(), deputy, new SuggestionDraft(SuggestionKind.SUGGESTION,
          Session.SESSION, "建议 " + i, "关于民生事项的建议内容，编号 " + i, SuggestionCategory.values()[i % 12], List.of(), false),
          start);
      s.submit(deputy, CongressLevel.PROVINCIAL, policy, new SuggestionNumber(year, SuggestionKind.SUGGESTION, i + 1), start);
      if (i % 10 != 0) {
        s.register(staff, null, List.of());
        s.assign(staff, new AssignTo(unit, List.of(), false), policy, start);
        s.accept(handler, "承办人", "领导", start);
        if (i % 10 > 2) {
          ReplyCategory category = ReplyCategory.values()[i % 3];
          ReplyContent reply = ReplyContent.of(category, "答复内容");
          if (category == ReplyCategory.C) {
            reply = reply.because("条件限制");
          } else if (category == ReplyCategory.B) {
            reply = reply.promising(List.of(new Suggestion.CommitmentDraft("承诺", LocalDate.of(year, 12, 31))));
          }
          s.draftReply(handler, reply, policy, start.plusSeconds(86_400L * 30));
          // the benchmark's congress sends replies as the unit head signs them (no committee review step)
          s.signReply(head, ReplyReviewScope.offFor("C-bench"), policy, start.plusSeconds(86_400L * 31));
          if (i % 10 > 4) {
            s.evaluate(deputy, Rating.values()[i % 3], null, policy, start.plusSeconds(86_400L * 35));
          }
        }
      }
      s.takeEvents();
      Document doc = new Document();
      mongo.getConverter().write(SuggestionDocument.of(s), doc);
      doc.put("version", 1L);
      chunk.add(doc);
      if (chunk.size() == 1000) {
        mongo.getCollection(SuggestionDocument.COLLECTION).insertMany(chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      mongo.getCollection(SuggestionDocument.COLLECTION).insertMany(chunk);
    }
    return System.nanoTime() - t0;
  }

  static CurrentUser user(String subject, Role role, String deputyId, String unitId) {
    return new CurrentUser(subject, subject, Set.of(role), "C-bench", deputyId, unitId);
  }


  static Map<String, Object> body(int i) {
    return Map.of("title", "基准测试建议 " + i, "body", "建议在城区增设公共充电桩，方便新能源车主。", "category", "TRANSPORT");
  }


  static double sec(long nanos) {
    return nanos / 1e9;
  }
}
