package io.lianxin.notification.application;

import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one delivery to a webhook (SMS gateways, WeChat bridges, units' own systems): a JSON POST
 * signed with HMAC-SHA256 over {@code timestamp + "." + body} in {@code X-Lianxin-Signature:
 * sha256=<hex>}, the timestamp in {@code X-Lianxin-Timestamp} (receivers reject old ones). Targets
 * in private, loopback and link-local ranges are refused unless configuration allows them, so a
 * directory entry cannot make the service call its own network.
 */
@Component
public class WebhookChannel {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final Clock clock;
  private final boolean allowPrivate;

  public WebhookChannel(Clock clock, @Value("${lianxin.notification.webhook-allow-private:false}") boolean allowPrivate) {
    this.clock = clock;
    this.allowPrivate = allowPrivate;
  }

  public void send(String deliveryId, Delivery delivery, Notification notification, String secret)
      throws SendFailure {
    URI target = URI.create(delivery.address());
    refuseInternal(target);
    String body = JSON.writeValueAsString(java.util.Map.of("deliveryId", deliveryId, "notification", notification));
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("X-Lianxin-Delivery", deliveryId)
        .header("X-Lianxin-Timestamp", timestamp)
        .header("X-Lianxin-Signature", "sha256=" + sign(secret, timestamp + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    int status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new SendFailure("webhook unreachable: " + e.getMessage(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendFailure("interrupted", false, e);
    }
    if (status >= 200 && status < 300) {
      return;
    }
    boolean permanent = status >= 400 && status < 500 && status != 429;
    throw new SendFailure("webhook answered " + status, permanent, null);
  }

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

  private void refuseInternal(URI target) throws SendFailure {
    if (allowPrivate) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
            || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
          throw new SendFailure("webhook target " + target.getHost() + " is in a private range", true, null);
        }
      }
    } catch (UnknownHostException e) {
      throw new SendFailure("webhook host unknown: " + target.getHost(), false, e);
    }
  }

  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
  }
}
