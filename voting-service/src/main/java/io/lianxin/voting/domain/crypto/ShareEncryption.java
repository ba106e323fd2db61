package io.lianxin.voting.domain.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.math.ec.ECPoint;

/**
 * How one scrutineer sends another its share P_i(j) through the service without the service being
 * able to read it: ECIES on P-256 — an ephemeral key t, the shared point t·E_j with the recipient's
 * communication key E_j, SHA-256 of it (with a tag) as an AES-256-GCM key, and the poll, sender and
 * recipient as associated data, so a share cannot be moved to another poll or pair. Text form:
 * {@code T:nonce:ciphertext} in hex.
 */
public final class ShareEncryption {

  private static final HexFormat HEX = HexFormat.of();

  private ShareEncryption() {}

  public static String encrypt(BigInteger share, ECPoint recipientKey, String associated) {
    BigInteger t = Group.randomScalar();
    ECPoint ephemeral = Group.g(t);
    byte[] nonce = new byte[12];
    new java.security.SecureRandom().nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key(Group.mul(recipientKey, t)), nonce, associated)
        .apply(Group.hex(share).getBytes(StandardCharsets.US_ASCII));
    return Group.hex(ephemeral) + ":" + HEX.formatHex(nonce) + ":" + HEX.formatHex(sealed);
  }

  /** The share, or {@link IllegalArgumentException} when it was not sealed for this key and context. */
  public static BigInteger decrypt(String text, BigInteger recipientSecret, String associated) {
    String[] parts = text.split(":");
    if (parts.length != 3) {
      throw new IllegalArgumentException("an encrypted share is T:nonce:ciphertext");
    }
    ECPoint ephemeral = Group.point(parts[0]);
    byte[] plain = cipher(Cipher.DECRYPT_MODE, key(Group.mul(ephemeral, recipientSecret)), HEX.parseHex(parts[1]),
        associated).apply(HEX.parseHex(parts[2]));
    return Group.scalar(new String(plain, StandardCharsets.US_ASCII));
  }

  private static byte[] key(ECPoint shared) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("lianxin/v1/share-key".getBytes(StandardCharsets.UTF_8));
      sha.update(shared.getEncoded(true));
      return sha.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Transform {
    byte[] apply(byte[] in);
  }

  private static Transform cipher(int mode, byte[] key, byte[] nonce, String associated) {
    return in -> {
      try {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
        return c.doFinal(in);
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("the share does not open with this key and context", e);
      }
    };
  }
}
