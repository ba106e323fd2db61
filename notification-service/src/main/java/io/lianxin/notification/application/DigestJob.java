package io.lianxin.notification.application;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.DeliveryStore;
import io.lianxin.notification.application.port.DigestStore;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.application.port.MailChannel;
import io.lianxin.notification.application.port.NotificationStore;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Digest;
import io.lianxin.notification.domain.DigestPeriod;
import io.lianxin.notification.domain.Inbox;
import io.lianxin.notification.domain.InboxFilter;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.Preferences;
import io.lianxin.notification.domain.SendFailure;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the digests (摘要) that are due ({@link DigestPeriod#dueAt}). A digest is claimed in the
 * {@link DigestStore} before it is sent, so it goes once even with several replicas; a claim whose
 * sender died is taken over after {@link Digest#CLAIM_LEASE}.
 */
@Component
public class DigestJob {

  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

  private final DirectoryStore directory;
  private final NotificationStore notifications;
  private final PreferencesService preferences;
  private final DigestStore digests;
  private final MailComposer composer;
  private final MailChannel mail;
  private final Clock clock;
  private final ZoneId zone;
  private final LocalTime sendAt;
  private final NotificationMeters meters;
  private final DeliveryStore deliveries;

  public DigestJob(DirectoryStore directory, NotificationStore notifications, PreferencesService preferences,
      DigestStore digests, MailComposer composer, MailChannel mail, Clock clock, ZoneId zone,
      NotificationProperties settings, NotificationMeters meters, DeliveryStore deliveries) {
    this.deliveries = deliveries;
    this.directory = directory;
    this.notifications = notifications;
    this.preferences = preferences;
    this.digests = digests;
    this.composer = composer;
    this.mail = mail;
    this.clock = clock;
    this.zone = zone;
    this.sendAt = settings.digestAt();
    this.meters = meters;
  }

  @Scheduled(fixedDelayString = "#{@'" + NotificationProperties.BEAN + "'.digestInterval().toMillis()}")
  public void scheduled() {
    DigestPeriod.dueAt(clock.instant(), zone, sendAt).forEach(this::send);
  }

  /** Sends the digests of {@code period} to everyone who chose its kind; returns how many. */
  public int send(DigestPeriod period) {
    int sent = 0;
    for (Person person : directory.withEmail()) {
      Preferences chosen = preferences.of(person);
      List<Loaded<Delivery>> deferred = deliveries.deferred(person.congressId(), person.personId());
      if (!period.isFor(chosen, !deferred.isEmpty())) {
        continue;
      }
      String id = period.idFor(person);
      if (digests.sent(id)) {
        continue; // the job runs every few minutes; a sent digest needs no second look at the inbox
      }
      Optional<Digest> digest = Digest.of(person, chosen, period,
          notifications.newestFirst(Inbox.of(person), InboxFilter.ALL, 0, 500),
          deferred.stream().map(d -> d.item().notificationId()).collect(Collectors.toSet()), zone);
      if (digest.isEmpty() || !digests.claim(id, clock.instant(), Digest.CLAIM_LEASE)) {
        continue;
      }
      try {
        mail.send(composer.of(digest.get()));
        digests.markSent(id, digest.get().size());
        // only those the digest holds: a deferred mail older than the inbox page read waits for the next one
        sentInDigest(deferred.stream().filter(d -> digest.get().holds(d.item().notificationId())).toList());
        meters.digestAttempted(person.congressId(), Delivery.Outcome.SENT);
        sent++;
      } catch (SendFailure e) {
        log.warn("digest {} failed ({}): {}", id, e.isPermanent() ? "permanent" : "temporary", e.getMessage());
        meters.digestAttempted(person.congressId(),
            e.isPermanent() ? Delivery.Outcome.FAILED_FOR_GOOD : Delivery.Outcome.FAILED_TEMPORARILY);
        if (!e.isPermanent()) {
          digests.release(id); // try again next run
        }
      }
    }
    return sent;
  }

  /** The deferred e-mails went in the digest: each is sent (one a concurrent run took is left to it). */
  private void sentInDigest(List<Loaded<Delivery>> deferred) {
    for (Loaded<Delivery> d : deferred) {
      d.item().sentInDigest(clock.instant());
      try {
        deliveries.save(d);
      } catch (DeliveryStore.ChangedMeanwhile e) {
        log.debug("deferred delivery {} changed meanwhile", d.item().id());
      }
    }
  }
}
