package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.voting.persistence.BallotStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Base64;
import java.util.HexFormat;
import io.lianxin.voting.domain.SecretBallotKeys;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One voter, one ballot, by the store's unique key: 100 concurrent ballots from one deputy → one
 * stored, 99 refused with 409. After close the database holds no key and no voter id.
 */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=voting-service")
class BallotRaceIT {

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("voting-race-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  @Test
  void hundredConcurrentBallotsFromOneVoterStoreExactlyOneAndTheClosedPollKeepsNoTrace() throws Exception {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    ApiClient.Response created = api.post("/api/v1/polls", token("staff@qingshan"), Map.of(
        "title", "关于任命某某为局长的表决", "method", "YES_NO_ABSTAIN", "items", List.of("任命"),
        "roll", List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-003")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("deputy1@qingshan"),
        Map.of("answers", Map.of("任命", "YES"))).status()).as("not open yet").isEqualTo(409);
    assertThat(api.post("/api/v1/polls/" + id + "/opening", token("deputy1@qingshan"), Map.of()).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/polls/" + id + "/opening", token("staff@qingshan"), Map.of()).status()).isEqualTo(200);

    String voter = token("deputy1@qingshan");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      // the same Idempotency-Key on every attempt: on ballots it is ignored, nothing of the request is kept
      attempts.add(() -> api.post("/api/v1/polls/" + id + "/ballots", voter, Map.of("answers", Map.of("任命", "YES")),
          Map.of("Idempotency-Key", "ballot-" + id)).status());
    }
    int accepted = 0;
    int refused = 0;
    for (Future<Integer> f : pool.invokeAll(attempts)) {
      if (f.get() == 201) {
        accepted++;
      } else if (f.get() == 409) {
        refused++;
      }
    }
    pool.shutdown();
    assertThat(accepted).isEqualTo(1);
    assertThat(refused).isEqualTo(99);
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("admin@qingshan"),
        Map.of("answers", Map.of("任命", "YES"))).status()).as("not on the roll").isEqualTo(403);
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("deputy2@qingshan"),
        Map.of("answers", Map.of("任命", "PERHAPS"))).status()).as("invalid answer").isEqualTo(422);
    int encoded = api.post("/api/v1/polls/" + id + "/%62allots", token("deputy2@qingshan"),
        Map.of("answers", Map.of("任命", "NO")), Map.of("Idempotency-Key", "encoded-" + id)).status();
    assertThat(encoded).as("an encoded path is the ballot path too").isIn(201, 400);
    assertThat(api.get("/api/v1/polls/" + id + "/result", token("staff@qingshan")).status()).as("no result while open")
        .isEqualTo(409);

    Binary salt = (Binary) mongo.findById(id, Document.class, "polls").get("poll", Document.class).get("keySalt");
    assertThat(salt).as("while open the salt exists").isNotNull();
    byte[] secret = "lianxin-development-ballot-key-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] key = SecretBallotKeys.pollKey(secret, id, salt.getData());
    assertThat(mongo.findById(SecretBallotKeys.ballotId(key, id, "D-qingshan-001"), Document.class, BallotStore.BALLOTS))
        .as("while open, the salt and the service's secret together link voter and ballot").isNotNull();
    byte[] withoutSecret = SecretBallotKeys.pollKey(new byte[32], id, salt.getData());
    assertThat(mongo.findById(SecretBallotKeys.ballotId(withoutSecret, id, "D-qingshan-001"), Document.class,
        BallotStore.BALLOTS)).as("the database alone does not").isNull();
    assertThat(api.post("/api/v1/polls/" + id + "/closing", token("staff@qingshan"), Map.of()).status()).isEqualTo(200);
    Document stored = mongo.findById(id, Document.class, "polls");
    assertThat(stored.get("poll", Document.class).get("keySalt")).as("the salt is gone").isNull();
    List<Document> ballots = mongo.find(Query.query(Criteria.where("pollId").is(id)), Document.class, BallotStore.BALLOTS);
    assertThat(ballots).hasSizeBetween(1, 2);
    ballots.forEach(b -> assertThat(b.toJson()).doesNotContain("D-qingshan").doesNotContain("deputy"));
    String keyHex = HexFormat.of().formatHex(salt.getData());
    String keyBase64 = Base64.getEncoder().encodeToString(salt.getData());
    for (String collection : mongo.getCollectionNames()) {
      for (Document d : mongo.findAll(Document.class, collection)) {
        String json = d.toJson();
        assertThat(json).as("the salt is nowhere in " + collection).doesNotContain(keyHex).doesNotContain(keyBase64);
        if (!collection.equals("polls")) {
          assertThat(json).as(collection + " holds no voter next to a ballot").doesNotContain("D-qingshan-001");
        }
      }
    }
    assertThat(mongo.count(new Query(), "idempotency_keys")).as("no kept ballot response").isZero();
    assertThat(api.post("/api/v1/polls/" + id + "/tally", token("staff@qingshan"), Map.of()).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/polls/" + id + "/result", token("staff@qingshan")).json().get("result").get("items").get(0)
        .get("yes").asInt()).isEqualTo(1);

    // A ballot that arrives while the poll closes: withdrawn unless the count took it.
    BallotStore store = new BallotStore(mongo);
    assertThat(store.cast(id, "late-1", Map.of("任命", "YES"), "LATE1", null)).isTrue();
    assertThat(store.withdrawIfUncounted("late-1")).as("not counted: taken back").isTrue();
    assertThat(store.cast(id, "late-2", Map.of("任命", "YES"), "LATE2", null)).isTrue();
    store.markCounted(id);
    assertThat(store.withdrawIfUncounted("late-2")).as("counted: stays, its voter keeps the receipt").isFalse();
  }
}
