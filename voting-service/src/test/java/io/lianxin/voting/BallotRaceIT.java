package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollForBallot;
import io.lianxin.voting.domain.StoredBallot;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.persistence.MongoBallotStore;
import io.lianxin.voting.persistence.VotingRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
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
 * stored, 99 refused with 409. A stored ballot is its ciphertexts and proofs, no answer in the
 * clear; nothing of the request is kept; a copy of someone's ballot is refused; a ballot racing
 * the close is withdrawn unless counted.
 */
@SpringBootTest(classes = VotingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=voting-service")
class BallotRaceIT {

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired VotingRepository repository;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("voting-race-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  @Test
  void hundredConcurrentBallotsFromOneVoterStoreExactlyOneAndNoneIsKeptInTheClear() throws Exception {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    ApiClient.Response created = api.post("/api/v1/polls", token("staff@qingshan"), Map.of(
        "title", "关于任命某某为局长的表决", "method", "YES_NO_ABSTAIN", "items", List.of("任命"),
        "roll", List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-003"), "scrutineers", Scrutineers.IDS));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("deputy1@qingshan"),
        Map.of("answers", Map.of("任命", "YES"))).status()).as("not open yet").isEqualTo(409);
    Scrutineers.ceremony(api.baseUrl(), id, EmbeddedInfra.shared().issuer());
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

    Document stored = mongo.findById(id + "|D-qingshan-001", Document.class, MongoBallotStore.BALLOTS);
    assertThat(stored).isNotNull();
    assertThat(stored.containsKey("answers")).as("no answer in the clear").isFalse();
    assertThat(stored.getString("encrypted")).startsWith("lianxin-ballot-v1\n");
    // Copying another voter's encrypted ballot is refused: receipts are unique in a poll.
    ApiClient.Response copy = api.post("/api/v1/polls/" + id + "/ballots", token("deputy2@qingshan"),
        Map.of("encrypted", stored.getString("encrypted")));
    if (encoded != 201) {
      assertThat(copy.status()).as(copy.body()).isEqualTo(422);
      assertThat(copy.body()).contains("already in the box");
    }
    assertThat(mongo.count(new Query(), "idempotency_keys")).as("no kept ballot response").isZero();

    // A ballot that arrives while the poll closes: withdrawn unless the count took it.
    assertThat(api.post("/api/v1/polls/" + id + "/closing", token("staff@qingshan"), Map.of()).status()).isEqualTo(200);
    MongoBallotStore store = new MongoBallotStore(mongo);
    assertThat(store.cast(StoredBallot.named(id, "late-1", "LATE1", Map.of("任命", "YES"), "x"))).isTrue();
    assertThat(store.withdrawIfUncounted("late-1")).as("not counted: taken back").isTrue();
    assertThat(store.cast(StoredBallot.named(id, "late-2", "LATE2", Map.of("任命", "YES"), "y"))).isTrue();
    store.markCounted(id);
    assertThat(store.withdrawIfUncounted("late-2")).as("counted: stays, its voter keeps the receipt").isFalse();
    assertThat(mongo.count(Query.query(Criteria.where("pollId").is(id)), MongoBallotStore.BALLOTS)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aBallotReadsThePollByIdWithoutRollAndAttendanceOnlyForAVoterWhoMayVoteAndOthersAreToldWhyNot() {
    ApiClient api = new ApiClient("http://127.0.0.1:" + port);
    String staff = token("staff@qingshan");
    ApiClient.Response created = api.post("/api/v1/polls", staff, Map.of("title", "关于任命某某为局长的表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("任命"), "inPerson", true,
        "roll", List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-003"), "scrutineers", Scrutineers.IDS));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    Scrutineers.ceremony(api.baseUrl(), id, EmbeddedInfra.shared().issuer());
    assertThat(api.post("/api/v1/polls/" + id + "/opening", staff, Map.of()).status()).isEqualTo(200);
    assertThat(api.post("/api/v1/polls/" + id + "/attendance", staff, Map.of("voterIds", List.of("D-qingshan-001")))
        .status()).isEqualTo(200);

    PollForBallot read = repository.pollForVoterWhoMayVote(id, "D-qingshan-001").orElseThrow();
    assertThat(read.state()).isEqualTo(Poll.State.OPEN);
    assertThat(read.inPerson() && read.secret() && read.onRoll() && read.signedIn()).isTrue();
    assertThat(read.spec().items()).containsExactly("任命");
    assertThat(Group.hex(read.publicKey())).isEqualTo(
        api.get("/api/v1/polls/" + id + "/key-ceremony", staff).json().get("publicKey").asString());
    assertThat(read.ballotIdFor("D-qingshan-001")).isEqualTo(id + "|D-qingshan-001");
    assertThat(repository.pollForVoterWhoMayVote(id, "D-qingshan-002")).as("on the roll, not signed in").isEmpty();
    assertThat(repository.pollForVoterWhoMayVote(id, "D-elsewhere-001")).as("not on the roll").isEmpty();
    assertThat(repository.pollForVoterWhoMayVote("no-such-poll", "D-qingshan-001")).isEmpty();

    ApiClient.Response notSignedIn = api.post("/api/v1/polls/" + id + "/ballots", token("deputy2@qingshan"),
        Map.of("answers", Map.of("任命", "YES")));
    assertThat(notSignedIn.status()).isEqualTo(403);
    assertThat(notSignedIn.body()).as("the whole poll tells why").contains("签到");
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("deputy1@qingshan"),
        Map.of("answers", Map.of("任命", "YES"))).status()).isEqualTo(201);
  }
}
