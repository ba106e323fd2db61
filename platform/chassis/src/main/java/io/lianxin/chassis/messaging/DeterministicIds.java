package io.lianxin.chassis.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Ids derived from what caused a record, e.g. notification id = hash(event id, recipient): a
 * redelivered event produces the same id, and the insert that meets it is a no-op.
 */
public final class DeterministicIds {

  private DeterministicIds() {}

  /**
   * The id of what a command creates: from the caller and the request's Idempotency-Key when it has
   * one (a retry after a crash then finds what the first attempt wrote), else a random one.
   */
  public static String forCreate(String kind, String congressId, String caller, String idempotencyKey) {
    return idempotencyKey == null ? UUID.randomUUID().toString() : of(kind, congressId, caller, idempotencyKey);
  }

  /** A name-based UUID (SHA-256, truncated to 128 bits, version 8) of the parts, in order. */
  public static String of(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0); // separator: ("ab","c") differs from ("a","bc")
      }
      byte[] hash = digest.digest();
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (hash[i] & 0xff);
        lsb = (lsb << 8) | (hash[i + 8] & 0xff);
      }
      return new UUID(msb, lsb).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
