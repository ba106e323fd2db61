package io.lianxin.notification.application;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.DeliveryStore;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.application.port.MailChannel;
import io.lianxin.notification.application.port.NotificationStore;
import io.lianxin.notification.application.port.WebhookChannel;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.RetryPolicy;
import io.lianxin.notification.domain.SendFailure;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due deliveries. A worker first claims a delivery (SENDING with a lease, one
 * version-guarded write), so two replicas never send the same one at once; a worker that dies
 * while sending loses its lease and another takes over. Failures go by the {@link RetryPolicy}.
 */
@Component
public class DeliveryWorker {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  /**
   * How the worker runs.
   *
   * @param lease how long a claimed delivery is the worker's
   * @param concurrency deliveries sent at once
   */
  public record Settings(RetryPolicy retries, Duration lease, int concurrency) {
    static Settings of(NotificationProperties properties) {
      return new Settings(properties.retryPolicy(), properties.sendLease(), properties.sendConcurrency());
    }
  }

  /** Where messages leave: the e-mails as the composer writes them, and the webhooks. */
  public record Channels(MailComposer composer, MailChannel mail, WebhookChannel webhook) {}

  private final DeliveryStore deliveries;
  private final NotificationStore notifications;
  private final DirectoryStore directory;
  private final Channels channels;
  private final Clock clock;
  private final Settings settings;
  private final ExecutorService senders;
  private final NotificationMeters businessMeters;

  @Autowired
  public DeliveryWorker(DeliveryStore deliveries, NotificationStore notifications, DirectoryStore directory,
      MailComposer composer, MailChannel mail, WebhookChannel webhook, Clock clock, MeterRegistry meters,
      NotificationProperties properties) {
    this(deliveries, notifications, directory, new Channels(composer, mail, webhook), clock, meters,
        Settings.of(properties));
  }

  public DeliveryWorker(DeliveryStore deliveries, NotificationStore notifications, DirectoryStore directory,
      Channels channels, Clock clock, MeterRegistry meters, Settings settings) {
    this.deliveries = deliveries;
    this.notifications = notifications;
    this.directory = directory;
    this.channels = channels;
    this.clock = clock;
    this.settings = settings;
    this.businessMeters = new NotificationMeters(meters);
    this.senders = Executors.newFixedThreadPool(settings.concurrency(), r -> {
      Thread t = new Thread(r, "delivery-sender");
      t.setDaemon(true);
      return t;
    });
    for (Delivery.Status status : Delivery.Status.values()) {
      Gauge.builder("lianxin.deliveries", () -> deliveries.count(status)).tag("status", status.name())
          .description("deliveries by status (FAILED: gave up; PENDING with attempts: retrying)").register(meters);
    }
  }

  @Scheduled(fixedDelayString = "#{@'" + NotificationProperties.BEAN + "'.deliveryInterval().toMillis()}")
  public void scheduled() {
    runOnce();
  }

  /** Sends what is due, several at a time (SMTP and webhooks wait on the network); returns how many were sent. */
  public int runOnce() {
    // A fan-out puts many deliveries of one notification in a run: read it once per run.
    Map<String, Optional<Notification>> read = new ConcurrentHashMap<>();
    List<Future<Boolean>> sending = new ArrayList<>();
    for (Loaded<Delivery> due : deliveries.due(clock.instant(), 500)) {
      sending.add(senders.submit(() -> deliver(due, read)));
    }
    int sent = 0;
    for (Future<Boolean> result : sending) {
      try {
        sent += result.get() ? 1 : 0;
      } catch (ExecutionException e) {
        log.error("delivery crashed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return sent;
      }
    }
    return sent;
  }

  @PreDestroy
  void stop() {
    senders.shutdownNow();
  }

  private boolean deliver(Loaded<Delivery> due, Map<String, Optional<Notification>> read) {
    Delivery delivery = due.item();
    Loaded<Delivery> claimed;
    try {
      delivery.claim(clock.instant(), settings.lease());
      claimed = deliveries.save(due);
    } catch (DeliveryStore.ChangedMeanwhile | IllegalStateException taken) {
      return false; // another replica claimed it
    }
    Notification notification = read.computeIfAbsent(delivery.notificationId(), notifications::find).orElse(null);
    try {
      send(delivery, notification);
      delivery.sent(clock.instant());
      deliveries.save(claimed);
      businessMeters.attempted(delivery);
      return true;
    } catch (SendFailure failure) {
      delivery.failed(failure, notification, clock.instant(), settings.retries());
      log.warn("delivery {} to {} failed ({}, attempt {}): {}", delivery.id(), delivery.personId(),
          failure.isPermanent() ? "permanent" : "temporary", delivery.attempts(), failure.getMessage());
      deliveries.save(claimed);
      businessMeters.attempted(delivery);
      return false;
    }
  }

  private void send(Delivery delivery, Notification notification) throws SendFailure {
    if (notification == null) {
      throw SendFailure.permanent("notification " + delivery.notificationId() + " not found");
    }
    if (delivery.channel() == Delivery.Channel.WEBHOOK) {
      String secret = directory.find(delivery.congressId(), delivery.personId()).map(Person::webhookSecret)
          .orElse(null);
      if (secret == null) {
        throw SendFailure.permanent("no webhook secret for " + delivery.personId());
      }
      channels.webhook().send(delivery, notification, secret);
    } else {
      channels.mail().send(channels.composer().of(delivery, notification));
    }
  }
}
