package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.MongoWireServer;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.trustee.Trustee;
import io.lianxin.voting.trustee.TrusteeState;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A secret poll against a copy of everything the service writes, as an attacker who takes one
 * (issue 9): the Mongo-wire server's H2 file (append-only: every old version of every page stays in
 * it) and the service's log file, with Spring MVC's debug log on (it prints request bodies), copied
 * while the poll is open, after it closed, while it is decrypted and once published. No copy may hold
 * a plaintext choice next to its item, any scrutineer's secret in any encoding, or a value from
 * which a secret key or a ballot's nonce follows: every 64-hex-digit value in a copy is tried as a
 * scalar against the poll's key, the scrutineers' public shares, commitments and communication
 * keys, and every stored ballot's ciphertexts. A named poll on the same store is the control: its
 * plaintext must be found, or the search finds nothing at all.
 */
class StorageSecrecyIT {

  static final String ITEM = "县住建局工作报告";
  static final String CONTROL_ITEM = "对照项目";
  static final List<String> OPTIONS = List.of("BASICALLY_SATISFIED", "UNSATISFIED", "SATISFIED");
  static final Pattern HEX64 = Pattern.compile("(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])");
  static final Pattern POINT = Pattern.compile("0[23][0-9a-f]{64}");

  @Test
  void noCopyOfTheStoreOrTheLogLinksAVoterToAChoice(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store.mv");
    Path log = dir.resolve("voting.log");
    EmbeddedInfra infra = EmbeddedInfra.shared();
    Map<String, byte[]> copies = new LinkedHashMap<>();
    List<Trustee> trustees = new ArrayList<>();
    List<String> ballotsSeen = new ArrayList<>();
    String pollKey;
    try (MongoWireServer mongo = MongoWireServer.onFile(store, 0)) {
      List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.config.name=voting-service",
          "--logging.file.name=" + log, "--logging.level.org.springframework.web=DEBUG",
          "--logging.level.io.lianxin=DEBUG"));
      infra.serviceProperties("voting-secrecy-it").forEach((k, v) -> {
        if (!k.startsWith("spring.mongodb")) {
          args.add("--" + k + "=" + v);
        }
      });
      args.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.port());
      args.add("--spring.mongodb.database=voting-secrecy-it");
      // other tests' services may still run in this JVM; Boot then keeps their logging set-up and
      // ignores logging.file.name, so the log under test would never be written
      LoggingSystem.get(getClass().getClassLoader()).cleanUp();
      ConfigurableApplicationContext voting = VotingServiceApplication.builder().run(args.toArray(String[]::new));
      try {
        ApiClient api = new ApiClient("http://127.0.0.1:" + voting.getEnvironment().getProperty("local.server.port"));
        String staff = infra.issuer().tokenFor(DemoUsers.get("staff@qingshan"));
        List<String> roll = List.of("D-qingshan-101", "D-qingshan-102", "D-qingshan-103", "D-qingshan-104", "D-qingshan-105");
        Map<String, Object> create = new HashMap<>(Map.of("kind", "SATISFACTION", "title", "满意度测评",
            "method", "RATING", "items", List.of(ITEM), "roll", roll, "base", "VALID_VOTES", "scrutineers", Scrutineers.IDS));
        String id = api.post("/api/v1/polls", staff, create).json().get("id").asString();
        String pollUrl = api.baseUrl() + "/api/v1/polls/" + id;
        for (String s : Scrutineers.IDS) {
          trustees.add(new Trustee(pollUrl, Scrutineers.token(infra.issuer(), s), TrusteeState.empty()));
        }
        trustees.forEach(Trustee::commit);
        trustees.forEach(Trustee::sendShares);
        trustees.forEach(Trustee::confirm);
        pollKey = api.get("/api/v1/polls/" + id + "/key-ceremony", staff).json().get("publicKey").asString();
        api.post("/api/v1/polls/" + id + "/opening", staff, Map.of());
        for (int i = 0; i < roll.size(); i++) {
          String token = infra.issuer().tokenFor(DemoUser.deputy("v" + i, "代表", DemoUsers.COUNTY, roll.get(i)));
          ApiClient.Response r = api.post("/api/v1/polls/" + id + "/ballots", token,
              Map.of("answers", Map.of(ITEM, OPTIONS.get(i % OPTIONS.size()))));
          assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        // the control: a named poll keeps its answers, in the clear, by design
        Map<String, Object> named = new HashMap<>(Map.of("title", "记名对照", "method", "RATING", "items", List.of(CONTROL_ITEM),
            "roll", List.of("D-qingshan-001"), "secret", false));
        String control = api.post("/api/v1/polls", staff, named).json().get("id").asString();
        api.post("/api/v1/polls/" + control + "/opening", staff, Map.of());
        api.post("/api/v1/polls/" + control + "/ballots", infra.issuer().tokenFor(DemoUsers.get("deputy1@qingshan")),
            Map.of("answers", Map.of(CONTROL_ITEM, "UNSATISFIED")));
        copies.putAll(copy("open", store, log));
        api.post("/api/v1/polls/" + id + "/closing", staff, Map.of());
        copies.putAll(copy("closed", store, log));
        api.post("/api/v1/polls/" + id + "/tally", staff, Map.of());
        trustees.get(0).decrypt();
        copies.putAll(copy("decrypting", store, log));
        trustees.get(2).decrypt();
        assertThat(api.post("/api/v1/polls/" + id + "/publication", staff, Map.of()).status()).isEqualTo(200);
        JsonNode result = api.get("/api/v1/polls/" + id + "/result", staff).json();
        result.at("/encrypted/ballots").forEach(b -> ballotsSeen.add(b.get("ballot").asString()));
        assertThat(result.at("/result/items/0/satisfied").asInt() + result.at("/result/items/0/basicallySatisfied").asInt()
            + result.at("/result/items/0/unsatisfied").asInt()).isEqualTo(roll.size());
        copies.putAll(copy("published", store, log));
      } finally {
        voting.close();
      }
    }

    // what an attacker would look for, and what the test knows
    List<BigInteger> secrets = new ArrayList<>();
    trustees.forEach(t -> secrets.addAll(t.state().secrets()));
    assertThat(secrets).hasSize(3 * (1 + 2 + 1));
    Set<String> targets = new HashSet<>();
    targets.add(pollKey);
    for (String text : copies.values().stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).toList()) {
      Matcher m = POINT.matcher(text);
      while (m.find()) {
        targets.add(m.group()); // every public point: key, shares, commitments, communication keys, ciphertexts
      }
    }
    for (String ballot : ballotsSeen) {
      for (String line : ballot.split("\n")) {
        if (line.startsWith("S\t")) {
          targets.add(line.split("\t")[3].split(":")[0]); // A = r·G of each ciphertext: its nonce must not be found
        }
      }
    }
    boolean controlFound = false;
    for (Map.Entry<String, byte[]> copy : copies.entrySet()) {
      byte[] bytes = copy.getValue();
      String name = copy.getKey();
      assertThat(plaintextPairs(bytes, ITEM)).as("a plaintext choice next to the secret poll's item in " + name).isEmpty();
      controlFound |= !plaintextPairs(bytes, CONTROL_ITEM).isEmpty();
      String latin = new String(bytes, StandardCharsets.ISO_8859_1);
      for (BigInteger secret : secrets) {
        String hex = Group.hex(secret);
        byte[] raw = fixed32(secret);
        assertThat(latin).as("a scrutineer's secret in " + name).doesNotContain(hex).doesNotContain(hex.toUpperCase())
            .doesNotContain(Base64.getEncoder().encodeToString(raw)).doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
      }
      Matcher m = HEX64.matcher(latin);
      int tried = 0;
      while (m.find()) {
        BigInteger candidate = new BigInteger(m.group(), 16).mod(Group.N);
        if (candidate.signum() == 0) {
          continue;
        }
        tried++;
        ECPoint p = Group.g(candidate);
        assertThat(targets).as("a value in %s (%s…) is the secret of a public key or a ballot's nonce", name,
            m.group().substring(0, 12)).doesNotContain(Group.hex(p));
      }
      assertThat(tried).as("the search saw the stored proofs and receipts in " + name).isPositive();
    }
    assertThat(controlFound).as("the named control poll's plaintext answer was found: the search works").isTrue();
  }

  private static Map<String, byte[]> copy(String moment, Path store, Path log) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("the store file when " + moment, Files.readAllBytes(store));
    out.put("the log when " + moment, Files.exists(log) ? Files.readAllBytes(log) : new byte[0]);
    return out;
  }

  /**
   * Each place where the item is followed, within a few bytes, by an answer other than in an
   * encrypted ballot's line ({@code item TAB option TAB ciphertext}, which names every option): a
   * JSON pair, a map's toString, a BSON field or a serialized map entry.
   */
  static List<String> plaintextPairs(byte[] bytes, String item) {
    byte[] needle = item.getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    for (int i = indexOf(bytes, needle, 0); i >= 0; i = indexOf(bytes, needle, i + 1)) {
      int after = i + needle.length;
      for (int gap = 1; gap <= 8 && after + gap < bytes.length; gap++) {
        for (String option : OPTIONS) {
          byte[] o = option.getBytes(StandardCharsets.US_ASCII);
          byte before = bytes[after + gap - 1];
          boolean wholeToken = !(before >= 'A' && before <= 'Z' || before == '_');
          if (wholeToken && startsWith(bytes, after + gap, o) && !(gap == 1 && bytes[after] == '\t')) {
            found.add(HexFormat.of().formatHex(bytes, after, after + gap) + " " + option);
          }
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    for (int j = 0; j < prefix.length; j++) {
      if (bytes[at + j] != prefix[j]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] fixed32(BigInteger k) {
    byte[] raw = k.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(32, raw.length);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }
}
