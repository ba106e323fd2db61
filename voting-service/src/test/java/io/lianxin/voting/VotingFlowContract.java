package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lianxin.events.EventSchemaValidator;
import io.lianxin.events.Topics;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.TestInfrastructure;
import io.lianxin.testkit.TopicReader;
import io.lianxin.testkit.TopicWriter;
import io.lianxin.voting.application.VoteRequests;
import io.lianxin.voting.persistence.MongoBallotStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The voting service through HTTP, Kafka and the Mongo-wire server: a secret in-person poll from
 * sign-in to a published result that the verifier recomputes; a named poll with re-voting; a poll
 * requested by an event (delivered three times); the livelihood-project programme from proposals
 * to the selected projects; and the boundaries of roles and tenants.
 */
abstract class VotingFlowContract {


  static final ObjectMapper JSON = new ObjectMapper();
  static final EventSchemaValidator SCHEMAS = new EventSchemaValidator();

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  abstract TestInfrastructure infra();

  ApiClient api() {
    return new ApiClient("http://127.0.0.1:" + port);
  }

  String token(String user) {
    return infra().issuer().tokenFor(DemoUsers.get(user));
  }

  /** Deputy number n of the county (001 and 002 are the demo deputies). */
  String deputy(int n) {
    if (n <= 2) {
      return token("deputy" + n + "@qingshan");
    }
    return infra().issuer().tokenFor(
        DemoUser.deputy("deputy" + n + "@qingshan", "代表 " + n, DemoUsers.COUNTY, deputyId(n)));
  }

  static List<String> pollIds(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(poll -> ids.add(poll.get("id").asString()));
    return ids;
  }

  static String deputyId(int n) {
    return String.format("D-qingshan-%03d", n);
  }

  static List<String> roll(int size) {
    List<String> roll = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      roll.add(deputyId(i));
    }
    return roll;
  }

  List<JsonNode> events(String subject, int atLeast) {
    List<JsonNode> found = new ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      found.clear();
      for (ConsumerRecord<String, String> r : TopicReader.read(infra().kafkaBootstrapServers(),
          Topics.VOTING, v -> v.contains(subject), Duration.ofMillis(300))) {
        SCHEMAS.assertValid(r.value());
        found.add(JSON.readTree(r.value()));
      }
      return found.size() >= atLeast;
    });
    return found;
  }

  static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.get("type").asString().replace("lianxin.voting.", "").replace(".v1", "")).toList();
  }

  @Test
  void aSecretInPersonPollRunsFromSignInToAPublishedResultThatAnyoneCanVerify() {
    ApiClient api = api();
    String staff = token("staff@qingshan");
    Map<String, Object> create = new HashMap<>(Map.of("kind", "APPOINTMENT", "title", "关于任命局长的表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("任命甲", "任命乙"), "roll", roll(5)));
    create.put("inPerson", true);
    create.put("isPublic", true);
    create.put("scrutineers", Scrutineers.IDS);
    create.put("scrutineerThreshold", 2);
    ApiClient.Response created = api.post("/api/v1/polls", staff, create);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    String path = "/api/v1/polls/" + id;
    ApiClient.Response early = api.post(path + "/opening", staff, Map.of());
    assertThat(early.status()).as("no key yet").isEqualTo(409);
    assertThat(early.json().get("currentState").asString()).isEqualTo("KEY_COMMITTING");
    assertThat(api.get(path + "/key-ceremony", deputy(1)).status()).as("not a scrutineer: nothing to see").isEqualTo(404);
    Scrutineers scrutineers = Scrutineers.ceremony(api.baseUrl(), id, infra().issuer());
    assertThat(api.post(path + "/opening", staff, Map.of()).status()).isEqualTo(200);
    Map<String, Object> yesNo = Map.of("answers", Map.of("任命甲", "YES", "任命乙", "NO"));
    assertThat(api.post(path + "/ballots", deputy(1), yesNo).status()).as("not signed in").isEqualTo(403);
    assertThat(api.post(path + "/attendance", staff, Map.of("voterIds", List.of("D-elsewhere"))).status()).isEqualTo(422);
    assertThat(api.post(path + "/attendance", staff, Map.of("voterIds", roll(4))).json().get("present").asInt())
        .isEqualTo(4);

    Map<Integer, String> receipts = new HashMap<>();
    receipts.put(1, api.post(path + "/ballots", deputy(1), yesNo).json().get("receipt").asString());
    receipts.put(2, api.post(path + "/ballots", deputy(2), Map.of("answers", Map.of("任命甲", "YES", "任命乙", "YES")))
        .json().get("receipt").asString());
    receipts.put(3, api.post(path + "/ballots", deputy(3), Map.of("answers", Map.of("任命甲", "NO", "任命乙", "ABSTAIN")))
        .json().get("receipt").asString());
    assertThat(api.post(path + "/ballots", deputy(1), yesNo).status()).as("once").isEqualTo(409);
    JsonNode live = api.get(path, deputy(4)).json();
    assertThat(live.get("turnout").get("ballotsCast").asInt()).isEqualTo(3);
    assertThat(live.get("turnout").get("present").asInt()).isEqualTo(4);
    assertThat(api.get(path + "/result", staff).status()).as("no result while open").isEqualTo(409);

    assertThat(api.post(path + "/closing", staff, Map.of()).status()).isEqualTo(200);
    List<Document> stored = mongo.find(Query.query(Criteria.where("pollId").is(id)), Document.class, MongoBallotStore.BALLOTS);
    assertThat(stored).hasSize(3);
    stored.forEach(b -> {
      assertThat(b.containsKey("answers")).as("no plaintext answers").isFalse();
      assertThat(b.getString("encrypted")).startsWith("lianxin-ballot-v1\n").doesNotContain("YES\t1");
      assertThat(b.getString("receipt")).isIn(receipts.values());
    });

    Map<String, Object> tooMany = Map.of("source", "PAPER", "ballots", 2, "invalid", 0, "counts", Map.of());
    ApiClient.Response refused = api.post(path + "/paper-tallies", staff, tooMany);
    assertThat(refused.status()).as("3 electronic + 2 paper > 4 present").isEqualTo(422);
    assertThat(refused.body()).contains("exceed");
    assertThat(api.post(path + "/paper-tallies", staff, Map.of("source", "PAPER", "ballots", 1, "invalid", 0,
        "counts", Map.of("任命甲", Map.of("YES", 1), "任命乙", Map.of("YES", 1)))).status()).isEqualTo(200);
    assertThat(api.post(path + "/publication", staff, Map.of()).status()).as("tally first").isEqualTo(409);
    assertThat(api.post(path + "/tally", deputy(1), Map.of()).status()).isEqualTo(403);
    assertThat(api.post(path + "/tally", staff, Map.of()).json().get("state").asString()).isEqualTo("DECRYPTING");
    assertThat(api.get(path + "/result", staff).status()).as("not decrypted yet").isEqualTo(409);
    scrutineers.decrypt(1);
    assertThat(api.get(path, staff).json().get("state").asString()).as("one of two").isEqualTo("DECRYPTING");
    assertThat(api.post(path + "/decryptions", Scrutineers.token(infra().issuer(), Scrutineers.IDS.get(0)),
        Map.of("shares", List.of(Map.of("item", "任命甲", "option", "YES", "share", "02" + "00".repeat(32),
            "challenge", "00".repeat(32), "response", "00".repeat(32))))).status()).as("twice").isEqualTo(409);
    scrutineers.decrypt(3);
    assertThat(api.get(path, staff).json().get("state").asString()).isEqualTo("TALLIED");
    assertThat(api.get(path + "/result", deputy(1)).status()).as("not yet published").isEqualTo(409);
    assertThat(api.get(path + "/result", staff).status()).as("staff check before publishing").isEqualTo(200);
    assertThat(api.post(path + "/publication", staff, Map.of()).status()).isEqualTo(200);

    ApiClient.Response published = api.get("/api/v1/public/polls/" + id + "/result", null);
    assertThat(published.status()).isEqualTo(200);
    JsonNode result = published.json().get("result");
    assertThat(result.get("present").asInt()).isEqualTo(4);
    assertThat(result.get("ballots").asInt()).isEqualTo(4);
    JsonNode first = item(result, "任命甲");
    assertThat(first.get("yes").asInt()).isEqualTo(3);
    assertThat(first.get("no").asInt()).isEqualTo(1);
    assertThat(first.get("passed").asBoolean()).as("3 of 5 members").isTrue();
    JsonNode second = item(result, "任命乙");
    assertThat(second.get("yes").asInt()).isEqualTo(2);
    assertThat(second.get("passed").asBoolean()).as("2 of 5 members").isFalse();
    JsonNode record = published.json().get("encrypted");
    assertThat(!published.json().has("ballotBox") || published.json().get("ballotBox").isNull()).isTrue();
    assertThat(record.get("ballots")).hasSize(3);
    assertThat(record.get("decryptionShares").size()).isEqualTo(2);
    assertThat(record.toString()).doesNotContain("D-qingshan-00");

    JsonNode mine = api.get("/api/v1/public/polls/" + id + "/receipts/" + receipts.get(3), null).json();
    assertThat(mine.get("encrypted").asString()).startsWith("lianxin-ballot-v1");
    assertThat(mine.has("answers") && !mine.get("answers").isNull()).as("a receipt proves no choice").isFalse();
    assertThat(api.get("/api/v1/public/polls/" + id + "/receipts/NOSUCHRECEIPT", null).status()).isEqualTo(404);
    ApiClient.Response posted = api.post("/api/v1/public/polls/" + id + "/receipt-lookup", null,
        Map.of("receipt", receipts.get(3)));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    assertThat(posted.json()).as("the receipt in the body finds what the address finds").isEqualTo(mine);
    assertThat(api.post("/api/v1/public/polls/" + id + "/receipt-lookup", null, Map.of("receipt", "NOSUCHRECEIPT"))
        .status()).isEqualTo(404);
    ApiClient.Response blank = api.post("/api/v1/public/polls/" + id + "/receipt-lookup", null, Map.of("receipt", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("receipt");

    JsonNode verified = api.post("/api/v1/public/verifier", null, published.json()).json();
    assertThat(verified.get("digestMatches").asBoolean()).isTrue();
    assertThat(verified.get("proofsHold").asBoolean()).as(verified.toString()).isTrue();
    assertThat(verified.get("resultMatches").asBoolean()).as(verified.toString()).isTrue();
    ObjectNode tampered = (ObjectNode) published.json().deepCopy();
    ObjectNode total = (ObjectNode) tampered.get("encrypted").get("totals").get(0);
    total.put("value", total.get("value").asLong() + 1);
    JsonNode caught = api.post("/api/v1/public/verifier", null, tampered).json();
    assertThat(caught.get("proofsHold").asBoolean()).isFalse();
    assertThat(caught.get("differences").get(0).get("check").asString()).isEqualTo("total");
    assertThat(caught.get("differences").get(0).get("item").asString()).isEqualTo(total.get("item").asString());
    assertThat(caught.get("differences").get(0).get("option").asString()).isEqualTo(total.get("option").asString());

    // the box digest, recomputed from the ADR's words alone, is the one published
    JsonNode paperTallies = published.json().get("paperTallies");
    assertThat(paperTallies).hasSize(1);
    assertThat(BoxDigestFromAdr.secret(record.get("ballots"), paperTallies))
        .isEqualTo(published.json().get("boxDigest").asString());
    assertThat(BoxDigestFromAdr.paperTally(paperTallies.get(0))).isEqualTo(paperTallies.get(0).get("digest").asString());
    record.get("ballots").forEach(b -> assertThat(BoxDigestFromAdr.receipt(b.get("ballot").asString()))
        .isEqualTo(b.get("receipt").asString()));

    // a changed count and a changed proof: each difference names its item and field, in the API and in the tool
    ObjectNode recounted = (ObjectNode) published.json().deepCopy();
    ((ObjectNode) item(recounted.get("result"), "任命甲")).put("yes", 4);
    JsonNode countCaught = api.post("/api/v1/public/verifier", null, recounted).json();
    assertThat(countCaught.get("proofsHold").asBoolean()).isTrue();
    assertThat(countCaught.get("resultMatches").asBoolean()).isFalse();
    assertThat(differences(countCaught)).containsExactly("result 任命甲 - - yes 4 3");
    assertThat(countCaught.get("differences").get(0).get("message").asString())
        .isEqualTo("「任命甲」赞成票：公布为 4，重新计算为 3 / \"任命甲\", yes votes: published 4, recomputed 3");
    ObjectNode reproved = (ObjectNode) published.json().deepCopy();
    ObjectNode forgedBallot = (ObjectNode) reproved.get("encrypted").get("ballots").get(0);
    String receipt = forgedBallot.get("receipt").asString();
    forgedBallot.put("ballot", forgedProof(forgedBallot.get("ballot").asString()));
    JsonNode proofCaught = api.post("/api/v1/public/verifier", null, reproved).json();
    assertThat(proofCaught.get("digestMatches").asBoolean()).isTrue();
    assertThat(differences(proofCaught)).containsExactly(
        "ballot - - " + receipt + " receipt " + receipt + " " + BoxDigestFromAdr.receipt(forgedBallot.get("ballot").asString()),
        "ballot 任命甲 YES " + receipt + " proof null null");
    assertThat(proofCaught.get("differences").get(1).get("message").asString())
        .contains("「任命甲」YES 证明不成立 / ").contains("\"任命甲\" YES, proof: does not hold");
    // a paper tally changed after the count, the result changed to match it: the tally is named, in the API and the tool
    ObjectNode repapered = (ObjectNode) published.json().deepCopy();
    ObjectNode paperCounts = (ObjectNode) repapered.get("paperTallies").get(0).get("counts");
    paperCounts.set("任命乙", JSON.createObjectNode().put("NO", 1));
    repapered.set("result", api.post("/api/v1/public/verifier", null, repapered).json().get("recomputed"));
    JsonNode paperCaught = api.post("/api/v1/public/verifier", null, repapered).json();
    assertThat(paperCaught.get("resultMatches").asBoolean()).as(paperCaught.toString()).isTrue();
    assertThat(paperCaught.get("digestMatches").asBoolean()).isFalse();
    assertThat(paperCaught.get("differences")).hasSize(1);
    JsonNode paperDifference = paperCaught.get("differences").get(0);
    assertThat(paperDifference.get("check").asString()).isEqualTo("paper");
    assertThat(paperDifference.get("paperTally").asInt()).isEqualTo(1);
    assertThat(paperDifference.get("field").asString()).isEqualTo("digest");
    assertThat(paperDifference.get("published").asString()).isEqualTo(paperTallies.get(0).get("digest").asString());
    assertThat(paperDifference.get("recomputed").asString())
        .isEqualTo(BoxDigestFromAdr.paperTally(repapered.get("paperTallies").get(0)));
    assertThat(offlineVerifier(repapered)).isEqualTo(paperCaught.get("differences"));
    assertThat(offlineVerifier(recounted)).isEqualTo(countCaught.get("differences"));
    assertThat(offlineVerifier(reproved)).isEqualTo(proofCaught.get("differences"));
    assertThat(api.post("/api/v1/public/verifier", null, Map.of("rules", Map.of())).status()).as("not a result").isEqualTo(400);
    ObjectNode withoutBox = (ObjectNode) published.json().deepCopy();
    withoutBox.remove("encrypted");
    assertThat(api.post("/api/v1/public/verifier", null, withoutBox).status()).as("no box").isEqualTo(422);

    List<JsonNode> events = events(id, 16);
    assertThat(types(events)).containsSubsequence("poll-created", "key-ceremony-step", "poll-key-ready", "poll-opened",
        "turnout-changed", "poll-closed", "paper-tally-entered", "decryption-requested", "decryption-share-given",
        "poll-tallied", "result-published");
    JsonNode resultEvent = events.stream().filter(e -> e.get("type").asString().contains("result-published")).findFirst()
        .orElseThrow();
    assertThat(resultEvent.get("data").get("passed").toString()).contains("任命甲").doesNotContain("任命乙");
    assertThat(resultEvent.get("data").get("publicFeed").asString()).isEqualTo("feed");
    events.forEach(e -> receipts.values().forEach(r -> assertThat(e.toString()).doesNotContain(r)));
  }

  /** Each difference as "check item option receipt field published recomputed", "-" for an absent place. */
  static List<String> differences(JsonNode verification) {
    List<String> out = new ArrayList<>();
    verification.get("differences").forEach(d -> out.add(String.join(" ", text(d, "check", "-"), text(d, "item", "-"),
        text(d, "option", "-"), text(d, "receipt", "-"), text(d, "field", "-"), text(d, "published", "null"),
        text(d, "recomputed", "null"))));
    return out;
  }

  /** A field of a difference; {@code absent} when it is null or left off. */
  private static String text(JsonNode d, String name, String absent) {
    return d.get(name) == null || d.get(name).isNull() ? absent : d.get(name).asString();
  }

  /** The ballot text with the first answer's proof changed (one response + 1). */
  static String forgedProof(String ballot) {
    String[] lines = ballot.split("\n");
    String[] fields = lines[1].split("\t");
    String[] branches = fields[5].split(";");
    String[] cv = branches[0].split(",");
    String response = new java.math.BigInteger(cv[1], 16).add(java.math.BigInteger.ONE).toString(16);
    branches[0] = cv[0] + "," + "0".repeat(64 - response.length()) + response;
    fields[5] = String.join(";", branches);
    lines[1] = String.join("\t", fields);
    return String.join("\n", lines) + "\n";
  }

  /** The differences {@code lianxin-trustee verify --result FILE} prints for a published result. */
  static JsonNode offlineVerifier(JsonNode published) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("published-result", ".json");
      java.nio.file.Files.writeString(file, published.toString());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int exit = io.lianxin.voting.trustee.TrusteeCli.run(new String[] {"verify", "--result", file.toString()},
          new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), Map.of());
      java.nio.file.Files.delete(file);
      assertThat(exit).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(1);
      return JSON.readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8)).get("differences");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonNode item(JsonNode result, String name) {
    for (JsonNode i : result.get("items")) {
      if (i.get("item").asString().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no item " + name);
  }

  @Test
  void aNamedPollPublishesEachVotersLastBallot() {
    ApiClient api = api();
    String staff = token("staff@qingshan");
    Map<String, Object> create = new HashMap<>(Map.of("kind", "MOTION", "title", "关于批准决定的表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("决定"), "roll", roll(3), "base", "VALID_VOTES"));
    create.put("secret", false);
    create.put("allowRevote", true);
    String id = api.post("/api/v1/polls", staff, create).json().get("id").asString();
    String path = "/api/v1/polls/" + id;
    api.post(path + "/opening", staff, Map.of());
    String open = "/api/v1/polls?state=OPEN&size=200";
    assertThat(pollIds(api.get(open + "&onMyRoll=true", deputy(1)).json())).as("on its roll").contains(id);
    assertThat(pollIds(api.get(open + "&onMyRoll=true", deputy(4)).json())).as("not on its roll").doesNotContain(id);
    assertThat(pollIds(api.get(open, deputy(4)).json())).as("every open poll of the congress without it").contains(id);
    JsonNode staffsOwn = api.get(open + "&onMyRoll=true", staff).json();
    assertThat(staffsOwn.get("total").asLong()).as("staff are on no roll").isZero();
    assertThat(api.get(open + "&onMyRoll=maybe", deputy(1)).status()).as("not a flag").isEqualTo(400);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of("answers", Map.of("决定", "YES"))).status()).isEqualTo(201);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of("answers", Map.of("决定", "NO"))).status())
        .as("re-vote allowed").isEqualTo(201);
    assertThat(api.post(path + "/ballots", deputy(2), Map.of("answers", Map.of("决定", "YES"))).status()).isEqualTo(201);
    api.post(path + "/closing", staff, Map.of());
    api.post(path + "/tally", staff, Map.of());
    api.post(path + "/publication", staff, Map.of());
    JsonNode published = api.get(path + "/result", deputy(3)).json();
    JsonNode decision = item(published.get("result"), "决定");
    assertThat(decision.get("yes").asInt()).isEqualTo(1);
    assertThat(decision.get("no").asInt()).isEqualTo(1);
    Map<String, String> byVoter = new HashMap<>();
    published.get("ballotBox").forEach(e -> byVoter.put(e.get("voterId").asString(), e.get("answers").get("决定").asString()));
    assertThat(byVoter).containsExactlyInAnyOrderEntriesOf(Map.of(deputyId(1), "NO", deputyId(2), "YES"));
    assertThat(api.get("/api/v1/public/polls/" + id + "/result", null).status()).as("not a public poll").isEqualTo(404);
    String receipt = published.get("ballotBox").get(0).get("receipt").asString();
    assertThat(api.get("/api/v1/public/polls/" + id + "/receipts/" + receipt, null).status()).as("nor its receipts")
        .isEqualTo(404);
    assertThat(api.get("/api/v1/polls/" + id + "/receipts/" + receipt, deputy(2)).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/polls/" + id + "/receipts/" + receipt, token("staff@hexi")).status()).isEqualTo(404);
    ApiClient.Response posted = api.post("/api/v1/polls/" + id + "/receipt-lookup", deputy(2), Map.of("receipt", receipt));
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    assertThat(posted.json()).isEqualTo(api.get("/api/v1/polls/" + id + "/receipts/" + receipt, deputy(2)).json());
    assertThat(api.post("/api/v1/polls/" + id + "/receipt-lookup", token("staff@hexi"), Map.of("receipt", receipt))
        .status()).as("another congress's poll").isEqualTo(404);
    assertThat(api.post("/api/v1/public/polls/" + id + "/receipt-lookup", null, Map.of("receipt", receipt)).status())
        .as("not a public poll").isEqualTo(404);
  }

  @Test
  void aNamedBoxDigestIsRecomputedFromTheAdrsDescriptionAlone() {
    ApiClient api = api();
    String staff = token("staff@qingshan");
    // U+20BB7 (a surrogate pair) and U+FF08 order differently by UTF-16 code units and by code points
    List<String> items = List.of("任命\uD842\uDFB7", "任命（乙）", "决定");
    Map<String, Object> create = new HashMap<>(Map.of("kind", "APPOINTMENT", "title", "关于任命的记名表决",
        "method", "YES_NO_ABSTAIN", "items", items, "roll", roll(3)));
    create.put("secret", false);
    String id = api.post("/api/v1/polls", staff, create).json().get("id").asString();
    String path = "/api/v1/polls/" + id;
    api.post(path + "/opening", staff, Map.of());
    List<String> answers = List.of("YES", "NO", "ABSTAIN");
    for (int n = 1; n <= 3; n++) {
      Map<String, String> ballot = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        ballot.put(items.get(i), answers.get((n + i) % 3));
      }
      assertThat(api.post(path + "/ballots", deputy(n), Map.of("answers", ballot)).status()).isEqualTo(201);
    }
    api.post(path + "/closing", staff, Map.of());
    api.post(path + "/tally", staff, Map.of());
    JsonNode published = api.get(path + "/result", staff).json();
    assertThat(published.get("ballotBox")).hasSize(3);

    assertThat(BoxDigestFromAdr.named(published.get("ballotBox"))).isEqualTo(published.get("boxDigest").asString());
    assertThat(BoxDigestFromAdr.named(published.get("ballotBox"), BoxDigestFromAdr::byCodePoints))
        .as("the item order the ADR states is the one that matters").isNotEqualTo(published.get("boxDigest").asString());
  }

  @Test
  void aRequestedPollIsCreatedOnceOpensClosesAndAnswersWithTheRequestId() throws Exception {
    String requestId = "sat-" + UUID.randomUUID();
    ObjectNode request = (ObjectNode) JSON.readTree(EventSchemaValidator.example(
        io.lianxin.events.EventCatalog.find("lianxin.supervision.satisfaction-vote-requested.v1").orElseThrow()));
    request.put("id", UUID.randomUUID().toString()).put("time", Instant.now().toString());
    ((ObjectNode) request.get("data")).put("requestId", requestId).put("closesAt", Instant.now().plusSeconds(15).toString())
        .putNull("opensAt").put("scrutineerThreshold", 2)
        .set("scrutineers", JSON.valueToTree(Scrutineers.IDS));
    try (TopicWriter writer = new TopicWriter(infra().kafkaBootstrapServers())) {
      for (int i = 0; i < 3; i++) {
        writer.send(Topics.SUPERVISION, requestId, request.toString());
      }
    }
    String id = VoteRequests.pollIdFor(DemoUsers.COUNTY, requestId);
    ApiClient api = api();
    await().atMost(Duration.ofSeconds(30)).until(() -> "DRAFT".equals(stateOf(api, id)));
    Scrutineers scrutineers = Scrutineers.ceremony(api.baseUrl(), id, infra().issuer());
    await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(stateOf(api, id)));
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", deputy(1),
        Map.of("answers", Map.of("县住建局专项工作报告", "SATISFIED"))).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", deputy(2),
        Map.of("answers", Map.of("县住建局专项工作报告", "BASICALLY_SATISFIED"))).status()).as("quorum: both of 2").isEqualTo(201);
    await().atMost(Duration.ofSeconds(40)).until(() -> "DECRYPTING".equals(stateOf(api, id)));
    scrutineers.decrypt(2, 3);
    await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(stateOf(api, id)));
    assertThat(mongo.count(Query.query(Criteria.where("poll.requestId").is(requestId)), "polls")).isOne();
    List<JsonNode> events = events(id, 4);
    assertThat(types(events).stream().filter("poll-created"::equals)).hasSize(1);
    JsonNode result = events.stream().filter(e -> e.get("type").asString().contains("result-published")).findFirst()
        .orElseThrow();
    assertThat(result.get("data").get("requestId").asString()).isEqualTo(requestId);
    assertThat(result.get("data").get("passed").toString()).contains("县住建局专项工作报告");
  }

  String stateOf(ApiClient api, String id) {
    ApiClient.Response r = api.get("/api/v1/polls/" + id, token("staff@qingshan"));
    return r.status() == 200 ? r.json().get("state").asString() : null;
  }

  @Test
  void theLivelihoodProgrammeGoesFromPublicProposalsToSelectedProjects() throws Exception {
    ApiClient api = api();
    String staff = token("staff@qingshan");
    Instant collectingUntil = Instant.now().plusSeconds(20);
    ApiClient.Response opened = api.post("/api/v1/programmes", staff, Map.of("year", 2027, "title", "青山县2027年民生实事项目",
        "seats", 2, "collectingUntil", collectingUntil.toString()));
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    ApiClient.Response secondOfYear = api.post("/api/v1/programmes", staff, Map.of("year", 2027, "title", "又一个2027年计划",
        "seats", 2, "collectingUntil", collectingUntil.toString()));
    assertThat(secondOfYear.status()).as("one programme per congress and year").isEqualTo(409);
    assertThat(secondOfYear.json().get("currentState").asString()).isEqualTo("PROGRAMME_OF_YEAR_EXISTS");
    String programme = opened.json().get("id").asString();
    String citizen = token("citizen1@qingshan");
    List<String> proposals = new ArrayList<>();
    for (String title : List.of("老旧小区加装电梯", "农村饮水安全提升", "中小学食堂改造", "城区停车场建设")) {
      ApiClient.Response p = api.post("/api/v1/programmes/" + programme + "/proposals", citizen,
          Map.of("title", title, "description", title + "，群众反映强烈。", "place", "城关镇"));
      assertThat(p.status()).as(p.body()).isEqualTo(201);
      proposals.add(p.json().get("id").asString());
    }
    ApiClient.Response viaDeputy = api.post("/api/v1/programmes/" + programme + "/proposals", deputy(1),
        Map.of("title", "老旧小区电梯加装", "description", "代表之家收集的意见", "source", "DEPUTY"));
    assertThat(viaDeputy.json().get("sourceRef").asString()).isEqualTo(deputyId(1));
    String duplicate = viaDeputy.json().get("id").asString();

    String supporter = token("citizen2@qingshan");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      attempts.add(() -> api.post("/api/v1/proposals/" + duplicate + "/supports", supporter, Map.of()).status());
    }
    int accepted = 0;
    for (Future<Integer> f : pool.invokeAll(attempts)) {
      accepted += f.get() == 201 ? 1 : 0;
      assertThat(f.get()).isIn(201, 409);
    }
    pool.shutdown();
    assertThat(accepted).as("one support per person").isOne();
    api.post("/api/v1/proposals/" + proposals.get(0) + "/supports", supporter, Map.of());
    api.post("/api/v1/proposals/" + proposals.get(0) + "/supports", deputy(2), Map.of());
    assertThat(api.post("/api/v1/proposals/" + duplicate + "/merge", citizen, Map.of("into", proposals.get(0))).status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/proposals/" + duplicate + "/merge", staff, Map.of("into", proposals.get(0))).status())
        .isEqualTo(200);
    JsonNode page = api.get("/api/v1/public/programmes/" + programme + "/proposals", null).json();
    JsonNode listed = page.get("items");
    assertThat(listed.get(0).get("id").asString()).isEqualTo(proposals.get(0));
    assertThat(listed.get(0).get("supports").asInt()).as("citizen2 supported both: counted once").isEqualTo(2);
    assertThat(page.get("total").asLong()).isEqualTo(listed.size());
    JsonNode second = api.get("/api/v1/programmes/" + programme + "/proposals?page=1&size=1", staff).json();
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("id").asString()).as("the page after the most supported")
        .isEqualTo(listed.get(1).get("id").asString());
    assertThat(List.of(second.get("page").asInt(), second.get("size").asInt())).containsExactly(1, 1);
    assertThat(api.get("/api/v1/programmes/" + programme + "/proposals?size=201", staff).status()).isEqualTo(400);
    JsonNode mine = api.get("/api/v1/programmes?size=200", staff).json();
    assertThat(mine.get("total").asLong()).isPositive();
    assertThat(mine.get("items").toString()).contains(programme);

    List<Map<String, Object>> candidates = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      candidates.add(Map.of("proposalId", proposals.get(i), "title", "候选" + i, "budgetYuan", 1_000_000 * (i + 1),
          "department", "县住建局"));
    }
    ApiClient.Response early = api.post("/api/v1/programmes/" + programme + "/shortlist", staff,
        Map.of("candidates", candidates));
    assertThat(early.status()).as("no shortlist while proposals are collected").isEqualTo(409);
    assertThat(early.json().get("currentState").asString()).isEqualTo("COLLECTING");
    await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(collectingUntil.plusMillis(200)));
    assertThat(api.post("/api/v1/programmes/" + programme + "/shortlist", staff,
        Map.of("candidates", candidates.subList(0, 2))).status()).as("差额").isEqualTo(422);
    assertThat(api.post("/api/v1/programmes/" + programme + "/shortlist", staff, Map.of("candidates", candidates))
        .status()).isEqualTo(200);
    String cancelled = api.post("/api/v1/programmes/" + programme + "/poll", staff, Map.of("roll", roll(5))).json()
        .get("pollId").asString();
    assertThat(api.post("/api/v1/programmes/" + programme + "/poll", staff, Map.of("roll", roll(5))).status())
        .as("one vote at a time").isEqualTo(409);
    assertThat(mongo.count(Query.query(Criteria.where("poll.programmeId").is(programme)), "polls"))
        .as("the refused second vote drafted no poll").isEqualTo(1);
    api.post("/api/v1/polls/" + cancelled + "/cancellation", staff, Map.of("reason", "会议延期"));
    JsonNode voting = api.post("/api/v1/programmes/" + programme + "/poll", staff, Map.of("roll", roll(5),
        "scrutineers", Scrutineers.IDS)).json();
    assertThat(voting.get("phase").asString()).isEqualTo("VOTING");
    String poll = voting.get("pollId").asString();
    assertThat(poll).as("a new round after the cancelled vote").isNotEqualTo(cancelled);
    // A crash after the poll was created and before the programme moved: undo the second write, retry.
    mongo.updateFirst(Query.query(Criteria.where("_id").is(programme)), new org.springframework.data.mongodb.core.query.Update()
        .set("programme.pollId", cancelled).inc("programme.votingRounds", -1), "programmes");
    JsonNode retried = api.post("/api/v1/programmes/" + programme + "/poll", staff, Map.of("roll", roll(5))).json();
    assertThat(retried.get("pollId").asString()).as("the same poll, not a second one").isEqualTo(poll);
    assertThat(mongo.count(Query.query(Criteria.where("poll.programmeId").is(programme)), "polls"))
        .as("the cancelled one and this one").isEqualTo(2);
    String path = "/api/v1/polls/" + poll;
    Scrutineers scrutineers = Scrutineers.ceremony(api.baseUrl(), poll, infra().issuer());
    api.post(path + "/opening", staff, Map.of());
    api.post(path + "/attendance", staff, Map.of("voterIds", roll(5)));
    for (int n = 1; n <= 4; n++) {
      // the items are the candidates' titles
      Map<String, String> answers = n == 4 ? Map.of("候选2", "APPROVE") : Map.of("候选0", "APPROVE", "候选1", "APPROVE");
      assertThat(api.post(path + "/ballots", deputy(n), Map.of("answers", answers)).status()).isEqualTo(201);
    }
    assertThat(api.post(path + "/ballots", deputy(5), Map.of("answers", Map.of(proposals.get(0), "APPROVE"))).status())
        .as("by title, not by proposal id").isEqualTo(422);
    assertThat(api.post(path + "/ballots", deputy(5), Map.of("answers", Map.of("候选0", "APPROVE",
        "候选1", "APPROVE", "候选2", "APPROVE"))).status()).as("at most 2 of 3").isEqualTo(422);
    for (String step : List.of("closing", "tally")) {
      ApiClient.Response r = api.post(path + "/" + step, staff, Map.of());
      assertThat(r.status()).as(step + " " + r.body()).isEqualTo(200);
    }
    scrutineers.decrypt(1, 2);
    assertThat(api.post(path + "/publication", staff, Map.of()).status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).until(() ->
        "DECIDED".equals(api.get("/api/v1/public/programmes/" + programme, null).json().get("phase").asString()));
    JsonNode decided = api.get("/api/v1/public/programmes/" + programme, null).json();
    List<String> selected = new ArrayList<>();
    decided.get("selected").forEach(c -> selected.add(c.get("proposalId").asString()));
    assertThat(selected).containsExactlyInAnyOrder(proposals.get(0), proposals.get(1));
    JsonNode published = events(poll, 1).stream().filter(e -> e.get("type").asString().contains("result-published"))
        .findFirst().orElseThrow();
    assertThat(published.get("data").get("passed").toString()).as("the feed reads titles").contains("候选0", "候选1")
        .doesNotContain(proposals.get(0));
    List<JsonNode> events = events(programme, 4);
    assertThat(types(events)).containsSubsequence("programme-opened", "programme-shortlisted", "programme-voting-started",
        "livelihood-projects-selected");
  }

  @Test
  void rolesAndTenantsAreKeptApart() {
    ApiClient api = api();
    Map<String, Object> create = Map.of("title", "表决", "method", "YES_NO_ABSTAIN", "items", List.of("决定"), "roll", roll(2));
    assertThat(api.post("/api/v1/polls", deputy(1), create).status()).isEqualTo(403);
    ApiClient.Response invalid = api.post("/api/v1/polls", token("staff@qingshan"), Map.of("title", "", "items", List.of()));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("errors").contains("method");
    String id = api.post("/api/v1/polls", token("staff@qingshan"), create).json().get("id").asString();
    assertThat(api.get("/api/v1/polls/" + id, deputy(1)).status()).as("a draft is the office's").isEqualTo(404);
    assertThat(ids(api.get("/api/v1/polls?size=200", deputy(1)).json())).doesNotContain(id);
    assertThat(ids(api.get("/api/v1/polls?size=200", token("staff@qingshan")).json())).contains(id);
    assertThat(api.get("/api/v1/polls/" + id, token("staff@hexi")).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/polls/" + id + "/opening", token("staff@hexi"), Map.of()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/polls/" + id, token("handler@qingshan")).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/polls/" + UUID.randomUUID(), token("staff@qingshan")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/polls/" + id, null).status()).isEqualTo(401);
    ApiClient.Response early = api.post("/api/v1/polls/" + id + "/closing", token("staff@qingshan"), Map.of());
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("currentState").asString()).isEqualTo("DRAFT");
    assertThat(api.post("/api/v1/polls/" + id + "/cancellation", token("staff@qingshan"), Map.of("reason", "议程调整"))
        .json().get("state").asString()).isEqualTo("CANCELLED");
  }

  static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(p -> ids.add(p.get("id").asString()));
    return ids;
  }

  @Test
  void pollsArePagedInTheShapeOfEveryList() {
    ApiClient api = api();
    String staff = token("staff@hexi");
    long before = api.get("/api/v1/polls?size=1", staff).json().get("total").asLong();
    List<String> created = new ArrayList<>();
    for (String title : List.of("第一项表决", "第二项表决", "第三项表决")) {
      created.add(api.post("/api/v1/polls", staff, Map.of("title", title, "method", "YES_NO_ABSTAIN",
          "items", List.of("决定"), "roll", roll(2))).json().get("id").asString());
    }
    JsonNode first = api.get("/api/v1/polls?page=0&size=2", staff).json();
    assertThat(first.propertyNames()).containsExactlyInAnyOrder("items", "total", "page", "size");
    assertThat(first.get("total").asLong()).isEqualTo(before + 3);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(ids(first)).as("newest first").containsExactly(created.get(2), created.get(1));
    JsonNode second = api.get("/api/v1/polls?page=1&size=2", staff).json();
    assertThat(ids(second)).first().isEqualTo(created.get(0));
    assertThat(second.get("total").asLong()).isEqualTo(before + 3);
    JsonNode drafts = api.get("/api/v1/polls?state=DRAFT&size=200", staff).json();
    assertThat(drafts.get("total").asLong()).isEqualTo(drafts.get("items").size()).isGreaterThanOrEqualTo(3);
    for (String bad : List.of("size=0", "size=201", "page=-1", "page=10001", "size=many")) {
      ApiClient.Response refused = api.get("/api/v1/polls?" + bad, staff);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.header("Content-Type")).as(bad).startsWith("application/problem+json");
    }
  }

  @Test
  void badInputGetsAClearAnswerAndNothingIsWritten() {
    ApiClient api = api();
    String staff = token("staff@qingshan");
    Map<String, Object> create = new HashMap<>(Map.of("title", "边界表决", "method", "APPROVAL", "items", List.of("甲", "乙"),
        "roll", roll(2)));
    create.put("inPerson", true);
    create.put("scrutineers", Scrutineers.IDS);
    String id = api.post("/api/v1/polls", staff, create).json().get("id").asString();
    String path = "/api/v1/polls/" + id;
    Scrutineers.ceremony(api.baseUrl(), id, infra().issuer());
    api.post(path + "/opening", staff, Map.of());
    api.post(path + "/attendance", staff, Map.of("voterIds", roll(2)));
    Map<String, Object> nullAnswer = new HashMap<>();
    nullAnswer.put("甲", null);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of("answers", nullAnswer)).status()).isEqualTo(400);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of("answers", Map.of("丙", "APPROVE"))).status()).isEqualTo(422);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of("answers", "甲")).status()).isEqualTo(400);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of()).status()).isEqualTo(422);
    assertThat(api.post(path + "/ballots", deputy(1), Map.of("encrypted", "lianxin-ballot-v1\nS\t甲\tAPPROVE\tnonsense\n"))
        .status()).as("not an encrypted ballot").isEqualTo(422);
    assertThat(api.post("/api/v1/polls/" + UUID.randomUUID() + "/ballots", deputy(1),
        Map.of("answers", Map.of("甲", "APPROVE"))).status()).isEqualTo(404);
    assertThat(mongo.count(Query.query(Criteria.where("pollId").is(id)), MongoBallotStore.BALLOTS)).as("nothing written").isZero();

    api.post(path + "/closing", staff, Map.of());
    Map<String, Object> nullCounts = new HashMap<>();
    nullCounts.put("甲", null);
    assertThat(api.post(path + "/paper-tallies", staff, Map.of("source", "PAPER", "ballots", 1, "invalid", 0,
        "counts", nullCounts)).status()).isEqualTo(400);
    assertThat(api.post(path + "/paper-tallies", staff, Map.of("source", "PAPER", "ballots", 1, "invalid", 0,
        "counts", Map.of("甲", Map.of("APPROVE", -1)))).status()).isEqualTo(400);
    assertThat(api.post(path + "/paper-tallies", staff, Map.of("source", "BALLOON", "ballots", 1, "invalid", 0,
        "counts", Map.of())).status()).isEqualTo(400);
    assertThat(api.get(path, staff).json().get("state").asString()).isEqualTo("CLOSED");
    assertThat(mongo.findById(id, Document.class, "polls").get("poll", Document.class).getList("paperTallies", Object.class))
        .as("nothing written").isEmpty();

    assertThat(api.post("/api/v1/polls", staff, Map.of("title", "t", "method", "APPROVAL", "items", List.of("a", "b"),
        "roll", roll(2), "seats", 3)).status()).as("more seats than items").isEqualTo(422);
    assertThat(api.post("/api/v1/polls", staff, Map.of("title", "t", "method", "YES_NO_ABSTAIN", "items", List.of("a", "a"),
        "roll", roll(2))).status()).as("duplicate items").isEqualTo(422);
    assertThat(api.post("/api/v1/polls", staff, Map.of("title", "t", "method", "YES_NO_ABSTAIN", "items", List.of("a"),
        "roll", List.of("D1", "D1"))).status()).as("duplicate voters").isEqualTo(422);
    assertThat(api.post("/api/v1/polls", staff, Map.of("title", "t", "method", "MAYBE", "items", List.of("a"),
        "roll", List.of("D1"))).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/polls?state=SOMETIME", staff).status()).isEqualTo(400);

    Map<String, Object> brokenRules = new HashMap<>(Map.of("present", 1, "boxDigest", "x", "ballotBox", List.of(),
        "paperTallies", List.of(), "result", Map.of("valid", true, "roll", 1, "present", 1, "ballots", 0,
            "invalidBallots", 0, "quorumMet", true, "items", List.of(), "selected", List.of(), "tiedAtCutoff", List.of(),
            "seatsUnfilled", 0)));
    brokenRules.put("secret", true);
    brokenRules.put("rules", Map.of("items", List.of("a"), "rollSize", 1, "minChoices", 0, "maxChoices", 1,
        "quorumPercent", 50, "passScore", 60));
    ApiClient.Response noMethod = api.post("/api/v1/public/verifier", null, brokenRules);
    assertThat(noMethod.status()).as(noMethod.body()).isEqualTo(422);
  }

  @Test
  void signInsFromManyDevicesAtOnceAllCountWhileTurnoutIsReported() throws Exception {
    ApiClient api = api();
    String staff = token("staff@qingshan");
    Map<String, Object> create = new HashMap<>(Map.of("title", "并发签到", "method", "YES_NO_ABSTAIN", "items", List.of("决定"),
        "roll", roll(80)));
    create.put("inPerson", true);
    create.put("scrutineers", Scrutineers.IDS);
    String pollId = api.post("/api/v1/polls", staff, create).json().get("id").asString();
    String path = "/api/v1/polls/" + pollId;
    Scrutineers.ceremony(api.baseUrl(), pollId, infra().issuer());
    api.post(path + "/opening", staff, Map.of());
    ExecutorService devices = Executors.newFixedThreadPool(8);
    List<Callable<Integer>> posts = new ArrayList<>();
    List<String> everyone = roll(80);
    for (int d = 0; d < 8; d++) {
      List<String> mine = everyone.subList(d * 10, d * 10 + 10);
      posts.add(() -> api.post(path + "/attendance", staff, Map.of("voterIds", mine)).status());
    }
    posts.add(() -> {
      // ballots while the devices post: the scheduler reports turnout on the same document meanwhile
      ApiClient.Response signedIn = api.post(path + "/attendance", staff, Map.of("voterIds", List.of(deputyId(1))));
      assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
      ApiClient.Response voted = api.post(path + "/ballots", deputy(1), Map.of("answers", Map.of("决定", "YES")));
      assertThat(voted.status()).as(voted.body()).isEqualTo(201);
      return voted.status();
    });
    for (Future<Integer> f : devices.invokeAll(posts)) {
      assertThat(f.get()).isIn(200, 201);
    }
    devices.shutdown();
    Document stored = mongo.findById(path.substring(path.lastIndexOf('/') + 1), Document.class, "polls");
    assertThat(api.get(path, staff).json().get("present").asInt()).as(stored.toJson()).isEqualTo(80);
  }
}
