package io.lianxin.trustee;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scrutineers' tool as they run it: the built jar ({@code target/lianxin-trustee.jar}), one
 * process per step, against a real voting-service. Three scrutineers make a 2-of-3 key, one of them
 * with a sealed state file; a voter's own client encrypts a ballot, another votes in plaintext;
 * two scrutineers decrypt; anyone verifies the published result with the same jar, and a changed
 * result fails.
 */
class TrusteeToolIT {

  static final tools.jackson.databind.json.JsonMapper JSON = new tools.jackson.databind.json.JsonMapper();
  static final List<String> SCRUTINEERS = List.of("D-qingshan-801", "D-qingshan-802", "D-qingshan-803");
  static ConfigurableApplicationContext voting;
  static ApiClient api;

  @BeforeAll
  static void start() {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.config.name=voting-service"));
    EmbeddedInfra.shared().serviceProperties("voting-trustee-tool-it").forEach((k, v) -> args.add("--" + k + "=" + v));
    voting = VotingServiceApplication.builder().run(args.toArray(String[]::new));
    api = new ApiClient("http://127.0.0.1:" + voting.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    voting.close();
  }

  static String token(String deputyId) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUser.deputy(deputyId, "代表 " + deputyId, DemoUsers.COUNTY, deputyId));
  }

  record Run(int exit, String out, String err) {}

  static Run tool(String token, String passphrase, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of("target", "lianxin-trustee.jar").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("LIANXIN_TRUSTEE_PASSPHRASE");
    if (token != null) {
      builder.environment().put("LIANXIN_TOKEN", token);
    }
    if (passphrase != null) {
      builder.environment().put("LIANXIN_TRUSTEE_PASSPHRASE", passphrase);
    }
    Process p = builder.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void threeScrutineersKeyAPollWithTheToolTwoDecryptItAndAnyoneVerifiesIt(@TempDir Path dir) throws Exception {
    String staff = EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get("staff@qingshan"));
    Map<String, Object> create = new HashMap<>(Map.of("kind", "APPOINTMENT", "title", "关于任命局长的表决",
        "method", "YES_NO_ABSTAIN", "items", List.of("任命甲"),
        "roll", List.of("D-qingshan-001", "D-qingshan-002", "D-qingshan-003"), "scrutineers", SCRUTINEERS));
    create.put("scrutineerThreshold", 2);
    String id = api.post("/api/v1/polls", staff, create).json().get("id").asString();
    String pollUrl = api.baseUrl() + "/api/v1/polls/" + id;
    String[] passphrases = {"长城长又长 correct horse", null, null};

    for (int i = 0; i < 3; i++) {
      Run init = tool(token(SCRUTINEERS.get(i)), passphrases[i], "init", "--poll", pollUrl, "--state",
          dir.resolve("s" + (i + 1) + ".json").toString());
      assertThat(init.exit()).as(init.err()).isZero();
    }
    assertThat(Files.readString(dir.resolve("s1.json"))).startsWith("lianxin-trustee-sealed-v1:");
    assertThat(tool(token(SCRUTINEERS.get(1)), null, "status", "--state", dir.resolve("s2.json").toString()).out())
        .contains("SHARING");
    for (String step : List.of("share", "confirm")) {
      for (int i = 0; i < 3; i++) {
        Run r = tool(token(SCRUTINEERS.get(i)), passphrases[i], step, "--state", dir.resolve("s" + (i + 1) + ".json").toString());
        assertThat(r.exit()).as(step + " " + (i + 1) + ": " + r.err()).isZero();
      }
    }
    Run wrongPassphrase = tool(token(SCRUTINEERS.get(0)), "wrong", "decrypt", "--state", dir.resolve("s1.json").toString());
    assertThat(wrongPassphrase.exit()).isEqualTo(1);
    assertThat(wrongPassphrase.err()).contains("passphrase");
    JsonNode ceremony = api.get("/api/v1/polls/" + id + "/key-ceremony", staff).json();
    assertThat(ceremony.get("stage").asString()).isEqualTo("READY");
    assertThat(api.post("/api/v1/polls/" + id + "/opening", staff, Map.of()).status()).isEqualTo(200);

    // a voter's own client encrypts its ballot with the poll's key; another sends plaintext answers
    PollSpec spec = new PollSpec(PollMethod.YES_NO_ABSTAIN, List.of("任命甲"), 3, PassingRule.majorityOfAllMembers(),
        null, 0, 1, 50, 60);
    var key = Group.point(ceremony.get("publicKey").asString());
    EncryptedBallot mine = EncryptedBallot.encrypt(spec, key, EncryptedBallot.context(id, key),
        new Ballot(Map.of("任命甲", "YES")));
    ApiClient.Response clientBuilt = api.post("/api/v1/polls/" + id + "/ballots", token("D-qingshan-001"),
        Map.of("encrypted", mine.text()));
    assertThat(clientBuilt.status()).as(clientBuilt.body()).isEqualTo(201);
    assertThat(clientBuilt.json().get("receipt").asString()).as("the receipt is my ballot's hash").isEqualTo(mine.receipt());
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("D-qingshan-002"),
        Map.of("answers", Map.of("任命甲", "YES"))).status()).isEqualTo(201);
    EncryptedBallot elsewhere = EncryptedBallot.encrypt(spec, key, EncryptedBallot.context("another-poll", key),
        new Ballot(Map.of("任命甲", "NO")));
    assertThat(api.post("/api/v1/polls/" + id + "/ballots", token("D-qingshan-003"), Map.of("encrypted", elsewhere.text()))
        .status()).as("proofs made for another poll").isEqualTo(422);

    api.post("/api/v1/polls/" + id + "/closing", staff, Map.of());
    assertThat(api.post("/api/v1/polls/" + id + "/tally", staff, Map.of()).json().get("state").asString())
        .isEqualTo("DECRYPTING");
    for (int i : new int[] {0, 2}) {
      Run r = tool(token(SCRUTINEERS.get(i)), passphrases[i], "decrypt", "--state", dir.resolve("s" + (i + 1) + ".json").toString());
      assertThat(r.exit()).as(r.err()).isZero();
    }
    assertThat(api.post("/api/v1/polls/" + id + "/publication", staff, Map.of()).status()).isEqualTo(200);
    JsonNode result = api.get("/api/v1/polls/" + id + "/result", staff).json();
    assertThat(result.at("/result/items/0/yes").asInt()).as(result.toString()).isEqualTo(2);

    Path file = dir.resolve("result.json");
    Files.writeString(file, result.toString());
    Run verified = tool(null, null, "verify", "--result", file.toString());
    assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
    assertThat(verified.out()).contains("\"proofsHold\" : true").contains("\"resultMatches\" : true");
    ObjectNode tampered = (ObjectNode) result.deepCopy();
    ((ObjectNode) tampered.at("/result/items/0")).put("yes", 3);
    Files.writeString(file, tampered.toString());
    Run caught = tool(null, null, "verify", "--result", file.toString());
    assertThat(caught.exit()).isEqualTo(1);
    JsonNode countDifferences = JSON.readTree(caught.out()).get("differences");
    assertThat(countDifferences).as(caught.out()).hasSize(1);
    assertThat(countDifferences.get(0).get("check").asString()).isEqualTo("result");
    assertThat(countDifferences.get(0).get("item").asString()).isEqualTo("任命甲");
    assertThat(countDifferences.get(0).get("field").asString()).isEqualTo("yes");
    assertThat(countDifferences.get(0).get("published").asString()).isEqualTo("3");
    assertThat(countDifferences.get(0).get("recomputed").asString()).isEqualTo("2");
    assertThat(countDifferences.get(0).get("message").asString()).contains("赞成票").contains("yes votes");
    assertThat(caught.out()).doesNotContain("ItemResult[");

    ObjectNode forged = (ObjectNode) result.deepCopy();
    ObjectNode ballot = (ObjectNode) forged.at("/encrypted/ballots/0");
    String[] lines = ballot.get("ballot").asString().split("\n");
    String[] fields = lines[1].split("\t");
    String[] firstBranch = fields[5].split(";")[0].split(",");
    String changed = Group.hex(Group.scalar(firstBranch[1]).add(java.math.BigInteger.ONE));
    fields[5] = fields[5].replaceFirst(firstBranch[1], changed);
    lines[1] = String.join("\t", fields);
    ballot.put("ballot", String.join("\n", lines) + "\n");
    Files.writeString(file, forged.toString());
    Run proofCaught = tool(null, null, "verify", "--result", file.toString());
    assertThat(proofCaught.exit()).isEqualTo(1);
    JsonNode proofDifference = JSON.readTree(proofCaught.out()).get("differences").get(1);
    assertThat(proofDifference.get("check").asString()).as(proofCaught.out()).isEqualTo("ballot");
    assertThat(proofDifference.get("item").asString()).isEqualTo("任命甲");
    assertThat(proofDifference.get("option").asString()).isEqualTo("YES");
    assertThat(proofDifference.get("receipt").asString()).isEqualTo(ballot.get("receipt").asString());
    assertThat(proofDifference.get("field").asString()).isEqualTo("proof");
    assertThat(tool(null, null, "nonsense").exit()).isEqualTo(2);
  }
}
