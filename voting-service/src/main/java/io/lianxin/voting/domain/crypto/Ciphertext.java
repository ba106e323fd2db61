package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Exponential ElGamal on P-256 under a poll's public key K: {@code (A, B) = (r·G, m·G + r·K)}.
 * Adding ciphertexts adds what they encrypt, so the sum of every ballot's ciphertext for one answer
 * encrypts the number of those answers — decrypted once, never ballot by ballot.
 */
public record Ciphertext(ECPoint a, ECPoint b) {

  public static final Ciphertext ZERO = new Ciphertext(Group.ZERO, Group.ZERO);

  /** Encrypts {@code m} with the nonce {@code r} (which the caller then forgets). */
  public static Ciphertext encrypt(ECPoint publicKey, long m, BigInteger r) {
    return new Ciphertext(Group.g(r), Group.sum(Group.G, BigInteger.valueOf(m), publicKey, r));
  }

  public Ciphertext plus(Ciphertext other) {
    return new Ciphertext(a.add(other.a).normalize(), b.add(other.b).normalize());
  }

  /** "A:B" in compressed hex. */
  public String encoded() {
    return Group.hex(a) + ":" + Group.hex(b);
  }

  public static Ciphertext decode(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("a ciphertext is A:B in hex");
    }
    return new Ciphertext(Group.point(text.substring(0, colon)), Group.point(text.substring(colon + 1)));
  }
}
