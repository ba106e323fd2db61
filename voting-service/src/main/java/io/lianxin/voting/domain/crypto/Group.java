package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The group every secret-ballot computation works in: NIST P-256 (SEC 2 secp256r1), its generator
 * {@code G} and prime order {@code n}, from BouncyCastle. Points travel as compressed SEC 1 hex,
 * scalars as 64 hex digits. Hashes to scalars are SHA-256 over length-prefixed parts with a domain
 * tag first, reduced mod n (Fiat–Shamir).
 */
public final class Group {

  // BouncyCastle's own P-256 (SecP256R1Curve, fast field arithmetic), not the generic curve of the X9 tables
  private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
  public static final ECCurve CURVE = P256.getCurve();
  public static final ECPoint G = P256.getG().normalize();
  public static final BigInteger N = P256.getN();
  public static final ECPoint ZERO = CURVE.getInfinity();

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final FixedPointCombMultiplier BASE = new FixedPointCombMultiplier();
  private static final HexFormat HEX = HexFormat.of();

  private Group() {}

  /** k·G, with the fixed-base comb. */
  public static ECPoint g(BigInteger k) {
    return BASE.multiply(G, k.mod(N)).normalize();
  }

  /** k·P. */
  public static ECPoint mul(ECPoint p, BigInteger k) {
    return p.multiply(k.mod(N)).normalize();
  }

  /** a·P + b·Q in one pass (Shamir's trick). */
  public static ECPoint sum(ECPoint p, BigInteger a, ECPoint q, BigInteger b) {
    if (p.isInfinity()) {
      return mul(q, b);
    }
    if (q.isInfinity()) {
      return mul(p, a);
    }
    return ECAlgorithms.sumOfTwoMultiplies(p, a.mod(N), q, b.mod(N)).normalize();
  }

  /** A uniformly random scalar in [1, n). */
  public static BigInteger randomScalar() {
    BigInteger k;
    do {
      k = new BigInteger(N.bitLength(), RANDOM);
    } while (k.signum() == 0 || k.compareTo(N) >= 0);
    return k;
  }

  public static String hex(ECPoint p) {
    return HEX.formatHex(p.getEncoded(true));
  }

  /** A point from its compressed hex; throws {@link IllegalArgumentException} if it is not one of the group. */
  public static ECPoint point(String hex) {
    try {
      ECPoint p = CURVE.decodePoint(HEX.parseHex(hex)).normalize();
      if (!p.isValid()) {
        throw new IllegalArgumentException("not a point of P-256");
      }
      return p;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a point of P-256: " + abbreviate(hex), e);
    }
  }

  public static String hex(BigInteger k) {
    String s = k.mod(N).toString(16);
    return "0".repeat(64 - s.length()) + s;
  }

  /** A scalar from 64 hex digits, below n. */
  public static BigInteger scalar(String hex) {
    if (hex == null || hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("a scalar is 64 hex digits: " + abbreviate(hex));
    }
    BigInteger k = new BigInteger(hex, 16);
    if (k.compareTo(N) >= 0) {
      throw new IllegalArgumentException("a scalar is below the group order");
    }
    return k;
  }

  /** H(tag, parts…) mod n: each part as its UTF-8 bytes with a 4-byte length, so parts cannot run together. */
  public static BigInteger hash(String tag, Object... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, tag);
      for (Object part : parts) {
        update(sha, part instanceof ECPoint p ? hex(p) : part instanceof BigInteger k ? hex(k) : String.valueOf(part));
      }
      return new BigInteger(1, sha.digest()).mod(N);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hex SHA-256 of a text. */
  public static String sha256(String text) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
        (byte) bytes.length});
    sha.update(bytes);
  }

  private static String abbreviate(String s) {
    return s == null ? "null" : s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
