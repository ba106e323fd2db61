package io.lianxin.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One notification on its way to one person over one channel (投递). Its id is derived from
 * (notification id, channel, person), so planning it twice plans it once. PENDING → SENDING →
 * SENT, or back to PENDING after a temporary failure (with backoff), or FAILED when the failure
 * is permanent or the attempts are used up.
 */
public final class Delivery {

  /** Where a delivery stands. */
  public enum Status { PENDING, SENDING, SENT, FAILED }

  /** How a message travels. */
  public enum Channel { EMAIL, WEBHOOK }

  private String notificationId;
  private String congressId;
  private String personId;
  private Channel channel;
  private String address;
  private String language;
  private Status status;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant leaseUntil;
  private String lastError;
  private Instant sentAt;
  private Instant plannedAt;

  private Delivery() {}

  /** A delivery to be tried from {@code sendableFrom} on (now, or when quiet hours end). */
  public static Delivery plan(String notificationId, String congressId, String personId, Channel channel,
      String address, String language, Instant plannedAt, Instant sendableFrom) {
    Delivery d = new Delivery();
    d.notificationId = notificationId;
    d.congressId = congressId;
    d.personId = personId;
    d.channel = channel;
    d.address = address;
    d.language = language;
    d.status = Status.PENDING;
    d.nextAttemptAt = sendableFrom;
    d.plannedAt = plannedAt;
    return d;
  }

  /** Whether a worker may take it now: pending and due, or sending with an expired lease (a crashed worker). */
  public boolean due(Instant now) {
    return status == Status.PENDING && !nextAttemptAt.isAfter(now)
        || status == Status.SENDING && leaseUntil != null && leaseUntil.isBefore(now);
  }

  public void claim(Instant now, Duration lease) {
    if (!due(now)) {
      throw new IllegalStateException("delivery not due");
    }
    status = Status.SENDING;
    attempts++;
    leaseUntil = now.plus(lease);
  }

  public void sent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    leaseUntil = null;
    lastError = null;
  }

  /**
   * A failed attempt. Permanent failures (SMTP 5xx, webhook 4xx other than 429) stop at once;
   * temporary ones wait {@code base × 2^(attempts-1)} (at most {@code max}) until the attempts are
   * used up. Returns true when the delivery has now failed for good.
   */
  public boolean failed(String error, boolean permanent, Instant now, int maxAttempts, Duration base, Duration max) {
    lastError = error;
    leaseUntil = null;
    if (permanent || attempts >= maxAttempts) {
      status = Status.FAILED;
      return true;
    }
    long factor = 1L << Math.min(20, attempts - 1);
    Duration wait = base.multipliedBy(factor);
    nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
    status = Status.PENDING;
    return false;
  }

  public String notificationId() { return notificationId; }
  public String congressId() { return congressId; }
  public String personId() { return personId; }
  public Channel channel() { return channel; }
  public String address() { return address; }
  public String language() { return language; }
  public Status status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public String lastError() { return lastError; }
  public Instant sentAt() { return sentAt; }
  public Instant plannedAt() { return plannedAt; }
}
