package io.lianxin.notification.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.notification.domain.Delivery;
import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;

/** A delivery as stored, with version, outbox (delivery-failed) and history. */
@Document(DeliveryDocument.COLLECTION)
public class DeliveryDocument extends AggregateDocument {

  public static final String COLLECTION = "deliveries";

  private Stored delivery;
  /** Copied from the delivery, so that the worker finds due ones with one indexed query. */
  private Instant dueAt;
  private Delivery.Status status;
  /** Copied from the delivery, so that admins find held and deferred ones with one query. */
  private Delivery.Standing standing;

  /** The document of {@code delivery} at {@code version} (null: not stored yet). */
  static DeliveryDocument of(Delivery delivery, Long version) {
    DeliveryDocument doc = new DeliveryDocument();
    doc.setId(delivery.id());
    doc.setVersion(version);
    doc.delivery = Stored.of(delivery);
    doc.status = delivery.status();
    doc.standing = delivery.standing();
    doc.dueAt = delivery.status() == Delivery.Status.PENDING ? delivery.nextAttemptAt() : null;
    return doc;
  }

  public Delivery toDelivery() {
    return delivery.toDelivery(getId());
  }

  public Instant getDueAt() { return dueAt; }
  public Delivery.Status getStatus() { return status; }
  public Delivery.Standing getStanding() { return standing; }

  /** The delivery's fields under {@code delivery}, as documents have always kept them (the id is the document's). */
  static final class Stored {
    String notificationId;
    String congressId;
    String personId;
    Delivery.Channel channel;
    String address;
    String language;
    Delivery.Status status;
    int attempts;
    Instant nextAttemptAt;
    Instant leaseUntil;
    String lastError;
    Instant sentAt;
    Instant plannedAt;
    String traceparent;

    static Stored of(Delivery d) {
      Stored s = new Stored();
      s.notificationId = d.notificationId();
      s.congressId = d.congressId();
      s.personId = d.personId();
      s.channel = d.channel();
      s.address = d.address();
      s.language = d.language();
      s.status = d.status();
      s.attempts = d.attempts();
      s.nextAttemptAt = d.nextAttemptAt();
      s.leaseUntil = d.leaseUntil();
      s.lastError = d.lastError();
      s.sentAt = d.sentAt();
      s.plannedAt = d.plannedAt();
      s.traceparent = d.traceparent();
      return s;
    }

    Delivery toDelivery(String id) {
      return Delivery.restore().id(id).notificationId(notificationId).congressId(congressId).personId(personId)
          .channel(channel).address(address).language(language).status(status).attempts(attempts)
          .nextAttemptAt(nextAttemptAt).leaseUntil(leaseUntil).lastError(lastError).sentAt(sentAt)
          .plannedAt(plannedAt).traceparent(traceparent).build();
    }
  }
}
