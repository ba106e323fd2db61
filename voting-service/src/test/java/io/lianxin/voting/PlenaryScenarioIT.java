package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A plenary (全体会议) of 3,000 deputies choosing 2 livelihood projects from 4 candidates by
 * encrypted secret ballot: 2,950 sign in, 2,900 vote electronically through HTTP, 30 on paper (5
 * invalid); the sums are decrypted by 2 of the 3 scrutineers. The certified result must equal the
 * test's own count, and the verifier must confirm it from the published election record. (Fewer
 * candidates than a county's 25 keep the test's proofs within CI's time; the benchmark runs 25.)
 */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=voting-service")
class PlenaryScenarioIT {

  static final int ROLL = 3000;
  static final int SIGNED_IN = 2950;
  static final int ELECTRONIC = 2900;
  static final int SEATS = 2;
  static final int ITEMS = 4;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("voting-plenary-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  static String deputyId(int n) {
    return String.format("D-plenary-%04d", n);
  }

  @Test
  void threeThousandDeputiesVoteAndTheCertifiedResultIsVerified() throws Exception {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    String staff = EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get("staff@qingshan"));
    List<String> roll = new ArrayList<>();
    for (int i = 1; i <= ROLL; i++) {
      roll.add(deputyId(i));
    }
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      items.add("项目" + i);
    }
    Map<String, Object> create = new HashMap<>(Map.of("kind", "LIVELIHOOD_PROJECTS", "title", "2027年民生实事项目票决",
        "method", "APPROVAL", "items", items, "roll", roll, "seats", SEATS, "maxChoices", SEATS));
    create.put("inPerson", true);
    create.put("isPublic", true);
    create.put("scrutineers", Scrutineers.IDS);
    ApiClient.Response created = api.post("/api/v1/polls", staff, create);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String pollId = created.json().get("id").asString();
    String path = "/api/v1/polls/" + pollId;
    Scrutineers scrutineers = Scrutineers.ceremony(api.baseUrl(), pollId, EmbeddedInfra.shared().issuer());
    api.post(path + "/opening", staff, Map.of());
    for (int from = 0; from < SIGNED_IN; from += 1000) {
      assertThat(api.post(path + "/attendance", staff, Map.of("voterIds", roll.subList(from, Math.min(SIGNED_IN, from + 1000))))
          .status()).isEqualTo(200);
    }

    Random random = new Random(2027);
    long[] expected = new long[items.size()];
    List<Callable<Integer>> votes = new ArrayList<>();
    for (int n = 1; n <= ELECTRONIC; n++) {
      Map<String, String> answers = new HashMap<>();
      int choices = 1 + random.nextInt(SEATS);
      while (answers.size() < choices) {
        // skewed towards the first items so that the cut-off is meaningful
        int pick = Math.min(random.nextInt(items.size()), random.nextInt(items.size()));
        answers.put(items.get(pick), "APPROVE");
      }
      answers.keySet().forEach(item -> expected[items.indexOf(item)]++);
      String token = EmbeddedInfra.shared().issuer().tokenFor(
          DemoUser.deputy("plenary" + n, "代表" + n, DemoUsers.COUNTY, deputyId(n)));
      votes.add(() -> api.post(path + "/ballots", token, Map.of("answers", answers)).status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long started = System.nanoTime();
    int accepted = 0;
    for (Future<Integer> f : pool.invokeAll(votes)) {
      accepted += f.get() == 201 ? 1 : 0;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    System.out.printf("plenary: %d ballots in %.1f s (%.0f/s)%n", accepted, seconds, accepted / seconds);
    assertThat(accepted).isEqualTo(ELECTRONIC);

    assertThat(api.post(path + "/closing", staff, Map.of()).status()).isEqualTo(200);
    Map<String, Map<String, Long>> paper = new HashMap<>();
    for (int i = 0; i < SEATS; i++) { // the 25 valid paper ballots approve the first two
      paper.put(items.get(i), Map.of("APPROVE", 25L));
      expected[i] += 25;
    }
    assertThat(api.post(path + "/paper-tallies", staff, Map.of("source", "PAPER", "ballots", 30, "invalid", 5,
        "counts", paper)).status()).isEqualTo(200);
    long countStarted = System.nanoTime();
    assertThat(api.post(path + "/tally", staff, Map.of()).status()).isEqualTo(200);
    scrutineers.decrypt(1, 3);
    assertThat(api.post(path + "/publication", staff, Map.of()).status()).isEqualTo(200);
    System.out.printf("plenary: count, decryption by 2 of 3 scrutineers and publication in %.2f s%n",
        (System.nanoTime() - countStarted) / 1e9);

    JsonNode published = api.get("/api/v1/public/" + path.substring("/api/v1/".length()) + "/result", null).json();
    JsonNode result = published.get("result");
    assertThat(result.get("present").asInt()).isEqualTo(SIGNED_IN);
    assertThat(result.get("ballots").asInt()).isEqualTo(ELECTRONIC + 30);
    assertThat(result.get("invalidBallots").asInt()).isEqualTo(5);
    assertThat(published.get("encrypted").get("ballots")).hasSize(ELECTRONIC);
    Map<String, Long> approvals = new HashMap<>();
    result.get("items").forEach(i -> approvals.put(i.get("item").asString(), i.get("approvals").asLong()));
    for (int i = 0; i < items.size(); i++) {
      assertThat(approvals.get(items.get(i))).as(items.get(i)).isEqualTo(expected[i]);
    }
    List<String> selected = new ArrayList<>();
    result.get("selected").forEach(s -> selected.add(s.asString()));
    List<String> tied = new ArrayList<>();
    result.get("tiedAtCutoff").forEach(s -> tied.add(s.asString()));
    assertThat(selected.size() + (tied.isEmpty() ? 0 : 1)).isLessThanOrEqualTo(SEATS);
    long weakestSelected = selected.stream().mapToLong(approvals::get).min().orElseThrow();
    items.stream().filter(i -> !selected.contains(i) && !tied.contains(i))
        .forEach(i -> assertThat(approvals.get(i)).as(i).isLessThan(weakestSelected));
    items.stream().filter(selected::contains)
        .forEach(i -> assertThat(approvals.get(i) * 2).as("more than half of all 3,000").isGreaterThan(ROLL));

    long verifyStarted = System.nanoTime();
    JsonNode verification = api.post("/api/v1/public/verifier", null, published).json();
    System.out.printf("plenary: verified in %.2f s%n", (System.nanoTime() - verifyStarted) / 1e9);
    assertThat(verification.get("digestMatches").asBoolean()).isTrue();
    assertThat(verification.get("proofsHold").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.get("resultMatches").asBoolean()).as(verification.toString()).isTrue();
  }
}
