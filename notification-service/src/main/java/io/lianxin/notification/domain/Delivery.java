package io.lianxin.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One notification on its way to one person over one channel (投递). Its id is derived from
 * (notification id, channel, person), so planning it twice plans it once. PENDING → SENDING →
 * SENT, or back to PENDING after a temporary failure (with backoff), or FAILED when the failure
 * is permanent or the attempts are used up; failing for good records {@link NotificationEvent.DeliveryFailed}.
 * An e-mail over the person's hourly cap is DEFERRED (顺延): never sent on its own, it goes in the
 * person's next digest and is then SENT.
 */
public final class Delivery {

  /** Where a delivery stands. */
  public enum Status { PENDING, SENDING, SENT, FAILED, DEFERRED }

  /**
   * Where a delivery stands as an admin reads it (投递状态): DUE (pending, to go now), HELD (waiting
   * for the person's quiet hours to end, 免打扰暂缓), RETRYING (an attempt failed, another is planned),
   * SENDING, SENT, FAILED (for good), DEFERRED (over the hourly cap, for the next digest).
   */
  public enum Standing { DUE, HELD, RETRYING, SENDING, SENT, FAILED, DEFERRED }

  /** How a message travels. */
  public enum Channel { EMAIL, WEBHOOK }

  /** How an attempt to send ended (投递结果): sent, failed but tried again later, or failed for good. */
  public enum Outcome { SENT, FAILED_TEMPORARILY, FAILED_FOR_GOOD }

  private final String id;
  private final String notificationId;
  private final String congressId;
  private final String personId;
  private final Channel channel;
  private final String address;
  private final String language;
  private final Instant plannedAt;
  private Status status;
  private int attempts;
  private Instant nextAttemptAt;
  private Instant leaseUntil;
  private String lastError;
  private Instant sentAt;
  private String traceparent;
  private final List<NotificationEvent> events = new ArrayList<>();

  private Delivery(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.notificationId = Objects.requireNonNull(b.notificationId, "notificationId");
    this.congressId = Objects.requireNonNull(b.congressId, "congressId");
    this.personId = Objects.requireNonNull(b.personId, "personId");
    this.channel = Objects.requireNonNull(b.channel, "channel");
    this.address = Objects.requireNonNull(b.address, "address");
    this.language = b.language;
    this.plannedAt = b.plannedAt;
    this.status = b.status == null ? Status.PENDING : b.status;
    this.attempts = b.attempts;
    this.nextAttemptAt = b.nextAttemptAt;
    this.leaseUntil = b.leaseUntil;
    this.lastError = b.lastError;
    this.sentAt = b.sentAt;
    this.traceparent = b.traceparent;
  }

  /**
   * An e-mail to {@code to}'s address in their language, sendable now or — inside their quiet
   * hours and not urgent — when the quiet hours end.
   */
  public static Delivery byEmail(String id, Notification about, Person to, Preferences chosen, Instant now,
      ZoneId zone) {
    return planned(id, about, to, Channel.EMAIL, to.email(), chosen.language(), now)
        .nextAttemptAt(chosen.sendableFrom(now, about.priority(), zone)).build();
  }

  /**
   * An e-mail over {@code to}'s hourly cap ({@link HourlyLimit}): not sent on its own, but kept for
   * their next digest, so that no notice is dropped.
   */
  public static Delivery deferredToDigest(String id, Notification about, Person to, Preferences chosen, Instant now) {
    return planned(id, about, to, Channel.EMAIL, to.email(), chosen.language(), now).status(Status.DEFERRED).build();
  }

  /** A call of {@code to}'s webhook: systems, not people, so no quiet hours: sendable now. */
  public static Delivery byWebhook(String id, Notification about, Person to, Preferences chosen, Instant now) {
    return planned(id, about, to, Channel.WEBHOOK, to.webhookUrl(), chosen.language(), now).nextAttemptAt(now).build();
  }

  private static Builder planned(String id, Notification about, Person to, Channel channel, String address,
      String language, Instant now) {
    return new Builder().id(id).notificationId(about.id()).congressId(about.congressId()).personId(to.personId())
        .channel(channel).address(address).language(language).plannedAt(now);
  }

  /**
   * Joins the trace it was planned in (W3C traceparent of the event that caused it), so that its
   * sending, whenever and wherever a worker does it, is a span of that trace.
   */
  public void plannedInTrace(String traceparent) {
    this.traceparent = traceparent;
  }

  /** The trace its sending continues, or null. */
  public String traceparent() {
    return traceparent;
  }

  /** A delivery as a store kept it, in whatever state it was left. */
  public static Builder restore() {
    return new Builder();
  }

  /** Whether a worker may take it now: pending and due, or sending with an expired lease (a crashed worker). */
  public boolean due(Instant now) {
    return status == Status.PENDING && !nextAttemptAt.isAfter(now)
        || status == Status.SENDING && leaseUntil != null && leaseUntil.isBefore(now);
  }

  /** A worker takes it for {@code lease}: nobody else sends it meanwhile. */
  public void claim(Instant now, Duration lease) {
    if (!due(now)) {
      throw new IllegalStateException("delivery not due");
    }
    status = Status.SENDING;
    attempts++;
    leaseUntil = now.plus(lease);
  }

  /** A deferred e-mail went in the person's digest: it is sent. */
  public void sentInDigest(Instant now) {
    if (status != Status.DEFERRED) {
      throw new IllegalStateException("only a deferred delivery goes in a digest");
    }
    status = Status.SENT;
    sentAt = now;
  }

  /** Where it stands: HELD when it waits, never tried, past the time it was planned at (quiet hours). */
  public Standing standing() {
    switch (status) {
      case PENDING:
        if (attempts > 0) {
          return Standing.RETRYING;
        }
        return nextAttemptAt != null && nextAttemptAt.isAfter(plannedAt) ? Standing.HELD : Standing.DUE;
      case SENDING:
        return Standing.SENDING;
      case SENT:
        return Standing.SENT;
      case FAILED:
        return Standing.FAILED;
      default:
        return Standing.DEFERRED;
    }
  }

  public void sent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    leaseUntil = null;
    lastError = null;
  }

  /**
   * The attempt failed. Tried again later under {@code retries}, or — permanent, or the attempts
   * used up — failed for good, which records {@link NotificationEvent.DeliveryFailed}.
   *
   * @param about the notification it carried; null when that no longer exists
   */
  public void failed(SendFailure failure, Notification about, Instant now, RetryPolicy retries) {
    lastError = failure.getMessage();
    leaseUntil = null;
    if (retries.givesUp(attempts, failure)) {
      status = Status.FAILED;
      events.add(NotificationEvent.DeliveryFailed.of(about, failure, attempts));
      return;
    }
    nextAttemptAt = retries.nextAttempt(attempts, now);
    status = Status.PENDING;
  }

  /**
   * How the last attempt ended: SENT, FAILED_FOR_GOOD, or — pending again after an error —
   * FAILED_TEMPORARILY.
   *
   * @throws IllegalStateException when no attempt has ended yet
   */
  public Outcome lastOutcome() {
    if (status == Status.SENT) {
      return Outcome.SENT;
    }
    if (status == Status.FAILED) {
      return Outcome.FAILED_FOR_GOOD;
    }
    if (status == Status.PENDING && attempts > 0 && lastError != null) {
      return Outcome.FAILED_TEMPORARILY;
    }
    throw new IllegalStateException("no attempt of delivery " + id + " has ended");
  }

  /** The events recorded since the last call, for the store to stage with the change. */
  public List<NotificationEvent> takeEvents() {
    List<NotificationEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String id() { return id; }
  public String notificationId() { return notificationId; }
  public String congressId() { return congressId; }
  public String personId() { return personId; }
  public Channel channel() { return channel; }
  public String address() { return address; }
  public String language() { return language; }
  public Status status() { return status; }
  public int attempts() { return attempts; }
  public Instant nextAttemptAt() { return nextAttemptAt; }
  public Instant leaseUntil() { return leaseUntil; }
  public String lastError() { return lastError; }
  public Instant sentAt() { return sentAt; }
  public Instant plannedAt() { return plannedAt; }

  /** Every field by name; what is not given starts empty (PENDING, no attempts). */
  public static final class Builder {
    private String id;
    private String notificationId;
    private String congressId;
    private String personId;
    private Channel channel;
    private String address;
    private String language;
    private Instant plannedAt;
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private String lastError;
    private Instant sentAt;
    private String traceparent;

    private Builder() {}

    public Builder id(String id) { this.id = id; return this; }
    public Builder notificationId(String notificationId) { this.notificationId = notificationId; return this; }
    public Builder congressId(String congressId) { this.congressId = congressId; return this; }
    public Builder personId(String personId) { this.personId = personId; return this; }
    public Builder channel(Channel channel) { this.channel = channel; return this; }
    public Builder address(String address) { this.address = address; return this; }
    public Builder language(String language) { this.language = language; return this; }
    public Builder plannedAt(Instant plannedAt) { this.plannedAt = plannedAt; return this; }
    public Builder status(Status status) { this.status = status; return this; }
    public Builder attempts(int attempts) { this.attempts = attempts; return this; }
    public Builder nextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; return this; }
    public Builder leaseUntil(Instant leaseUntil) { this.leaseUntil = leaseUntil; return this; }
    public Builder lastError(String lastError) { this.lastError = lastError; return this; }
    public Builder sentAt(Instant sentAt) { this.sentAt = sentAt; return this; }
    public Builder traceparent(String traceparent) { this.traceparent = traceparent; return this; }

    public Delivery build() {
      return new Delivery(this);
    }
  }
}
