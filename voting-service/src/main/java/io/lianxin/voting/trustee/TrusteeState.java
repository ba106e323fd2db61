package io.lianxin.voting.trustee;

import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a scrutineer keeps on their device for one poll: the poll, their index, their communication
 * secret, their polynomial and, once the ceremony is done, their key share. Saved as a file readable
 * by its owner only and, with a passphrase, sealed with AES-256-GCM under a key from
 * PBKDF2-HMAC-SHA256 (600,000 rounds); without one it is plain JSON and the tool says so.
 */
public final class TrusteeState {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int ROUNDS = 600_000;

  private String pollUrl;
  private int index;
  private BigInteger communicationSecret;
  private KeyCeremony.Polynomial polynomial;
  private BigInteger keyShare;

  public static TrusteeState empty() {
    return new TrusteeState();
  }

  void begin(String pollUrl, int index, BigInteger communicationSecret, KeyCeremony.Polynomial polynomial) {
    if (this.polynomial != null) {
      throw new IllegalStateException("this state already holds a key of poll " + this.pollUrl + ": use another file");
    }
    this.pollUrl = pollUrl;
    this.index = index;
    this.communicationSecret = communicationSecret;
    this.polynomial = polynomial;
  }

  void keep(BigInteger keyShare) {
    this.keyShare = keyShare;
  }

  public String pollUrl() {
    return pollUrl;
  }

  public int index() {
    return index;
  }

  BigInteger communicationSecret() {
    return communicationSecret;
  }

  KeyCeremony.Polynomial polynomial() {
    if (polynomial == null) {
      throw new IllegalStateException("no key made yet on this device: run init first");
    }
    return polynomial;
  }

  /** The key share, once the ceremony is done; null before. */
  public BigInteger keyShare() {
    return keyShare;
  }

  /**
   * Every secret this state holds (communication secret, coefficients, key share): what must never
   * show up outside the scrutineer's device — tests search the service's files and logs for them.
   */
  public List<BigInteger> secrets() {
    List<BigInteger> all = new java.util.ArrayList<>();
    if (communicationSecret != null) {
      all.add(communicationSecret);
    }
    if (polynomial != null) {
      all.addAll(polynomial.coefficients());
    }
    if (keyShare != null) {
      all.add(keyShare);
    }
    return all;
  }

  /** Writes the state to {@code file} (owner-only), sealed when {@code passphrase} is not null. */
  public void save(Path file, char[] passphrase) {
    ObjectNode node = JSON.createObjectNode();
    node.put("pollUrl", pollUrl).put("index", index);
    if (communicationSecret != null) {
      node.put("communicationSecret", Group.hex(communicationSecret));
    }
    if (polynomial != null) {
      var coefficients = node.putArray("coefficients");
      polynomial.coefficients().forEach(a -> coefficients.add(Group.hex(a)));
    }
    if (keyShare != null) {
      node.put("keyShare", Group.hex(keyShare));
    }
    String text = JSON.writeValueAsString(node);
    try {
      if (passphrase != null) {
        text = seal(text, passphrase);
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // other file systems: the user's own permissions apply
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TrusteeState load(Path file, char[] passphrase) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("lianxin-trustee-sealed-v1:")) {
        if (passphrase == null) {
          throw new IllegalStateException(file + " is sealed: give its passphrase (LIANXIN_TRUSTEE_PASSPHRASE)");
        }
        text = open(text, passphrase);
      }
      JsonNode node = JSON.readTree(text);
      TrusteeState state = new TrusteeState();
      state.pollUrl = node.path("pollUrl").asString(null);
      state.index = node.path("index").asInt();
      if (node.hasNonNull("communicationSecret")) {
        state.communicationSecret = Group.scalar(node.get("communicationSecret").asString());
      }
      if (node.has("coefficients")) {
        java.util.ArrayList<BigInteger> a = new java.util.ArrayList<>();
        node.get("coefficients").forEach(c -> a.add(Group.scalar(c.asString())));
        state.polynomial = new KeyCeremony.Polynomial(List.copyOf(a));
      }
      if (node.hasNonNull("keyShare")) {
        state.keyShare = Group.scalar(node.get("keyShare").asString());
      }
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String seal(String text, char[] passphrase) {
    try {
      byte[] salt = new byte[16];
      byte[] nonce = new byte[12];
      SecureRandom random = new SecureRandom();
      random.nextBytes(salt);
      random.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key(passphrase, salt), new GCMParameterSpec(128, nonce));
      byte[] sealed = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
      Base64.Encoder b64 = Base64.getEncoder();
      return "lianxin-trustee-sealed-v1:" + b64.encodeToString(salt) + ":" + b64.encodeToString(nonce) + ":"
          + b64.encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String open(String text, char[] passphrase) {
    String[] parts = text.trim().split(":");
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key(passphrase, b64.decode(parts[1])), new GCMParameterSpec(128, b64.decode(parts[2])));
      return new String(c.doFinal(b64.decode(parts[3])), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("the passphrase does not open this file", e);
    }
  }

  private static SecretKeySpec key(char[] passphrase, byte[] salt) throws GeneralSecurityException {
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(passphrase, salt, ROUNDS, 256)).getEncoded();
    return new SecretKeySpec(key, "AES");
  }
}
