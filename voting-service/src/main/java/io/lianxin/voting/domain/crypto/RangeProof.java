package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A proof that a ciphertext encrypts a whole number in {@code [low, high]} without saying which:
 * the disjunctive Chaum–Pedersen proof of Helios and ElectionGuard 2.0 (§3.3.5, range proofs),
 * made non-interactive by Fiat–Shamir with a domain tag and the poll's context.
 *
 * <p>For each j in the range, {@code (A, B − j·G)} encrypts 0 exactly when m = j, i.e. when
 * log_G A = log_K (B − j·G). The prover answers the true branch honestly (commitment u·G, u·K)
 * and simulates every other (chosen challenge c_j and response v_j, commitments derived from
 * them); the challenges must add up to the hash of everything, so at most one branch can have
 * been simulated by choice of the hash. Published: (c_j, v_j) per branch; the verifier recomputes
 * the commitments {@code a_j = v_j·G + c_j·A}, {@code b_j = v_j·K + c_j·(B − j·G)} and checks the hash.
 */
public record RangeProof(int low, int high, List<BigInteger> challenges, List<BigInteger> responses) {

  static final String TAG = "lianxin/v1/range-proof";

  public RangeProof {
    challenges = List.copyOf(challenges);
    responses = List.copyOf(responses);
  }

  /** For the ciphertext of {@code m} made with nonce {@code r} under {@code key}, bound to {@code context}. */
  public static RangeProof create(ECPoint key, Ciphertext ct, int m, BigInteger r, int low, int high, String context) {
    if (m < low || m > high) {
      throw new IllegalArgumentException("the value is outside the range it is proved in");
    }
    int size = high - low + 1;
    BigInteger[] c = new BigInteger[size];
    BigInteger[] v = new BigInteger[size];
    ECPoint[] commitA = new ECPoint[size];
    ECPoint[] commitB = new ECPoint[size];
    BigInteger u = Group.randomScalar();
    BigInteger simulated = BigInteger.ZERO;
    for (int j = low; j <= high; j++) {
      int i = j - low;
      if (j == m) {
        commitA[i] = Group.g(u);
        commitB[i] = Group.mul(key, u);
      } else {
        c[i] = Group.randomScalar();
        v[i] = Group.randomScalar();
        commitA[i] = Group.sum(Group.G, v[i], ct.a(), c[i]);
        commitB[i] = Group.sum(key, v[i], shifted(ct, j), c[i]);
        simulated = simulated.add(c[i]);
      }
    }
    BigInteger total = challenge(key, ct, low, high, context, commitA, commitB);
    int real = m - low;
    c[real] = total.subtract(simulated).mod(Group.N);
    v[real] = u.subtract(c[real].multiply(r)).mod(Group.N);
    return new RangeProof(low, high, List.of(c), List.of(v));
  }

  public boolean verify(ECPoint key, Ciphertext ct, String context) {
    int size = high - low + 1;
    if (size < 1 || challenges.size() != size || responses.size() != size) {
      return false;
    }
    ECPoint[] commitA = new ECPoint[size];
    ECPoint[] commitB = new ECPoint[size];
    BigInteger sum = BigInteger.ZERO;
    for (int j = low; j <= high; j++) {
      int i = j - low;
      BigInteger c = challenges.get(i);
      BigInteger v = responses.get(i);
      if (c.signum() < 0 || c.compareTo(Group.N) >= 0 || v.signum() < 0 || v.compareTo(Group.N) >= 0) {
        return false;
      }
      commitA[i] = Group.sum(Group.G, v, ct.a(), c);
      commitB[i] = Group.sum(key, v, shifted(ct, j), c);
      sum = sum.add(c);
    }
    return sum.mod(Group.N).equals(challenge(key, ct, low, high, context, commitA, commitB));
  }

  /** B − j·G. */
  private static ECPoint shifted(Ciphertext ct, int j) {
    return j == 0 ? ct.b() : ct.b().subtract(Group.g(BigInteger.valueOf(j))).normalize();
  }

  private static BigInteger challenge(ECPoint key, Ciphertext ct, int low, int high, String context,
      ECPoint[] commitA, ECPoint[] commitB) {
    List<Object> parts = new ArrayList<>(List.of(context, key, ct.a(), ct.b(), low, high));
    for (int i = 0; i < commitA.length; i++) {
      parts.add(commitA[i]);
      parts.add(commitB[i]);
    }
    return Group.hash(TAG, parts.toArray());
  }
}
