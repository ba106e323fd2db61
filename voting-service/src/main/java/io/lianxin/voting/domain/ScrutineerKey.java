package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import io.lianxin.voting.domain.crypto.SchnorrProof;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A secret poll's key, held by its scrutineers (监票人), k of n ({@link KeyCeremony}): what the
 * service keeps of the ceremony — only public values and shares sealed to their recipients — and
 * where it stands. Each scrutineer, on their own device ({@code lianxin-trustee}):
 * <ol>
 *   <li>publishes a communication key and the commitments to its polynomial, with proofs
 *       ({@link #commit});
 *   <li>once all have, sends each other scrutineer its share, sealed to that scrutineer's key
 *       ({@link #sendShares});
 *   <li>once all have, checks the shares it received against their senders' commitments and
 *       accepts, or names the senders whose shares did not match ({@link #confirm}).
 * </ol>
 * When every scrutineer has accepted, the poll's public key is the sum of the first commitments and
 * the poll may open. A complaint fails the ceremony; staff start it again.
 */
public final class ScrutineerKey {

  /** Where the ceremony stands. */
  public enum Stage { COMMITTING, SHARING, CONFIRMING, READY, FAILED }

  /** One scrutineer's public part; {@code shares} maps the recipient's index to the sealed share. */
  public record Scrutineer(int index, String id, String communicationKey, SchnorrText communicationProof,
      List<CommitmentText> commitments, Map<String, String> shares, Boolean accepted, List<Integer> complaints) {
    public Scrutineer {
      commitments = commitments == null ? null : List.copyOf(commitments);
      shares = shares == null ? null : Map.copyOf(shares);
      complaints = complaints == null ? List.of() : List.copyOf(complaints);
    }

    Scrutineer with(String key, SchnorrText proof, List<CommitmentText> c) {
      return new Scrutineer(index, id, key, proof, c, shares, accepted, complaints);
    }

    Scrutineer withShares(Map<String, String> s) {
      return new Scrutineer(index, id, communicationKey, communicationProof, commitments, s, accepted, complaints);
    }

    Scrutineer confirmed(boolean ok, List<Integer> against) {
      return new Scrutineer(index, id, communicationKey, communicationProof, commitments, shares, ok, against);
    }

    public List<KeyCeremony.Commitment> parsedCommitments() {
      return commitments.stream().map(CommitmentText::parse).toList();
    }
  }

  /** A Schnorr proof in hex. */
  public record SchnorrText(String challenge, String response) {
    public SchnorrProof parse() {
      return new SchnorrProof(Group.scalar(challenge), Group.scalar(response));
    }

    public static SchnorrText of(SchnorrProof p) {
      return new SchnorrText(Group.hex(p.challenge()), Group.hex(p.response()));
    }
  }

  /** A commitment K_il = a_il·G with its proof, in hex. */
  public record CommitmentText(String point, String challenge, String response) {
    public KeyCeremony.Commitment parse() {
      return new KeyCeremony.Commitment(Group.point(point), new SchnorrText(challenge, response).parse());
    }

    public static CommitmentText of(KeyCeremony.Commitment c) {
      return new CommitmentText(Group.hex(c.point()), Group.hex(c.proof().challenge()), Group.hex(c.proof().response()));
    }
  }

  /** What the ceremony's proofs of a poll are bound to. */
  public static String ceremonyContext(String pollId) {
    return "lianxin/v1|poll=" + pollId;
  }

  private int threshold;
  private List<Scrutineer> scrutineers = new ArrayList<>();
  private String publicKey;

  private ScrutineerKey() {}

  /** A new ceremony for these scrutineers (ids of deputies or staff), of whom {@code threshold} decrypt. */
  public static ScrutineerKey of(List<String> ids, int threshold) {
    if (ids == null || ids.isEmpty() || ids.size() > 15 || ids.stream().distinct().count() != ids.size()) {
      throw new RuleViolationException("scrutineers", "1 to 15 distinct scrutineers (监票人)");
    }
    if (threshold < 1 || threshold > ids.size()) {
      throw new RuleViolationException("scrutineerThreshold", "from 1 to the number of scrutineers");
    }
    ScrutineerKey key = new ScrutineerKey();
    key.threshold = threshold;
    for (int i = 0; i < ids.size(); i++) {
      key.scrutineers.add(new Scrutineer(i + 1, ids.get(i), null, null, null, null, null, List.of()));
    }
    return key;
  }

  /** Step 1: the scrutineer's communication key and commitments, each proof checked. */
  public void commit(String who, String context, String communicationKey, SchnorrText proof,
      List<CommitmentText> commitments) {
    Scrutineer me = scrutineer(who);
    requireStage("publish commitments", Stage.COMMITTING);
    if (me.commitments() != null) {
      throw new IllegalTransitionException("publish commitments twice", stage().name());
    }
    try {
      ECPoint e = Group.point(communicationKey);
      if (!proof.parse().verify(e, KeyCeremony.communicationKeyContext(context, me.index()))) {
        throw new RuleViolationException("communicationKeyProof", "the proof of the communication key does not hold");
      }
      List<KeyCeremony.Commitment> parsed = commitments.stream().map(CommitmentText::parse).toList();
      if (!KeyCeremony.commitmentsValid(context, me.index(), threshold, parsed)) {
        throw new RuleViolationException("commitments", threshold + " commitments, each with a proof that holds");
      }
    } catch (IllegalArgumentException malformed) {
      throw new RuleViolationException("commitments", malformed.getMessage());
    }
    replace(me.with(communicationKey, proof, commitments));
  }

  /** Step 2: the scrutineer's shares for every other scrutineer, sealed to them. */
  public void sendShares(String who, Map<String, String> shares) {
    Scrutineer me = scrutineer(who);
    requireStage("send shares", Stage.SHARING);
    if (me.shares() != null) {
      throw new IllegalTransitionException("send shares twice", stage().name());
    }
    List<String> expected = scrutineers.stream().filter(s -> s.index() != me.index())
        .map(s -> String.valueOf(s.index())).sorted().toList();
    if (!new ArrayList<>(new TreeMap<>(shares).keySet()).equals(expected)) {
      throw new RuleViolationException("shares", "one sealed share for each other scrutineer: " + expected);
    }
    if (shares.values().stream().anyMatch(s -> s == null || s.length() > 400)) {
      throw new RuleViolationException("shares", "sealed shares as the tool makes them");
    }
    replace(me.withShares(shares));
  }

  /** What the scrutineer received in step 2: sender index → sealed share. */
  public Map<Integer, String> sharesFor(String who) {
    Scrutineer me = scrutineer(who);
    Map<Integer, String> mine = new TreeMap<>();
    for (Scrutineer s : scrutineers) {
      if (s.shares() != null && s.shares().containsKey(String.valueOf(me.index()))) {
        mine.put(s.index(), s.shares().get(String.valueOf(me.index())));
      }
    }
    return mine;
  }

  /** Step 3: accepted (every share matched), or the senders whose shares did not. */
  public void confirm(String who, List<Integer> complaints) {
    Scrutineer me = scrutineer(who);
    requireStage("confirm the shares", Stage.CONFIRMING);
    if (me.accepted() != null) {
      throw new IllegalTransitionException("confirm twice", stage().name());
    }
    List<Integer> against = complaints == null ? List.of() : List.copyOf(complaints);
    if (against.stream().anyMatch(i -> i < 1 || i > scrutineers.size() || i == me.index())) {
      throw new RuleViolationException("complaints", "indices of other scrutineers");
    }
    replace(me.confirmed(against.isEmpty(), against));
    if (stage() == Stage.READY) {
      Map<Integer, List<KeyCeremony.Commitment>> all = commitments();
      publicKey = Group.hex(KeyCeremony.jointKey(all));
    }
  }

  public Stage stage() {
    if (scrutineers.stream().anyMatch(s -> Boolean.FALSE.equals(s.accepted()))) {
      return Stage.FAILED;
    }
    if (scrutineers.stream().anyMatch(s -> s.commitments() == null)) {
      return Stage.COMMITTING;
    }
    if (scrutineers.stream().anyMatch(s -> s.shares() == null)) {
      return Stage.SHARING;
    }
    if (scrutineers.stream().anyMatch(s -> s.accepted() == null)) {
      return Stage.CONFIRMING;
    }
    return Stage.READY;
  }

  public boolean isScrutineer(String who) {
    return scrutineers.stream().anyMatch(s -> s.id().equals(who));
  }

  /** The index of a scrutineer; 403 for anyone else. */
  public int indexOf(String who) {
    return scrutineer(who).index();
  }

  /** Commitments by scrutineer index (all present once past COMMITTING). */
  public Map<Integer, List<KeyCeremony.Commitment>> commitments() {
    Map<Integer, List<KeyCeremony.Commitment>> all = new LinkedHashMap<>();
    scrutineers.forEach(s -> all.put(s.index(), s.parsedCommitments()));
    return all;
  }

  /** The poll's public key once READY, else null. */
  public ECPoint publicKey() {
    return publicKey == null ? null : Group.point(publicKey);
  }

  public String publicKeyHex() {
    return publicKey;
  }

  public int threshold() {
    return threshold;
  }

  public List<Scrutineer> scrutineers() {
    return List.copyOf(scrutineers);
  }

  /** Someone who is not a scrutineer of this poll has no part in its key: as if it were not there (ADR 0005). */
  private Scrutineer scrutineer(String who) {
    return scrutineers.stream().filter(s -> s.id().equals(who)).findFirst()
        .orElseThrow(() -> new NotFoundException("key ceremony (you are not one of its scrutineers)", who));
  }

  private void replace(Scrutineer updated) {
    scrutineers.set(updated.index() - 1, updated);
  }

  private void requireStage(String action, Stage stage) {
    if (stage() != stage) {
      throw new IllegalTransitionException(action, stage().name());
    }
  }
}
