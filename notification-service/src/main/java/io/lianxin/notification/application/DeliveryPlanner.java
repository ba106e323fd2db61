package io.lianxin.notification.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.notification.NotificationProperties;
import io.lianxin.notification.application.port.DeliveryStore;
import io.lianxin.notification.application.port.DirectoryStore;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.HourlyLimit;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.Preferences;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Plans the deliveries of a notification: one per person the recipient key stands for and
 * channel they have. Delivery id = hash(notification id, channel, person), so planning again —
 * after a redelivered event or a crash — plans nothing new. A webhook gets every notification at
 * once; an e-mail goes as the person's preferences say ({@link Preferences#mailsOneByOne},
 * {@link Preferences#sendableFrom}) within the {@link HourlyLimit}; one over it is deferred to the
 * person's next digest ({@link Delivery#deferredToDigest}), never dropped.
 */
@Component
public class DeliveryPlanner {

  private final DirectoryStore directory;
  private final DeliveryStore deliveries;
  private final PreferencesService preferences;
  private final Clock clock;
  private final ZoneId zone;
  private final HourlyLimit limit;

  public DeliveryPlanner(DirectoryStore directory, DeliveryStore deliveries, PreferencesService preferences, Clock clock,
      ZoneId zone, NotificationProperties settings) {
    this.directory = directory;
    this.deliveries = deliveries;
    this.preferences = preferences;
    this.clock = clock;
    this.zone = zone;
    this.limit = settings.emailLimit();
  }

  /** How many deliveries were newly planned. */
  public int plan(Notification notification) {
    int planned = 0;
    Instant now = clock.instant();
    for (Person person : directory.resolve(notification.congressId(), notification.recipientKey())) {
      Preferences chosen = preferences.of(person);
      if (person.webhookUrl() != null) {
        planned += plan(Delivery.byWebhook(id(notification, Delivery.Channel.WEBHOOK, person), notification, person,
            chosen, now));
      }
      if (person.email() != null && chosen.mailsOneByOne(notification)) {
        String id = id(notification, Delivery.Channel.EMAIL, person);
        planned += plan(withinLimit(person, notification, now)
            ? Delivery.byEmail(id, notification, person, chosen, now, zone)
            : Delivery.deferredToDigest(id, notification, person, chosen, now));
      }
    }
    return planned;
  }

  /**
   * Takes budget only for a mail that would be planned. (A redelivered event may take budget again
   * without sending twice: the delivery id still dedupes; the limit errs on the quiet side.)
   */
  private boolean withinLimit(Person person, Notification notification, Instant now) {
    return !limit.appliesTo(notification.priority()) || deliveries.takeBudget(person.congressId(), person.personId(),
        HourlyLimit.hourOf(now, zone), limit.perHour());
  }

  private int plan(Delivery delivery) {
    return deliveries.plan(delivery) ? 1 : 0;
  }

  private static String id(Notification notification, Delivery.Channel channel, Person person) {
    return DeterministicIds.of(notification.id(), channel.name(), person.personId());
  }
}
