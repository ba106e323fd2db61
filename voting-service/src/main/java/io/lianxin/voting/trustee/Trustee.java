package io.lianxin.voting.trustee;

import io.lianxin.voting.domain.crypto.Ciphertext;
import io.lianxin.voting.domain.crypto.DecryptionShare;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import io.lianxin.voting.domain.crypto.SchnorrProof;
import io.lianxin.voting.domain.crypto.ShareEncryption;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One scrutineer's (监票人) part of a secret poll, as it runs on the scrutineer's own device: it
 * talks to voting-service over HTTP with the scrutineer's token, and its secrets — the polynomial,
 * the communication key, the key share — never leave it ({@link TrusteeState}, kept by the
 * command-line tool {@code lianxin-trustee} in a file). The steps:
 * {@link #commit}, {@link #sendShares}, {@link #confirm} (the key ceremony, while the poll is a
 * draft), then {@link #decrypt} once the poll is counted.
 */
public final class Trustee {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String pollUrl;
  private final String token;
  private final TrusteeState state;

  /** {@code pollUrl}: the poll's URL, e.g. {@code http://127.0.0.1:8082/api/v1/polls/<id>}. */
  public Trustee(String pollUrl, String token, TrusteeState state) {
    this.pollUrl = pollUrl.endsWith("/") ? pollUrl.substring(0, pollUrl.length() - 1) : pollUrl;
    this.token = token;
    this.state = state;
  }

  public TrusteeState state() {
    return state;
  }

  /** Who the token names: its deputy id, else its subject (how the poll lists its scrutineers). */
  public static String voterIdOf(String token) {
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException("not a JWT");
    }
    JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    JsonNode deputy = claims.get("deputy_id");
    return deputy != null && !deputy.isNull() ? deputy.asString() : claims.get("sub").asString();
  }

  /** Step 1: makes this scrutineer's secrets and publishes the communication key and commitments. */
  public void commit() {
    JsonNode ceremony = get("/key-ceremony");
    String me = voterIdOf(token);
    int index = -1;
    for (JsonNode s : ceremony.get("scrutineers")) {
      if (s.get("id").asString().equals(me)) {
        index = s.get("index").asInt();
      }
    }
    if (index < 0) {
      throw new IllegalStateException(me + " is not a scrutineer of this poll");
    }
    int threshold = ceremony.get("threshold").asInt();
    String context = ceremony.get("context").asString();
    KeyCeremony.Polynomial polynomial = KeyCeremony.Polynomial.random(threshold);
    BigInteger communication = Group.randomScalar();
    ECPoint communicationKey = Group.g(communication);
    state.begin(pollUrl, index, communication, polynomial);
    SchnorrProof proof = SchnorrProof.create(communication, communicationKey,
        KeyCeremony.communicationKeyContext(context, index));
    ObjectNode body = JSON.createObjectNode();
    body.put("communicationKey", Group.hex(communicationKey));
    body.putObject("communicationKeyProof").put("challenge", Group.hex(proof.challenge()))
        .put("response", Group.hex(proof.response()));
    ArrayNode commitments = body.putArray("commitments");
    for (KeyCeremony.Commitment c : polynomial.commitments(context, index)) {
      commitments.addObject().put("point", Group.hex(c.point())).put("challenge", Group.hex(c.proof().challenge()))
          .put("response", Group.hex(c.proof().response()));
    }
    post("/key-ceremony/commitments", body);
  }

  /** Step 2: checks the others' commitments and sends each its share, sealed to its communication key. */
  public void sendShares() {
    JsonNode ceremony = get("/key-ceremony");
    String context = ceremony.get("context").asString();
    int threshold = ceremony.get("threshold").asInt();
    ObjectNode body = JSON.createObjectNode();
    ObjectNode shares = body.putObject("shares");
    for (JsonNode s : ceremony.get("scrutineers")) {
      int j = s.get("index").asInt();
      if (j == state.index()) {
        continue;
      }
      ECPoint theirKey = Group.point(s.get("communicationKey").asString());
      SchnorrProof keyProof = new SchnorrProof(Group.scalar(s.at("/communicationProof/challenge").asString()),
          Group.scalar(s.at("/communicationProof/response").asString()));
      if (!keyProof.verify(theirKey, KeyCeremony.communicationKeyContext(context, j))
          || !KeyCeremony.commitmentsValid(context, j, threshold, commitments(s))) {
        throw new IllegalStateException("scrutineer " + j + "'s published key or commitments do not hold: stop and tell the office");
      }
      shares.put(String.valueOf(j), ShareEncryption.encrypt(state.polynomial().at(j), theirKey, sealContext(context,
          state.index(), j)));
    }
    post("/key-ceremony/shares", body);
  }

  /**
   * Step 3: opens the shares sealed to this scrutineer, checks each against its sender's
   * commitments, keeps the key share s = Σ P_i(me) and accepts — or names the senders whose
   * shares did not match. Returns those senders (empty: accepted).
   */
  public List<Integer> confirm() {
    JsonNode ceremony = get("/key-ceremony");
    String context = ceremony.get("context").asString();
    Map<Integer, List<KeyCeremony.Commitment>> commitments = new LinkedHashMap<>();
    ceremony.get("scrutineers").forEach(s -> commitments.put(s.get("index").asInt(), commitments(s)));
    JsonNode received = get("/key-ceremony/shares");
    BigInteger keyShare = state.polynomial().at(state.index());
    List<Integer> complaints = new ArrayList<>();
    for (Map.Entry<Integer, List<KeyCeremony.Commitment>> sender : commitments.entrySet()) {
      int i = sender.getKey();
      if (i == state.index()) {
        continue;
      }
      try {
        BigInteger share = ShareEncryption.decrypt(received.get(String.valueOf(i)).asString(),
            state.communicationSecret(), sealContext(context, i, state.index()));
        if (!KeyCeremony.shareMatches(share, sender.getValue(), state.index())) {
          complaints.add(i);
        }
        keyShare = keyShare.add(share);
      } catch (RuntimeException unreadable) {
        complaints.add(i);
      }
    }
    if (complaints.isEmpty()) {
      state.keep(keyShare.mod(Group.N));
    }
    ObjectNode body = JSON.createObjectNode();
    ArrayNode against = body.putArray("complaints");
    complaints.forEach(against::add);
    post("/key-ceremony/confirmation", body);
    return complaints;
  }

  /** After the count: this scrutineer's share of every sum, each with its proof. */
  public void decrypt() {
    if (state.keyShare() == null) {
      throw new IllegalStateException("no key share kept: the ceremony was not completed on this device");
    }
    JsonNode ceremony = get("/key-ceremony");
    Map<Integer, List<KeyCeremony.Commitment>> commitments = new LinkedHashMap<>();
    ceremony.get("scrutineers").forEach(s -> commitments.put(s.get("index").asInt(), commitments(s)));
    ECPoint publicShare = KeyCeremony.publicShare(commitments, state.index());
    if (!Group.g(state.keyShare()).equals(publicShare)) {
      throw new IllegalStateException("the key share kept here does not match this poll's commitments");
    }
    JsonNode tally = get("/encrypted-tally");
    String context = tally.get("context").asString();
    ObjectNode body = JSON.createObjectNode();
    ArrayNode shares = body.putArray("shares");
    for (JsonNode sum : tally.get("sums")) {
      String item = sum.get("item").asString();
      String option = sum.get("option").asString();
      Ciphertext ct = Ciphertext.decode(sum.get("ciphertext").asString());
      DecryptionShare s = DecryptionShare.create(state.index(), state.keyShare(), publicShare, ct,
          context + "|sum|item=" + item + "|option=" + option);
      shares.addObject().put("item", item).put("option", option).put("share", Group.hex(s.share()))
          .put("challenge", Group.hex(s.challenge())).put("response", Group.hex(s.response()));
    }
    post("/decryptions", body);
  }

  /** What the poll says of its ceremony now. */
  public JsonNode status() {
    return get("/key-ceremony");
  }

  static String sealContext(String context, int from, int to) {
    return context + "|share|" + from + "->" + to;
  }

  private static List<KeyCeremony.Commitment> commitments(JsonNode scrutineer) {
    List<KeyCeremony.Commitment> out = new ArrayList<>();
    for (JsonNode c : scrutineer.get("commitments")) {
      out.add(new KeyCeremony.Commitment(Group.point(c.get("point").asString()),
          new SchnorrProof(Group.scalar(c.get("challenge").asString()), Group.scalar(c.get("response").asString()))));
    }
    return out;
  }

  private JsonNode get(String path) {
    return send(HttpRequest.newBuilder(URI.create(pollUrl + path)).GET());
  }

  private JsonNode post(String path, JsonNode body) {
    return send(HttpRequest.newBuilder(URI.create(pollUrl + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException("voting-service answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("voting-service cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
