package io.lianxin.voting.trustee;

import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.EncryptedBox;
import io.lianxin.voting.domain.EncryptedTally;
import io.lianxin.voting.domain.PaperTally;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.ScrutineerKey;
import io.lianxin.voting.domain.Tally;
import io.lianxin.voting.domain.Verifier;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code lianxin-trustee}: a scrutineer's (监票人) tool, run on their own device (docs/plenary.md).
 *
 * <pre>
 * lianxin-trustee init    --poll URL --state FILE   make my key share's polynomial, publish commitments
 * lianxin-trustee share   --state FILE              send the others their shares, sealed to them
 * lianxin-trustee confirm --state FILE              check the shares I received, keep my key share
 * lianxin-trustee decrypt --state FILE              give my decryption shares of a counted poll
 * lianxin-trustee status  --state FILE              the ceremony as the poll sees it
 * lianxin-trustee verify  --result FILE             recompute a published result (anyone)
 * </pre>
 * The token comes from {@code --token} or {@code LIANXIN_TOKEN}; the state file is sealed with
 * {@code LIANXIN_TRUSTEE_PASSPHRASE} when it is set.
 */
public final class TrusteeCli {

  /** Reads what the service publishes; writes as the service answers (a null field left off, as its API does). */
  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

  private TrusteeCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** The exit code: 0 done, 1 failed (the reason on {@code err}), 2 a wrong command line. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    if (args.length == 0 || args[0].equals("--help")) {
      err.println(usage());
      return args.length == 0 ? 2 : 0;
    }
    if (!List.of("init", "share", "confirm", "decrypt", "status", "verify").contains(args[0])) {
      err.println("lianxin-trustee: unknown command " + args[0] + "\n" + usage());
      return 2;
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("lianxin-trustee: " + args[i] + " needs a value\n" + usage());
        return 2;
      }
      options.put(args[i].substring(2), args[++i]);
    }
    try {
      String command = args[0];
      if (command.equals("verify")) {
        return verify(Path.of(require(options, "result")), out);
      }
      Path file = Path.of(require(options, "state"));
      String token = options.getOrDefault("token", env.get("LIANXIN_TOKEN"));
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("a token: --token or LIANXIN_TOKEN");
      }
      String secret = env.get("LIANXIN_TRUSTEE_PASSPHRASE");
      char[] passphrase = secret == null || secret.isEmpty() ? null : secret.toCharArray();
      if (passphrase == null) {
        err.println("lianxin-trustee: warning: LIANXIN_TRUSTEE_PASSPHRASE is not set; " + file + " is kept unsealed");
      }
      TrusteeState state = command.equals("init") ? TrusteeState.empty() : TrusteeState.load(file, passphrase);
      String poll = command.equals("init") ? require(options, "poll") : state.pollUrl();
      Trustee trustee = new Trustee(poll, token, state);
      switch (command) {
        case "init" -> {
          if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists: a new key needs a new file");
          }
          trustee.commit();
          state.save(file, passphrase);
          out.println("scrutineer " + state.index() + ": commitments published; keep " + file + " safe");
        }
        case "share" -> {
          trustee.sendShares();
          out.println("scrutineer " + state.index() + ": shares sent, each sealed to its recipient");
        }
        case "confirm" -> {
          List<Integer> complaints = trustee.confirm();
          state.save(file, passphrase);
          out.println(complaints.isEmpty() ? "scrutineer " + state.index() + ": every share matched; key share kept"
              : "scrutineer " + state.index() + ": shares from " + complaints + " did not match; the ceremony fails");
          return complaints.isEmpty() ? 0 : 1;
        }
        case "decrypt" -> {
          trustee.decrypt();
          out.println("scrutineer " + state.index() + ": decryption shares given");
        }
        case "status" -> out.println(trustee.status().toPrettyString());
        default -> {
          err.println("lianxin-trustee: unknown command " + command + "\n" + usage());
          return 2;
        }
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("lianxin-trustee: " + e.getMessage());
      return 1;
    }
  }

  /** Recomputes a published result as served by voting-service (…/result, or /api/v1/public/polls/{id}/result). */
  static int verify(Path result, PrintStream out) {
    Verifier.Verification v;
    try {
      v = verify(JSON.readTree(Files.readString(result)));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + result + ": " + e.getMessage());
    }
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(v));
    return v.verified() ? 0 : 1;
  }

  public static Verifier.Verification verify(JsonNode r) {
    JsonNode rules = r.get("rules");
    PollSpec spec = new PollSpec(PollMethod.valueOf(rules.get("method").asString()),
        JSON.treeToValue(rules.get("items"), new TypeReference<List<String>>() { }), rules.get("rollSize").asInt(),
        JSON.treeToValue(rules.get("rule"), PassingRule.class),
        rules.get("seats") == null || rules.get("seats").isNull() ? null : rules.get("seats").asInt(),
        rules.get("minChoices").asInt(), rules.get("maxChoices").asInt(), rules.get("quorumPercent").asInt(),
        rules.get("passScore").asInt());
    List<PaperTally> paper = r.hasNonNull("paperTallies")
        ? JSON.treeToValue(r.get("paperTallies"), new TypeReference<List<PaperTally>>() { }) : List.of();
    Tally.Result result = JSON.treeToValue(r.get("result"), Tally.Result.class);
    long present = r.get("present").asLong();
    String digest = r.get("boxDigest").asString();
    if (!r.get("secret").asBoolean()) {
      List<BallotBox.Entry> box = JSON.treeToValue(r.get("ballotBox"), new TypeReference<List<BallotBox.Entry>>() { });
      return Verifier.verify(new Verifier.Claim(spec, present, paper, new BallotBox(box), digest, result));
    }
    JsonNode e = r.get("encrypted");
    List<ScrutineerKey.Scrutineer> scrutineers = new ArrayList<>();
    for (JsonNode s : e.get("scrutineers")) {
      scrutineers.add(new ScrutineerKey.Scrutineer(s.get("index").asInt(), "scrutineer-" + s.get("index").asInt(), null,
          null, JSON.treeToValue(s.get("commitments"), new TypeReference<List<ScrutineerKey.CommitmentText>>() { }),
          null, null, List.of()));
    }
    return Verifier.verify(new Verifier.SecretClaim(r.get("pollId").asString(), spec, present, paper,
        e.get("threshold").asInt(), scrutineers, e.get("publicKey").asString(),
        new EncryptedBox(JSON.treeToValue(e.get("ballots"), new TypeReference<List<EncryptedBox.Entry>>() { })), digest,
        JSON.treeToValue(e.get("sums"), new TypeReference<List<EncryptedTally.Sum>>() { }),
        JSON.treeToValue(e.get("decryptionShares"), new TypeReference<Map<String, List<EncryptedTally.ShareText>>>() { }),
        JSON.treeToValue(e.get("totals"), new TypeReference<List<EncryptedTally.Total>>() { }), result));
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is needed");
    }
    return value;
  }

  private static String usage() {
    return """
        usage: lianxin-trustee <command> [options]   (a scrutineer's tool, docs/plenary.md)
          init    --poll URL --state FILE   make my part of the poll's key, publish commitments
          share   --state FILE              send each other scrutineer its share, sealed to them
          confirm --state FILE              check the shares I received against their commitments, keep my key share
          decrypt --state FILE              give my decryption shares of the counted poll, with proofs
          status  --state FILE              the key ceremony as the poll sees it
          verify  --result FILE             recompute a published result (anyone: no token needed)
        token: --token T or LIANXIN_TOKEN; state sealed with LIANXIN_TRUSTEE_PASSPHRASE""";
  }
}
