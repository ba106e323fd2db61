package io.lianxin.notification.application;

import io.lianxin.chassis.outbox.PendingEvent;
import io.lianxin.events.EventCatalog;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.persistence.DeliveryDocument;
import io.lianxin.notification.persistence.DeliveryStore;
import io.lianxin.notification.persistence.NotificationStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due deliveries. A worker first claims a delivery (SENDING with a lease, one
 * version-guarded write), so two replicas never send the same one at once; a worker that dies
 * while sending loses its lease and another takes over. Temporary failures are retried with
 * exponential backoff, permanent ones stop at once and publish {@code delivery-failed}.
 */
@Component
public class DeliveryWorker {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  private final DeliveryStore deliveries;
  private final NotificationStore notifications;
  private final EmailChannel email;
  private final WebhookChannel webhook;
  private final io.lianxin.notification.persistence.DirectoryStore directory;
  private final Clock clock;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Duration lease;
  private final java.util.concurrent.ExecutorService senders;

  public DeliveryWorker(DeliveryStore deliveries, NotificationStore notifications, EmailChannel email,
      WebhookChannel webhook, io.lianxin.notification.persistence.DirectoryStore directory, Clock clock,
      MeterRegistry meters,
      @Value("${lianxin.notification.max-attempts:6}") int maxAttempts,
      @Value("${lianxin.notification.retry-backoff:30s}") Duration backoff,
      @Value("${lianxin.notification.max-retry-backoff:1h}") Duration maxBackoff,
      @Value("${lianxin.notification.send-lease:2m}") Duration lease,
      @Value("${lianxin.notification.send-concurrency:8}") int concurrency) {
    this.senders = java.util.concurrent.Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "delivery-sender");
      t.setDaemon(true);
      return t;
    });
    this.deliveries = deliveries;
    this.notifications = notifications;
    this.email = email;
    this.webhook = webhook;
    this.directory = directory;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
    this.lease = lease;
    for (Delivery.Status status : Delivery.Status.values()) {
      Gauge.builder("lianxin.deliveries", () -> deliveries.count(status)).tag("status", status.name())
          .description("deliveries by status (FAILED: gave up; PENDING with attempts: retrying)").register(meters);
    }
  }

  @Scheduled(fixedDelayString = "${lianxin.notification.delivery-interval:1s}")
  public void scheduled() {
    runOnce();
  }

  /** Sends what is due, several at a time (SMTP and webhooks wait on the network); returns how many were sent. */
  public int runOnce() {
    // A fan-out puts many deliveries of one notification in a run: read it once per run.
    Map<String, Optional<Notification>> read = new ConcurrentHashMap<>();
    List<java.util.concurrent.Future<Boolean>> sending = new java.util.ArrayList<>();
    for (DeliveryDocument doc : deliveries.due(clock.instant(), 500)) {
      sending.add(senders.submit(() -> deliver(doc, read)));
    }
    int sent = 0;
    for (java.util.concurrent.Future<Boolean> result : sending) {
      try {
        sent += result.get() ? 1 : 0;
      } catch (java.util.concurrent.ExecutionException e) {
        log.error("delivery crashed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return sent;
      }
    }
    return sent;
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    senders.shutdownNow();
  }

  private boolean deliver(DeliveryDocument doc, Map<String, Optional<Notification>> read) {
    Delivery d = doc.getDelivery();
    Instant now = clock.instant();
    try {
      d.claim(now, lease);
      deliveries.save(doc, List.of());
    } catch (OptimisticLockingFailureException | IllegalStateException taken) {
      return false; // another replica claimed it
    }
    Notification notification = read.computeIfAbsent(d.notificationId(), notifications::find).orElse(null);
    try {
      if (notification == null) {
        throw new SendFailure("notification " + d.notificationId() + " not found", true, null);
      }
      if (d.channel() == Delivery.Channel.WEBHOOK) {
        String secret = directory.find(d.congressId(), d.personId()).map(p -> p.webhookSecret()).orElse(null);
        if (secret == null) {
          throw new SendFailure("no webhook secret for " + d.personId(), true, null);
        }
        webhook.send(doc.getId(), d, notification, secret);
      } else {
        email.send(doc.getId(), d, notification);
      }
      d.sent(clock.instant());
      deliveries.save(doc, List.of());
      return true;
    } catch (SendFailure failure) {
      boolean final_ = d.failed(failure.getMessage(), failure.permanent(), clock.instant(), maxAttempts, backoff, maxBackoff);
      log.warn("delivery {} to {} failed ({}, attempt {}): {}", doc.getId(), d.personId(),
          failure.permanent() ? "permanent" : "temporary", d.attempts(), failure.getMessage());
      deliveries.save(doc, final_ ? List.of(failedEvent(doc.getId(), d, notification, failure)) : List.of());
      return false;
    }
  }

  private static PendingEvent failedEvent(String id, Delivery d, Notification n, SendFailure failure) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("deliveryId", id);
    data.put("notificationId", d.notificationId());
    data.put("congressId", d.congressId());
    data.put("personId", d.personId());
    data.put("channel", d.channel().name());
    data.put("eventType", n == null ? "unknown" : n.eventType());
    data.put("subjectId", n == null ? "unknown" : n.subjectId());
    data.put("reason", failure.getMessage() == null ? "unknown" : failure.getMessage());
    data.put("permanent", failure.permanent());
    data.put("attempts", d.attempts());
    return new PendingEvent(EventCatalog.DELIVERY_FAILED, d.congressId(), data, "system", "SYSTEM",
        "投递失败 / delivery failed");
  }
}
