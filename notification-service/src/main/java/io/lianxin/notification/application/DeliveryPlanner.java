package io.lianxin.notification.application;

import io.lianxin.chassis.messaging.DeterministicIds;
import io.lianxin.notification.domain.Delivery;
import io.lianxin.notification.domain.Notification;
import io.lianxin.notification.domain.Person;
import io.lianxin.notification.domain.Priority;
import io.lianxin.notification.persistence.DeliveryStore;
import io.lianxin.notification.persistence.DirectoryStore;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Plans the e-mail deliveries of a notification: one per person the recipient key stands for who
 * has an address. Delivery id = hash(notification id, channel, person), so planning again — after
 * a redelivered event or a crash — plans nothing new. Low-priority notifications stay in the
 * inbox (they are for the digests).
 */
@Component
public class DeliveryPlanner {

  private final DirectoryStore directory;
  private final DeliveryStore deliveries;
  private final Clock clock;

  public DeliveryPlanner(DirectoryStore directory, DeliveryStore deliveries, Clock clock) {
    this.directory = directory;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** How many deliveries were newly planned. */
  public int plan(Notification notification) {
    if (notification.priority() == Priority.LOW) {
      return 0;
    }
    int planned = 0;
    for (Person person : directory.resolve(notification.congressId(), notification.recipientKey())) {
      if (person.email() == null) {
        continue;
      }
      String id = DeterministicIds.of(notification.id(), Delivery.Channel.EMAIL.name(), person.personId());
      Delivery delivery = Delivery.plan(notification.id(), notification.congressId(), person.personId(),
          Delivery.Channel.EMAIL, person.email(), person.language(), clock.instant());
      if (deliveries.plan(id, delivery)) {
        planned++;
      }
    }
    return planned;
  }
}
