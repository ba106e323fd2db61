package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A proof of knowledge of {@code s} with {@code P = s·G} (Schnorr, Fiat–Shamir with a domain tag and
 * context): a scrutineer shows each published coefficient commitment and its communication key are
 * its own, so nobody can publish a key made from someone else's (ElectionGuard 2.0 §3.2.2).
 */
public record SchnorrProof(BigInteger challenge, BigInteger response) {

  static final String TAG = "lianxin/v1/schnorr";

  public static SchnorrProof create(BigInteger secret, ECPoint publicPoint, String context) {
    BigInteger u = Group.randomScalar();
    BigInteger c = Group.hash(TAG, context, publicPoint, Group.g(u));
    return new SchnorrProof(c, u.subtract(c.multiply(secret)).mod(Group.N));
  }

  public boolean verify(ECPoint publicPoint, String context) {
    if (challenge.signum() < 0 || challenge.compareTo(Group.N) >= 0 || response.signum() < 0
        || response.compareTo(Group.N) >= 0 || publicPoint.isInfinity()) {
      return false;
    }
    ECPoint commitment = Group.sum(Group.G, response, publicPoint, challenge);
    return challenge.equals(Group.hash(TAG, context, publicPoint, commitment));
  }
}
