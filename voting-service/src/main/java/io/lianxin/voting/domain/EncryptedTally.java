package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.Ciphertext;
import io.lianxin.voting.domain.crypto.DecryptionShare;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A secret poll's count before it is read (加密计票): for every item and answer the sum of the
 * box's ciphertexts, and the scrutineers' decryption shares of those sums, each with its proof. Once
 * {@code threshold} scrutineers have given valid shares the totals are decrypted — the only numbers
 * ever decrypted.
 */
public final class EncryptedTally {

  /** The sum of one answer of one item over every ballot in the box; at most {@code bound}. */
  public record Sum(String item, String option, String ciphertext, long bound) {
    public Ciphertext parsed() {
      return Ciphertext.decode(ciphertext);
    }
  }

  /** One scrutineer's share of one sum, in hex. */
  public record ShareText(String item, String option, String share, String challenge, String response) {
    DecryptionShare parse(int trustee) {
      return new DecryptionShare(trustee, Group.point(share), Group.scalar(challenge), Group.scalar(response));
    }

    public static ShareText of(String item, String option, DecryptionShare s) {
      return new ShareText(item, option, Group.hex(s.share()), Group.hex(s.challenge()), Group.hex(s.response()));
    }
  }

  /** A decrypted total. */
  public record Total(String item, String option, long value) {}

  private List<Sum> sums = new ArrayList<>();
  /** Scrutineer index → its shares of every sum. */
  private Map<String, List<ShareText>> shares = new LinkedHashMap<>();
  private List<Total> totals;

  private EncryptedTally() {}

  /** The sums of a box: item → option → ciphertext, each bounded by ballots × the largest value. */
  public static EncryptedTally of(PollSpec spec, Map<String, Map<String, Ciphertext>> sums, long ballots) {
    EncryptedTally tally = new EncryptedTally();
    for (String item : spec.items()) {
      for (String option : EncryptedBallot.options(spec.method())) {
        Ciphertext ct = sums.getOrDefault(item, Map.of()).getOrDefault(option, Ciphertext.ZERO);
        tally.sums.add(new Sum(item, option, ct.encoded(), ballots * EncryptedBallot.maximum(spec.method())));
      }
    }
    return tally;
  }

  /**
   * A scrutineer's shares of every sum, each proof checked against its public share; returns true
   * when enough scrutineers have given theirs and the totals were decrypted.
   */
  public boolean addShares(int trustee, ECPoint publicShare, String context, List<ShareText> given, int threshold) {
    if (totals != null) {
      throw new IllegalTransitionException("add a decryption share", "DECRYPTED");
    }
    if (shares.containsKey(String.valueOf(trustee))) {
      throw new IllegalTransitionException("give decryption shares twice", "SHARE_GIVEN");
    }
    if (given.size() != sums.size()) {
      throw new RuleViolationException("shares", "one share for each of the " + sums.size() + " sums");
    }
    for (int i = 0; i < sums.size(); i++) {
      Sum sum = sums.get(i);
      ShareText s = given.get(i);
      if (!s.item().equals(sum.item()) || !s.option().equals(sum.option())) {
        throw new RuleViolationException("shares", "share " + (i + 1) + " is not for " + sum.item() + " / " + sum.option());
      }
      try {
        if (!s.parse(trustee).verify(publicShare, sum.parsed(), shareContext(context, sum))) {
          throw new RuleViolationException("shares", "the proof of the share for " + sum.item() + " / " + sum.option()
              + " does not hold: it was not made with this scrutineer's key share");
        }
      } catch (IllegalArgumentException malformed) {
        throw new RuleViolationException("shares", malformed.getMessage());
      }
    }
    shares.put(String.valueOf(trustee), List.copyOf(given));
    if (shares.size() < threshold) {
      return false;
    }
    totals = decrypt(sums, shares, threshold);
    return true;
  }

  /** Decrypts every sum from the first {@code threshold} scrutineers' shares (Lagrange at 0). */
  static List<Total> decrypt(List<Sum> sums, Map<String, List<ShareText>> shares, int threshold) {
    List<Map.Entry<String, List<ShareText>>> quorum = new ArrayList<>(shares.entrySet()).subList(0, threshold);
    List<Total> out = new ArrayList<>();
    for (int i = 0; i < sums.size(); i++) {
      Sum sum = sums.get(i);
      List<DecryptionShare> parts = new ArrayList<>();
      for (Map.Entry<String, List<ShareText>> q : quorum) {
        parts.add(q.getValue().get(i).parse(Integer.parseInt(q.getKey())));
      }
      out.add(new Total(sum.item(), sum.option(), KeyCeremony.decrypt(sum.parsed(), parts, sum.bound())));
    }
    return out;
  }

  /** A share is bound to the poll and to the one sum it decrypts. */
  public static String shareContext(String context, Sum sum) {
    return context + "|sum|item=" + sum.item() + "|option=" + sum.option();
  }

  /** The totals as electronic counts for {@link Tally}. */
  public Tally.Electronic electronic(long ballots) {
    Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
    totals.forEach(t -> answers.computeIfAbsent(t.item(), k -> new LinkedHashMap<>()).put(t.option(), t.value()));
    return new Tally.Electronic(ballots, 0, answers);
  }

  public List<Sum> sums() {
    return List.copyOf(sums);
  }

  public Map<String, List<ShareText>> shares() {
    return Map.copyOf(shares);
  }

  /** Null until decrypted. */
  public List<Total> totals() {
    return totals == null ? null : List.copyOf(totals);
  }

  public boolean decrypted() {
    return totals != null;
  }
}
