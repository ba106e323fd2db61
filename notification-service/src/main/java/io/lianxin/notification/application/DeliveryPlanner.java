package io.lianxin.notification.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.Preferences;
import io.lianxin.notification.domain.Priority;
import io.lianxin.notification.persistence.DeliveryStore;
import io.lianxin.notification.persistence.DirectoryStore;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plans the e-mail deliveries of a notification: one per person the recipient key stands for who
 * has an address. Delivery id = hash(notification id, channel, person), so planning again — after
 * a redelivered event or a crash — plans nothing new. The person's preferences decide whether the
 * area is e-mailed, in which language, and when (after quiet hours, unless urgent). Low-priority
 * notifications go into the person's daily or weekly digest unless they chose IMMEDIATE.
 */
@Component
public class DeliveryPlanner {

  private final DirectoryStore directory;
  private final DeliveryStore deliveries;
  private final PreferencesService preferences;
  private final Clock clock;
  private final ZoneId zone;
  private final int hourlyLimit;

  public DeliveryPlanner(DirectoryStore directory, DeliveryStore deliveries, PreferencesService preferences, Clock clock,
      @Value("${lianxin.notification.zone:Asia/Shanghai}") String zone,
      @Value("${lianxin.notification.hourly-limit:20}") int hourlyLimit) {
    this.hourlyLimit = hourlyLimit;
    this.directory = directory;
    this.deliveries = deliveries;
    this.preferences = preferences;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  /** How many deliveries were newly planned. */
  public int plan(Notification notification) {
    int planned = 0;
    for (Person person : directory.resolve(notification.congressId(), notification.recipientKey())) {
      Preferences chosen = preferences.of(person);
      if (person.webhookUrl() != null) {
        // Systems, not people: no quiet hours, every area.
        planned += plan(notification, person, Delivery.Channel.WEBHOOK, person.webhookUrl(), chosen.language(),
            clock.instant());
      }
      boolean forDigest = notification.priority() == Priority.LOW && chosen.digest() != Preferences.Digest.IMMEDIATE;
      if (person.email() != null && !forDigest && chosen.emails(notification.eventType())
          && withinLimit(person, notification)) {
        planned += plan(notification, person, Delivery.Channel.EMAIL, person.email(), chosen.language(),
            chosen.sendableFrom(clock.instant(), notification.priority(), zone));
      }
    }
    return planned;
  }

  /**
   * Not more than {@code hourlyLimit} non-urgent e-mails in a clock hour to one person; the rest
   * stay in the inbox. Urgent ones always go. (A redelivered event may take budget again without
   * sending twice: the delivery id still dedupes; the limit errs on the quiet side.)
   */
  private boolean withinLimit(Person person, Notification notification) {
    if (notification.priority() == Priority.URGENT) {
      return true;
    }
    String hour = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHH").format(clock.instant().atZone(zone));
    return deliveries.takeBudget(person.congressId(), person.personId(), hour, hourlyLimit);
  }

  private int plan(Notification notification, Person person, Delivery.Channel channel, String address, String language,
      java.time.Instant from) {
    String id = DeterministicIds.of(notification.id(), channel.name(), person.personId());
    Delivery delivery = Delivery.plan(notification.id(), notification.congressId(), person.personId(), channel,
        address, language, clock.instant(), from);
    return deliveries.plan(id, delivery) ? 1 : 0;
  }
}
