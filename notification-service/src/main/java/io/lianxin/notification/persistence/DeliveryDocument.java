package io.lianxin.notification.persistence;

import io.lianxin.chassis.outbox.AggregateDocument;
import io.lianxin.notification.domain.Delivery;
import org.springframework.data.mongodb.core.mapping.Document;

/** A delivery as stored, with version, outbox (delivery-failed) and history. */
@Document(DeliveryDocument.COLLECTION)
public class DeliveryDocument extends AggregateDocument {

  public static final String COLLECTION = "deliveries";

  private Delivery delivery;
  /** Copied from the delivery, so that the worker finds due ones with one indexed query. */
  private java.time.Instant dueAt;
  private Delivery.Status status;

  public static DeliveryDocument of(String id, Delivery delivery) {
    DeliveryDocument doc = new DeliveryDocument();
    doc.setId(id);
    doc.delivery = delivery;
    doc.refresh();
    return doc;
  }

  /** Keeps the query fields in step with the delivery before a save. */
  public DeliveryDocument refresh() {
    status = delivery.status();
    dueAt = status == Delivery.Status.PENDING ? delivery.nextAttemptAt() : null;
    return this;
  }

  public Delivery getDelivery() { return delivery; }
  public void setDelivery(Delivery delivery) { this.delivery = delivery; }
  public java.time.Instant getDueAt() { return dueAt; }
  public void setDueAt(java.time.Instant dueAt) { this.dueAt = dueAt; }
  public Delivery.Status getStatus() { return status; }
  public void setStatus(Delivery.Status status) { this.status = status; }
}
