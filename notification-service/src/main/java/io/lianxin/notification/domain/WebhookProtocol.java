package io.lianxin.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a webhook receiver can rely on (回调协议): the call is signed with HMAC-SHA256 over
 * {@code timestamp + "." + body} under the person's secret ({@code X-Lianxin-Signature:
 * sha256=<hex>}); a 2xx answer is delivered, a 4xx other than 429 refuses for good, anything else
 * is worth another try.
 */
public final class WebhookProtocol {

  private WebhookProtocol() {}

  /** The signature a receiver recomputes: hex HMAC-SHA256 of {@code payload} under {@code secret}. */
  public static String sign(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code X-Lianxin-Signature} header of a call with this timestamp and body. */
  public static String signatureHeader(String secret, String timestamp, String body) {
    return "sha256=" + sign(secret, timestamp + "." + body);
  }

  public static boolean delivered(int status) {
    return status >= 200 && status < 300;
  }

  /** The failure an answer that was not {@link #delivered} means. */
  public static SendFailure failureOf(int status) {
    String reason = "webhook answered " + status;
    return status >= 400 && status < 500 && status != 429
        ? SendFailure.permanent(reason) : SendFailure.temporary(reason, null);
  }
}
