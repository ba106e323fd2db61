package io.lianxin.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.lianxin.benchmarks.floor.FrameworkFloorApplication;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.voting.VotingServiceApplication;
import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.EncryptedBallot;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.trustee.Trustee;
import io.lianxin.voting.trustee.TrusteeState;
import org.bouncycastle.math.ec.ECPoint;
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
 *   <li>plenary burst: {@code --voters} deputies signed in to one secret in-person poll keyed by
 *       3 scrutineers (2 decrypt) — {@code --items=1}: an appointment vote, YES/NO/ABSTAIN; more:
 *       approval of up to 4/5 of them — cast encrypted ballots through HTTP as fast as
 *       {@code --concurrency} clients can, half as plaintext the service encrypts, half encrypted
 *       by the client; beside the same JVM only encrypting and only verifying the same ballots,
 *       and the raw driver inserting ballot documents of the same shape; then the count
 *       (homomorphic sums), the decryption by two scrutineers, publication and the verifier on
 *       the published election record, each timed; and the <em>framework floor</em>
 *       ({@link FrameworkFloorApplication}): the same requests, tokens and bodies to a minimal Spring
 *       Boot endpoint in the same JVM that checks the JWT, binds the body and inserts one document;
 *   <li>a named (记名) plenary: {@code --voters} plaintext ballots through HTTP beside the same
 *       requests to the floor;
 *   <li>public-support burst: {@code --supporters} residents support proposals of a programme
 *       (one support each, spread over 10 proposals) — supports per second — beside the raw
 *       driver doing the same insert + counter update.
 * </ol>
 *
 * Options: {@code --voters=3000 --supporters=5000 --concurrency=16}.
 */
public final class VotingBenchmark {

  private static final List<String> SCRUTINEERS = List.of("D-bench-901", "D-bench-902", "D-bench-903");

  public static void main(String[] args) throws Exception {
    Map<String, Integer> o = Load.options(args, Map.of("voters", 3000, "items", 1, "supporters", 5000, "concurrency", 16,
        "secret", 1));
    EmbeddedInfra infra = EmbeddedInfra.shared();
    String database = "bench-voting-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> serviceArgs = new ArrayList<>(List.of("--spring.config.name=voting-service"));
    serviceArgs.addAll(Load.serviceArgs(args));
    ConfigurableApplicationContext voting = Load.start(VotingServiceApplication.builder(), infra, database, serviceArgs);
    ConfigurableApplicationContext floor = Load.start(FrameworkFloorApplication.builder(), infra, database, Load.serviceArgs(args));
    int exitCode = 0;
    try (MongoClient mongo = MongoClients.create(infra.mongo().uri("bench"))) {
      ApiClient api = new ApiClient(Load.url(voting));
      ApiClient floorApi = new ApiClient(Load.url(floor));
      String staff = infra.issuer().tokenFor(DemoUsers.get("staff@qingshan"));
      int voters = o.get("voters");
      int concurrency = o.get("concurrency");
      boolean secret = o.get("secret") != 0; // --secret=0: only the paths the framework dominates (named, supports)
      System.out.printf("warm-up …%n");
      if (secret) {
        plenary(api, floorApi, infra, staff, 300, o.get("items"), concurrency, null);
      }
      named(api, floorApi, infra, staff, 300, concurrency);
      Map<String, Double> named = named(api, floorApi, infra, staff, voters, concurrency);
      Map<String, Double> supports = supports(api, infra, staff, o.get("supporters"), concurrency,
          mongo.getDatabase(database));
      if (!secret) {
        printFrameworkPaths(voters, concurrency, o.get("supporters"), named, supports);
        return;
      }
      Map<String, Double> plenary = plenary(api, floorApi, infra, staff, voters, o.get("items"), concurrency,
          mongo.getDatabase(database).getCollection("ballots_raw"));

      System.out.printf("%n| measure | value |%n|---|---|%n");
      System.out.printf("| plenary (%d voters, %d item(s), %d clients): encrypted ballots through HTTP, all | %.0f /s |%n",
          voters, o.get("items"), concurrency, plenary.get("http"));
      System.out.printf("| — the service encrypts (plaintext request), half the voters | %.0f /s |%n",
          plenary.get("httpServerEncrypts"));
      System.out.printf("| — the voter's client encrypted, the other half | %.0f /s |%n", plenary.get("httpClientEncrypted"));
      System.out.printf("| same JVM, same threads: only verifying the same ballots' proofs | %.0f /s |%n",
          plenary.get("verifyOnly"));
      System.out.printf("| same JVM, same threads: only encrypting them with their proofs | %.0f /s |%n",
          plenary.get("encryptOnly"));
      System.out.printf("| ratio client-encrypted through HTTP / verifying only | %.2f |%n",
          plenary.get("httpClientEncrypted") / plenary.get("verifyOnly"));
      System.out.printf("| raw driver inserts of the same ballot documents, same server, same clients | %.0f /s |%n",
          plenary.get("raw"));
      System.out.printf("| framework floor: the same requests to a minimal Spring Boot endpoint (JWT, JSON, one insert), all | %.0f /s |%n",
          plenary.get("floor"));
      System.out.printf("| — floor with the plaintext body / with the encrypted body | %.0f /s / %.0f /s |%n",
          plenary.get("floorServerEncrypts"), plenary.get("floorClientEncrypted"));
      System.out.printf("| ratio Lianxin / raw driver | %.3f |%n", plenary.get("http") / plenary.get("raw"));
      System.out.printf("| ratio Lianxin / floor | %.3f |%n", plenary.get("http") / plenary.get("floor"));
      System.out.printf("| plenary of %d secret ballots through HTTP took | %.1f s |%n", voters, voters / plenary.get("http"));
      System.out.printf("| ballot latency p99, all secret ballots | %.1f ms |%n", plenary.get("p99"));
      System.out.printf("| ballot latency p50 / p99, the service encrypting | %.1f / %.1f ms |%n", plenary.get("serverP50"),
          plenary.get("serverP99"));
      System.out.printf("| ballot latency p50 / p99, client-encrypted | %.1f / %.1f ms |%n", plenary.get("clientP50"),
          plenary.get("clientP99"));
      System.out.printf("| floor latency p50 / p99 (all) | %.1f / %.1f ms |%n", plenary.get("floorP50"),
          plenary.get("floorP99"));
      System.out.printf("| named poll (%d voters, plaintext answers): ballots through HTTP | %.0f /s |%n", voters,
          named.get("http"));
      System.out.printf("| — the same requests to the floor | %.0f /s |%n", named.get("floor"));
      System.out.printf("| — ratio Lianxin / floor | %.3f |%n", named.get("http") / named.get("floor"));
      System.out.printf("| — latency p50 / p99 Lianxin; floor | %.1f / %.1f ms; %.1f / %.1f ms |%n", named.get("httpP50"),
          named.get("httpP99"), named.get("floorP50"), named.get("floorP99"));
      System.out.printf("| count: homomorphic sums of %d ballots (POST /tally) | %.2f s |%n", voters, plenary.get("tally"));
      System.out.printf("| decryption by 2 of 3 scrutineers (their shares with proofs, checked) | %.2f s |%n",
          plenary.get("decrypt"));
      System.out.printf("| publish | %.2f s |%n", plenary.get("publish"));
      System.out.printf("| verifier on the published election record (POST of %.1f MB) | %.2f s |%n", plenary.get("mb"),
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
      floor.close();
      voting.close();
      System.exit(exitCode);
    }
  }

  private static void printFrameworkPaths(int voters, int concurrency, int supporters, Map<String, Double> named,
      Map<String, Double> supports) {
    System.out.printf("%n| measure | value |%n|---|---|%n");
    System.out.printf("| named poll (%d voters, plaintext answers, %d clients): ballots through HTTP | %.0f /s |%n", voters,
        concurrency, named.get("http"));
    System.out.printf("| — the same requests to the floor | %.0f /s |%n", named.get("floor"));
    System.out.printf("| — ratio Lianxin / floor | %.3f |%n", named.get("http") / named.get("floor"));
    System.out.printf("| — latency p50 / p99 Lianxin; floor | %.1f / %.1f ms; %.1f / %.1f ms |%n", named.get("httpP50"),
        named.get("httpP99"), named.get("floorP50"), named.get("floorP99"));
    System.out.printf("| public supports through HTTP (%d residents) | %.0f /s |%n", supporters, supports.get("http"));
    System.out.printf("| raw driver insert + counter update, same server, same clients | %.0f /s |%n", supports.get("raw"));
    System.out.printf("| ratio HTTP / raw driver | %.2f |%n", supports.get("http") / supports.get("raw"));
  }

  /** Voter ids D-tag-i of one plenary and their tokens. */
  private record Voters(List<String> roll, List<String> tokens) {
    static Voters of(EmbeddedInfra infra, int voters) {
      String tag = UUID.randomUUID().toString().substring(0, 6);
      List<String> roll = new ArrayList<>();
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < voters; i++) {
        String id = "D-" + tag + "-" + i;
        roll.add(id);
        tokens.add(infra.issuer().tokenFor(DemoUser.deputy("bench" + i, "代表" + i, DemoUsers.COUNTY, id)));
      }
      return new Voters(roll, tokens);
    }
  }

  /** A rate and a latency histogram (µs) of one burst of requests. */
  private record Burst(double rate, Histogram latency) {
    static Burst of(int concurrency, int from, int to, Load.Job request) throws Exception {
      Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
      long nanos = Load.timed(concurrency, to - from, j -> {
        long t0 = System.nanoTime();
        request.run(from + j);
        latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
      });
      return new Burst((to - from) / (nanos / 1e9), latency);
    }

    double p(double percentile) {
      return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The rate of two bursts run one after the other. */
    double rateWith(Burst other, int first, int second) {
      return (first + second) / (first / rate + second / other.rate);
    }

    Histogram with(Burst other) {
      Histogram all = latency.copy();
      all.add(other.latency);
      return all;
    }
  }

  /**
   * A named (记名) in-person poll of one YES/NO/ABSTAIN item: every voter sends plaintext answers
   * through HTTP, then the same requests go to the floor.
   */
  private static Map<String, Double> named(ApiClient api, ApiClient floorApi, EmbeddedInfra infra, String staff,
      int voters, int concurrency) throws Exception {
    Voters v = Voters.of(infra, voters);
    ApiClient.Response created = api.post("/api/v1/polls", staff, Map.of("kind", "APPOINTMENT", "title", "基准测试记名表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("项目1"), "roll", v.roll(), "secret", false, "inPerson", true));
    Load.check(created, 201);
    String pollId = created.json().get("id").asString();
    String path = "/api/v1/polls/" + pollId;
    Load.check(api.post(path + "/opening", staff, Map.of()), 200);
    for (int from = 0; from < voters; from += 2000) {
      Load.check(api.post(path + "/attendance", staff, Map.of("voterIds", v.roll().subList(from, Math.min(voters, from + 2000)))), 200);
    }
    List<String> answers = List.of("YES", "NO", "ABSTAIN");
    Burst http = Burst.of(concurrency, 0, voters, i ->
        Load.check(api.post(path + "/ballots", v.tokens().get(i), Map.of("answers", Map.of("项目1", answers.get(i % 3)))), 201));
    Burst floor = Burst.of(concurrency, 0, voters, i -> Load.check(floorApi.post("/floor/polls/" + pollId + "/ballots",
        v.tokens().get(i), Map.of("answers", Map.of("项目1", answers.get(i % 3)))), 201));
    return Map.of("http", http.rate(), "floor", floor.rate(), "httpP50", http.p(50), "httpP99", http.p(99),
        "floorP50", floor.p(50), "floorP99", floor.p(99));
  }

  private static Map<String, Double> plenary(ApiClient api, ApiClient floorApi, EmbeddedInfra infra, String staff,
      int voters, int items, int concurrency, MongoCollection<Document> raw) throws Exception {
    Voters v = Voters.of(infra, voters);
    List<String> roll = v.roll();
    List<String> tokens = v.tokens();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= items; i++) {
      names.add("项目" + i);
    }
    int seats = Math.max(1, items * 4 / 5);
    boolean approval = items > 1;
    Map<String, Object> create = new HashMap<>(Map.of("kind", approval ? "LIVELIHOOD_PROJECTS" : "APPOINTMENT",
        "title", "基准测试票决", "method", approval ? "APPROVAL" : "YES_NO_ABSTAIN", "items", names, "roll", roll));
    if (approval) {
      create.put("seats", seats);
      create.put("maxChoices", seats);
    }
    create.put("inPerson", true);
    create.put("scrutineers", SCRUTINEERS);
    ApiClient.Response created = api.post("/api/v1/polls", staff, create);
    Load.check(created, 201);
    String pollId = created.json().get("id").asString();
    String path = "/api/v1/polls/" + pollId;
    List<Trustee> trustees = new ArrayList<>();
    for (String s : SCRUTINEERS) {
      trustees.add(new Trustee(api.baseUrl() + path, infra.issuer().tokenFor(
          DemoUser.deputy("scrutineer-" + s, "监票人", DemoUsers.COUNTY, s)), TrusteeState.empty()));
    }
    trustees.forEach(Trustee::commit);
    trustees.forEach(Trustee::sendShares);
    trustees.forEach(Trustee::confirm);
    Load.check(api.post(path + "/opening", staff, Map.of()), 200);
    for (int from = 0; from < voters; from += 2000) {
      Load.check(api.post(path + "/attendance", staff, Map.of("voterIds", roll.subList(from, Math.min(voters, from + 2000)))), 200);
    }
    JsonNode key = api.get(path + "/key-ceremony", staff).json();
    ECPoint publicKey = Group.point(key.get("publicKey").asString());
    String context = EncryptedBallot.context(pollId, publicKey);
    PollSpec spec = new PollSpec(approval ? PollMethod.APPROVAL : PollMethod.YES_NO_ABSTAIN, names, voters,
        PassingRule.majorityOfAllMembers(), approval ? seats : null, 0, approval ? seats : 1, 50, 60);
    List<Map<String, String>> answers = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < voters; i++) {
      Map<String, String> a = new HashMap<>();
      if (approval) {
        int choices = 1 + random.nextInt(seats);
        while (a.size() < choices) {
          a.put(names.get(random.nextInt(items)), "APPROVE");
        }
      } else {
        a.put(names.get(0), List.of("YES", "NO", "ABSTAIN").get(random.nextInt(3)));
      }
      answers.add(a);
    }
    Map<String, Double> out = new HashMap<>();
    // the cryptography alone, same JVM, same threads: encrypting with proofs, and verifying
    List<EncryptedBallot> encrypted = new ArrayList<>(java.util.Collections.nCopies(voters, null));
    long encryptNanos = Load.timed(concurrency, voters, i ->
        encrypted.set(i, EncryptedBallot.encrypt(spec, publicKey, context, new Ballot(answers.get(i)))));
    out.put("encryptOnly", voters / (encryptNanos / 1e9));
    long verifyOnlyNanos = Load.timed(concurrency, voters, i -> {
      if (EncryptedBallot.parse(encrypted.get(i).text()).problem(spec, publicKey, context) != null) {
        throw new IllegalStateException("a ballot of our own does not verify");
      }
    });
    out.put("verifyOnly", voters / (verifyOnlyNanos / 1e9));
    // through HTTP: half the voters send plaintext (the service encrypts), half their client's encrypted ballot
    int half = voters / 2;
    Burst server = Burst.of(concurrency, 0, half, i ->
        Load.check(api.post(path + "/ballots", tokens.get(i), Map.of("answers", answers.get(i))), 201));
    Burst client = Burst.of(concurrency, half, voters, i ->
        Load.check(api.post(path + "/ballots", tokens.get(i), Map.of("encrypted", encrypted.get(i).text())), 201));
    out.put("httpServerEncrypts", server.rate());
    out.put("httpClientEncrypted", client.rate());
    out.put("http", server.rateWith(client, half, voters - half));
    out.put("serverP50", server.p(50));
    out.put("serverP99", server.p(99));
    out.put("clientP50", client.p(50));
    out.put("clientP99", client.p(99));
    // the framework floor: the same requests, bodies and tokens to a minimal endpoint doing one insert
    String floorPath = "/floor/polls/" + pollId + "/ballots";
    Burst floorServer = Burst.of(concurrency, 0, half, i ->
        Load.check(floorApi.post(floorPath, tokens.get(i), Map.of("answers", answers.get(i))), 201));
    Burst floorClient = Burst.of(concurrency, half, voters, i ->
        Load.check(floorApi.post(floorPath, tokens.get(i), Map.of("encrypted", encrypted.get(i).text())), 201));
    out.put("floorServerEncrypts", floorServer.rate());
    out.put("floorClientEncrypted", floorClient.rate());
    out.put("floor", floorServer.rateWith(floorClient, half, voters - half));
    Histogram floorLatency = floorServer.with(floorClient);
    out.put("floorP50", floorLatency.getValueAtPercentile(50) / 1000.0);
    out.put("floorP99", floorLatency.getValueAtPercentile(99) / 1000.0);
    Histogram all = server.with(client);
    out.put("p99", all.getValueAtPercentile(99) / 1000.0);
    if (raw != null) {
      long rawNanos = Load.timed(concurrency, voters, i -> raw.insertOne(new Document("_id", pollId + "|" + roll.get(i))
          .append("pollId", pollId).append("receipt", encrypted.get(i).receipt() + i)
          .append("encrypted", encrypted.get(i).text())));
      out.put("raw", voters / (rawNanos / 1e9));
    }
    Load.check(api.post(path + "/closing", staff, Map.of()), 200);
    long tallyStart = System.nanoTime();
    Load.check(api.post(path + "/tally", staff, Map.of()), 200);
    out.put("tally", (System.nanoTime() - tallyStart) / 1e9);
    long decryptStart = System.nanoTime();
    trustees.get(0).decrypt();
    trustees.get(2).decrypt();
    out.put("decrypt", (System.nanoTime() - decryptStart) / 1e9);
    long publishStart = System.nanoTime();
    Load.check(api.post(path + "/publication", staff, Map.of()), 200);
    out.put("publish", (System.nanoTime() - publishStart) / 1e9);
    ApiClient.Response published = api.get(path + "/result", staff);
    Load.check(published, 200);
    out.put("mb", published.body().length() / 1e6);
    long verifyStart = System.nanoTime();
    JsonNode verification = api.post("/api/v1/public/verifier", null, published.json()).json();
    out.put("verify", (System.nanoTime() - verifyStart) / 1e9);
    if (!verification.get("digestMatches").asBoolean() || !verification.get("resultMatches").asBoolean()
        || !verification.get("proofsHold").asBoolean()) {
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
