package io.lianxin.notification.channel;

import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.WebhookChannel;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.SendFailure;
import io.lianxin.notification.domain.WebhookProtocol;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import io.lianxin.chassis.observability.EventTracing;
import io.micrometer.tracing.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a webhook (SMS gateways, WeChat bridges, units' own systems) by {@link WebhookProtocol}: a
 * JSON POST, signed, with its timestamp (receivers reject old ones). Targets in private, loopback
 * and link-local ranges are refused unless configuration allows them, so a directory entry cannot
 * make the service call its own network.
 */
@Component
public class HttpWebhookChannel implements WebhookChannel {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Whether a webhook may call loopback, private and link-local addresses. */
  public enum Targets { PUBLIC_ONLY, PRIVATE_ALLOWED }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final Clock clock;
  private final Targets targets;

  private final EventTracing tracing;

  @Autowired
  public HttpWebhookChannel(Clock clock, NotificationProperties settings, EventTracing tracing) {
    this(clock, settings.webhookAllowPrivate() ? Targets.PRIVATE_ALLOWED : Targets.PUBLIC_ONLY, tracing);
  }

  public HttpWebhookChannel(Clock clock, Targets targets, EventTracing tracing) {
    this.tracing = tracing;
    this.clock = clock;
    this.targets = targets;
  }

  @Override
  public void send(Delivery delivery, Notification notification, String secret) throws SendFailure {
    try (EventTracing.Scope span = tracing.continueFrom(delivery.traceparent(), "call webhook",
        Span.Kind.CLIENT)) {
      try {
        sendNow(delivery, notification, secret);
      } catch (SendFailure failure) {
        span.error(failure);
        throw failure;
      }
    }
  }

  private void sendNow(Delivery delivery, Notification notification, String secret) throws SendFailure {
    URI target = URI.create(delivery.address());
    refuseInternal(target);
    String body = JSON.writeValueAsString(Map.of("deliveryId", delivery.id(), "notification", notification));
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("X-Lianxin-Delivery", delivery.id())
        .header("X-Lianxin-Timestamp", timestamp)
        .header("X-Lianxin-Signature", WebhookProtocol.signatureHeader(secret, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    int status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw SendFailure.temporary("webhook unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SendFailure.temporary("interrupted", e);
    }
    if (!WebhookProtocol.delivered(status)) {
      throw WebhookProtocol.failureOf(status);
    }
  }

  private void refuseInternal(URI target) throws SendFailure {
    if (targets == Targets.PRIVATE_ALLOWED) {
      return;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
            || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
          throw SendFailure.permanent("webhook target " + target.getHost() + " is in a private range");
        }
      }
    } catch (UnknownHostException e) {
      throw SendFailure.temporary("webhook host unknown: " + target.getHost(), e);
    }
  }

  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
  }
}
