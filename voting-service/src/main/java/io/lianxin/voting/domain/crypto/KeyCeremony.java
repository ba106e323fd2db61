package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The scrutineers' (监票人) key for one poll, k of n, without anyone ever holding the whole secret:
 * Feldman's verifiable secret sharing as ElectionGuard 2.0 uses it (§3.2). Each scrutineer i picks
 * a polynomial P_i of degree k − 1 on its own device, publishes the commitments K_il = a_il·G to its
 * coefficients (each with a Schnorr proof), and sends P_i(j) to each other scrutineer j encrypted to
 * j's communication key. Scrutineer j checks every share it received against the sender's
 * commitments and keeps s_j = Σ_i P_i(j). The poll's public key is K = Σ_i K_i0; scrutineer j's
 * public share S_j = s_j·G = Σ_i Σ_l j^l·K_il, which anyone computes from what was published. Any
 * k of them decrypt a ciphertext together (Lagrange interpolation at 0); k − 1 learn nothing.
 *
 * <p>Everything here but {@link Polynomial} (which never leaves a scrutineer's device) is public.
 */
public final class KeyCeremony {

  private KeyCeremony() {}

  /** A scrutineer's secret polynomial P(x) = a_0 + a_1·x + … + a_(k−1)·x^(k−1). */
  public record Polynomial(List<BigInteger> coefficients) {
    public static Polynomial random(int threshold) {
      List<BigInteger> a = new ArrayList<>();
      for (int l = 0; l < threshold; l++) {
        a.add(Group.randomScalar());
      }
      return new Polynomial(a);
    }

    public BigInteger at(int x) {
      BigInteger value = BigInteger.ZERO;
      BigInteger power = BigInteger.ONE;
      BigInteger bx = BigInteger.valueOf(x);
      for (BigInteger a : coefficients) {
        value = value.add(a.multiply(power));
        power = power.multiply(bx);
      }
      return value.mod(Group.N);
    }

    /** The public commitments with their proofs, bound to the poll and the scrutineer. */
    public List<Commitment> commitments(String context, int trustee) {
      List<Commitment> out = new ArrayList<>();
      for (int l = 0; l < coefficients.size(); l++) {
        ECPoint k = Group.g(coefficients.get(l));
        out.add(new Commitment(k, SchnorrProof.create(coefficients.get(l), k, commitmentContext(context, trustee, l))));
      }
      return out;
    }
  }

  /** K_il = a_il·G and the proof that its publisher knows a_il. */
  public record Commitment(ECPoint point, SchnorrProof proof) {}

  public static String commitmentContext(String context, int trustee, int l) {
    return context + "|commitment|" + trustee + "|" + l;
  }

  public static String communicationKeyContext(String context, int trustee) {
    return context + "|communication-key|" + trustee;
  }

  /** Whether scrutineer {@code trustee}'s commitments are k valid proofs. */
  public static boolean commitmentsValid(String context, int trustee, int threshold, List<Commitment> commitments) {
    if (commitments.size() != threshold) {
      return false;
    }
    for (int l = 0; l < threshold; l++) {
      if (!commitments.get(l).proof().verify(commitments.get(l).point(), commitmentContext(context, trustee, l))) {
        return false;
      }
    }
    return true;
  }

  /** Σ_l x^l·K_l: what P(x)·G must be. */
  public static ECPoint commitmentAt(List<Commitment> commitments, int x) {
    ECPoint value = Group.ZERO;
    BigInteger power = BigInteger.ONE;
    BigInteger bx = BigInteger.valueOf(x);
    for (Commitment c : commitments) {
      value = value.add(Group.mul(c.point(), power));
      power = power.multiply(bx).mod(Group.N);
    }
    return value.normalize();
  }

  /** Whether a share P_i(j) received from i matches i's commitments. */
  public static boolean shareMatches(BigInteger share, List<Commitment> senderCommitments, int recipient) {
    return Group.g(share).equals(commitmentAt(senderCommitments, recipient));
  }

  /** K = Σ_i K_i0. */
  public static ECPoint jointKey(Map<Integer, List<Commitment>> commitmentsByTrustee) {
    ECPoint k = Group.ZERO;
    for (List<Commitment> c : commitmentsByTrustee.values()) {
      k = k.add(c.get(0).point());
    }
    return k.normalize();
  }

  /** S_j = Σ_i Σ_l j^l·K_il. */
  public static ECPoint publicShare(Map<Integer, List<Commitment>> commitmentsByTrustee, int trustee) {
    ECPoint s = Group.ZERO;
    for (List<Commitment> c : commitmentsByTrustee.values()) {
      s = s.add(commitmentAt(c, trustee));
    }
    return s.normalize();
  }

  /** The Lagrange coefficient at 0 of {@code trustee} among {@code present}: Π l / (l − j) mod n. */
  public static BigInteger lagrange(int trustee, List<Integer> present) {
    BigInteger num = BigInteger.ONE;
    BigInteger den = BigInteger.ONE;
    for (int l : present) {
      if (l != trustee) {
        num = num.multiply(BigInteger.valueOf(l)).mod(Group.N);
        den = den.multiply(BigInteger.valueOf(l - trustee)).mod(Group.N);
      }
    }
    return num.multiply(den.modInverse(Group.N)).mod(Group.N);
  }

  /**
   * m·G = B − Σ_j w_j·M_j over the given shares (k of them, checked by the caller), then m by
   * baby-step giant-step up to {@code bound}; throws when the total is not in [0, bound].
   */
  public static long decrypt(Ciphertext ct, List<DecryptionShare> shares, long bound) {
    List<Integer> present = shares.stream().map(DecryptionShare::trustee).toList();
    ECPoint m = Group.ZERO;
    for (DecryptionShare s : shares) {
      m = m.add(Group.mul(s.share(), lagrange(s.trustee(), present)));
    }
    return discreteLog(ct.b().subtract(m).normalize(), bound);
  }

  /** The m in [0, bound] with m·G = target (baby-step giant-step). */
  public static long discreteLog(ECPoint target, long bound) {
    long step = (long) Math.ceil(Math.sqrt(bound + 1.0));
    Map<String, Long> baby = new HashMap<>();
    ECPoint p = Group.ZERO;
    for (long j = 0; j < step; j++) {
      baby.putIfAbsent(Group.hex(p), j);
      p = p.add(Group.G).normalize();
    }
    ECPoint giant = Group.g(BigInteger.valueOf(step)).negate().normalize();
    ECPoint gamma = target;
    for (long i = 0; i <= step; i++) {
      Long j = baby.get(Group.hex(gamma));
      if (j != null && i * step + j <= bound) {
        return i * step + j;
      }
      gamma = gamma.add(giant).normalize();
    }
    throw new IllegalArgumentException("the decrypted total is not a count from 0 to " + bound);
  }
}
