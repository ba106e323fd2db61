package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/**
 * One scrutineer's part of decrypting a ciphertext {@code (A, B)}: {@code M_j = s_j·A} for its key
 * share s_j, with a Chaum–Pedersen proof that log_G S_j = log_A M_j, where {@code S_j = s_j·G} is
 * its public share, which anyone computes from the published commitments. A part made with any other
 * secret fails the proof (ElectionGuard 2.0 §3.6).
 */
public record DecryptionShare(int trustee, ECPoint share, BigInteger challenge, BigInteger response) {

  static final String TAG = "lianxin/v1/decryption-share";

  public static DecryptionShare create(int trustee, BigInteger secretShare, ECPoint publicShare, Ciphertext ct,
      String context) {
    ECPoint m = Group.mul(ct.a(), secretShare);
    BigInteger u = Group.randomScalar();
    BigInteger c = Group.hash(TAG, context, trustee, publicShare, ct.a(), ct.b(), m, Group.g(u), Group.mul(ct.a(), u));
    return new DecryptionShare(trustee, m, c, u.subtract(c.multiply(secretShare)).mod(Group.N));
  }

  public boolean verify(ECPoint publicShare, Ciphertext ct, String context) {
    if (challenge.signum() < 0 || challenge.compareTo(Group.N) >= 0 || response.signum() < 0
        || response.compareTo(Group.N) >= 0) {
      return false;
    }
    ECPoint a = Group.sum(Group.G, response, publicShare, challenge);
    ECPoint b = Group.sum(ct.a(), response, share, challenge);
    return challenge.equals(Group.hash(TAG, context, trustee, publicShare, ct.a(), ct.b(), share, a, b));
  }
}
