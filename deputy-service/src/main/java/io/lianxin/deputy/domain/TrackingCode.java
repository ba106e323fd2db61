package io.lianxin.deputy.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The code a voter follows their opinion by (查询码): {@value #LENGTH} characters of Crockford's base32
 * (no I, L, O, U), 50 random bits — not guessable, and short enough to read out over the phone.
 */
public final class TrackingCode {

  public static final int LENGTH = 10;
  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  /** What a code looks like (for the path parameter). */
  public static final String PATTERN = "^[0-9A-HJKMNP-TV-Z]{10}$";

  private static final RandomGenerator SECURE = new SecureRandom();

  private TrackingCode() {}

  /** A new code from a secure random source. */
  public static String next() {
    return next(SECURE);
  }

  public static String next(RandomGenerator random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
