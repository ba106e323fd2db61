package io.lianxin.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.voting.VotingServiceApplication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's benchmarks, side by side in one run on one machine:
 *
 * <ol>
 *   <li>plenary burst: {@code --voters} deputies signed in to one secret in-person poll (25
 *       candidate projects, choose up to 20) cast their ballots through HTTP as fast as
 *       {@code --concurrency} clients can — ballots per second, p50/p99 latency — beside the raw
 *       driver inserting ballot documents of the same shape; then close → tally → publish timed,
 *       and the verifier run on the published box;
 *   <li>public-support burst: {@code --supporters} residents support proposals of a programme
 *       (one support each, spread over 10 proposals) — supports per second — beside the raw
 *       driver doing the same insert + counter update.
 * </ol>
 *
 * Options: {@code --voters=3000 --supporters=5000 --concurrency=16}.
 */
public final class VotingBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("voters", 3000, "supporters", 5000, "concurrency", 16));
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String database = "bench-voting-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> serviceArgs = new ArrayList<>(List.of("--spring.config.name=voting-service"));
    serviceArgs.addAll(Load.serviceArgs(args));
    ConfigurableApplicationContext voting = Load.start(VotingServiceApplication.builder(), infra, database, serviceArgs);
    int exitCode = 0;
    try (MongoClient mongo = MongoClients.create(infra.mongo().uri("bench"))) {
      ApiClient api = new ApiClient(Load.url(voting));
      String staff = infra.issuer().tokenFor(DemoUsers.get("staff@qingshan"));
      int voters = o.get("voters");
      int concurrency = o.get("concurrency");
      System.out.printf("warm-up …%n");
      plenary(api, infra, staff, 300, concurrency, null);
      Map<String, Double> plenary = plenary(api, infra, staff, voters, concurrency,
          mongo.getDatabase(database).getCollection("ballots_raw"));
      Map<String, Double> supports = supports(api, infra, staff, o.get("supporters"), concurrency,
          mongo.getDatabase(database));

      System.out.printf("%n| measure | value |%n|---|---|%n");
      System.out.printf("| plenary: secret ballots through HTTP (%d voters, %d clients) | %.0f /s |%n", voters, concurrency,
          plenary.get("http"));
      System.out.printf("| raw driver inserts of the same ballot documents, same server, same clients | %.0f /s |%n",
          plenary.get("raw"));
      System.out.printf("| ratio HTTP / raw driver | %.2f |%n", plenary.get("http") / plenary.get("raw"));
      System.out.printf("| ballot latency p50 / p99 / max | %.1f / %.1f / %.1f ms |%n", plenary.get("p50"),
          plenary.get("p99"), plenary.get("max"));
      System.out.printf("| close → tally → publish (3 HTTP calls, %d ballots) | %.2f s |%n", voters, plenary.get("publish"));
      System.out.printf("| verifier on the published box (POST of %.1f MB) | %.2f s |%n", plenary.get("mb"),
          plenary.get("verify"));
      System.out.printf("| public supports through HTTP (%d residents, %d clients) | %.0f /s |%n", o.get("supporters"),
          concurrency, supports.get("http"));
      System.out.printf("| raw driver insert + counter update, same server, same clients | %.0f /s |%n",
          supports.get("raw"));
      System.out.printf("| ratio HTTP / raw driver | %.2f |%n", supports.get("http") / supports.get("raw"));
    } catch (Throwable failure) {
      failure.printStackTrace();
      exitCode = 1;
    } finally {
      voting.close();
      System.exit(exitCode);
    }
  }

  private static Map<String, Double> plenary(ApiClient api, EmbeddedInfra infra, String staff, int voters,
      int concurrency, MongoCollection<Document> raw) throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    List<String> roll = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < voters; i++) {
      String id = "D-" + tag + "-" + i;
      roll.add(id);
      tokens.add(infra.issuer().tokenFor(DemoUser.deputy("bench" + i, "代表" + i, DemoUsers.COUNTY, id)));
    }
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      items.add("项目" + i);
    }
    Map<String, Object> create = new HashMap<>(Map.of("kind", "LIVELIHOOD_PROJECTS", "title", "基准测试票决",
        "method", "APPROVAL", "items", items, "roll", roll, "seats", 20, "maxChoices", 20));
    create.put("inPerson", true);
    ApiClient.Response created = api.post("/api/v1/polls", staff, create);
    Load.check(created, 201);
    String path = "/api/v1/polls/" + created.json().get("id").asString();
    Load.check(api.post(path + "/opening", staff, Map.of()), 200);
    for (int from = 0; from < voters; from += 2000) {
      Load.check(api.post(path + "/attendance", staff, Map.of("voterIds", roll.subList(from, Math.min(voters, from + 2000)))), 200);
    }
    List<Map<String, String>> ballots = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < voters; i++) {
      Map<String, String> answers = new HashMap<>();
      int choices = 1 + random.nextInt(20);
      while (answers.size() < choices) {
        answers.put(items.get(random.nextInt(items.size())), "APPROVE");
      }
      ballots.add(answers);
    }
    Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
    long httpNanos = Load.timed(concurrency, voters, i -> {
      long t0 = System.nanoTime();
      Load.check(api.post(path + "/ballots", tokens.get(i), Map.of("answers", ballots.get(i))), 201);
      latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
    });
    Map<String, Double> out = new HashMap<>();
    out.put("http", voters / (httpNanos / 1e9));
    out.put("p50", latency.getValueAtPercentile(50) / 1000.0);
    out.put("p99", latency.getValueAtPercentile(99) / 1000.0);
    out.put("max", latency.getMaxValue() / 1000.0);
    if (raw != null) {
      long rawNanos = Load.timed(concurrency, voters, i -> raw.insertOne(new Document("_id", UUID.randomUUID().toString())
          .append("pollId", path).append("answers", new Document(new HashMap<String, Object>(ballots.get(i))))
          .append("receipt", "ABCDEFGHJKLM")));
      out.put("raw", voters / (rawNanos / 1e9));
    }
    long closeStart = System.nanoTime();
    Load.check(api.post(path + "/closing", staff, Map.of()), 200);
    Load.check(api.post(path + "/tally", staff, Map.of()), 200);
    Load.check(api.post(path + "/publication", staff, Map.of()), 200);
    out.put("publish", (System.nanoTime() - closeStart) / 1e9);
    ApiClient.Response published = api.get(path + "/result", staff);
    Load.check(published, 200);
    out.put("mb", published.body().length() / 1e6);
    long verifyStart = System.nanoTime();
    JsonNode verification = api.post("/api/v1/public/verifier", null, published.json()).json();
    out.put("verify", (System.nanoTime() - verifyStart) / 1e9);
    if (!verification.get("digestMatches").asBoolean() || !verification.get("resultMatches").asBoolean()) {
      throw new IllegalStateException("the published result did not verify: " + verification);
    }
    return out;
  }

  private static Map<String, Double> supports(ApiClient api, EmbeddedInfra infra, String staff, int supporters,
      int concurrency, com.mongodb.client.MongoDatabase database) throws Exception {
    ApiClient.Response programme = api.post("/api/v1/programmes", staff, Map.of("year", 2027, "title", "基准测试民生实事",
        "seats", 5, "collectingUntil", Instant.now().plusSeconds(86_400).toString()));
    Load.check(programme, 201);
    String citizen = infra.issuer().tokenFor(DemoUsers.get("citizen1@qingshan"));
    List<String> proposals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ApiClient.Response p = api.post("/api/v1/programmes/" + programme.json().get("id").asString() + "/proposals",
          citizen, Map.of("title", "项目" + i, "description", "基准测试项目"));
      Load.check(p, 201);
      proposals.add(p.json().get("id").asString());
    }
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < supporters; i++) {
      tokens.add(infra.issuer().tokenFor(new DemoUser("resident" + i, "居民" + i, List.of("PUBLIC"), DemoUsers.COUNTY,
          null, null)));
    }
    long httpNanos = Load.timed(concurrency, supporters, i ->
        Load.check(api.post("/api/v1/proposals/" + proposals.get(i % 10) + "/supports", tokens.get(i), Map.of()), 201));
    MongoCollection<Document> rawSupports = database.getCollection("supports_raw");
    MongoCollection<Document> rawCounts = database.getCollection("support_counts_raw");
    long rawNanos = Load.timed(concurrency, supporters, i -> {
      rawSupports.insertOne(new Document("_id", proposals.get(i % 10) + "|resident" + i)
          .append("proposalId", proposals.get(i % 10)).append("personId", "resident" + i));
      rawCounts.updateOne(new Document("_id", proposals.get(i % 10)), Updates.inc("count", 1),
          new UpdateOptions().upsert(true));
    });
    return Map.of("http", supporters / (httpNanos / 1e9), "raw", supporters / (rawNanos / 1e9));
  }

}
