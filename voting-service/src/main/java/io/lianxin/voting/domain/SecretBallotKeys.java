package io.lianxin.voting.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys of a secret poll (无记名投票). While the poll is open, a ballot's id is the HMAC of the
 * voter id under a per-poll key: storing ballots under that id makes "one voter, one ballot" a
 * unique key, yet the stored id does not name the voter. The key is made from the service's
 * secret and the poll's salt; when the poll closes the salt is destroyed, and from then on nobody
 * — staff, admins, the database, the holder of the secret — can tell whose ballot is whose. A voter's receipt code is random and handed to the voter only, so they can find their
 * ballot in the published ballot box.
 */
public final class SecretBallotKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretBallotKeys() {}

  /** A fresh per-poll salt (32 random bytes). */
  public static byte[] newSalt() {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    return salt;
  }

  /**
   * A poll's ballot key: HMAC-SHA256(service secret, poll id | salt). The secret is configuration
   * (never stored with the data), the salt is stored on the poll only while it is open; a copy of
   * the database alone — a backup, the oplog — cannot make the key, and after close nobody can.
   */
  public static byte[] pollKey(byte[] serviceSecret, String pollId, byte[] salt) {
    if (salt == null) {
      throw new IllegalStateException("the poll's key is gone: the poll is closed");
    }
    return hmac(serviceSecret, (pollId + "|").getBytes(StandardCharsets.UTF_8), salt);
  }

  /** The ballot id of a voter in a poll: hex HMAC-SHA256(poll key, poll id | voter id). */
  public static String ballotId(byte[] pollKey, String pollId, String voterId) {
    if (pollKey == null) {
      throw new IllegalStateException("the poll's key is gone: the poll is closed");
    }
    return HexFormat.of().formatHex(hmac(pollKey, (pollId + "|" + voterId).getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] hmac(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A receipt code for the voter (12 characters from an alphabet without look-alikes). */
  public static String receiptCode() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
  }
}
