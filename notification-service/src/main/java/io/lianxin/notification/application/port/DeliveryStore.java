package io.lianxin.notification.application.port;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.notification.domain.Delivery;
import java.time.Instant;
import java.util.List;

/** Deliveries: planned once (deterministic id), then moved by version-guarded saves. */
public interface DeliveryStore {

  /** Which troubled deliveries an admin looks at. */
  enum Trouble {
    /** Failed for good. */
    FAILED,
    /**
     * Not delivered (yet): failed for good, still retrying (attempted, not sent, not given up),
     * held by the person's quiet hours, or deferred to their next digest by the hourly cap.
     */
    UNDELIVERED
  }

  /** Another worker saved the delivery since it was loaded: nothing was written. */
  final class ChangedMeanwhile extends RuntimeException {
    public ChangedMeanwhile(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A person's e-mails deferred to their next digest, oldest planned first. */
  List<Loaded<Delivery>> deferred(String congressId, String personId);

  /** Plans a delivery; false when it was planned before (a redelivered event). */
  boolean plan(Delivery delivery);

  /** Pending deliveries due at {@code now}, and sending ones whose worker's lease ran out (the worker died). */
  List<Loaded<Delivery>> due(Instant now, int limit);

  /**
   * Saves a delivery changed since it was loaded, with the events it recorded, in one write;
   * returns it at its new version.
   *
   * @throws ChangedMeanwhile when another worker saved it first (claimed it, say)
   */
  Loaded<Delivery> save(Loaded<Delivery> changed);

  /** One page of a congress's troubled deliveries, newest planned first. */
  List<Delivery> troubled(String congressId, Trouble trouble, int page, int size);

  /** How many troubled deliveries a congress has (counted in the store). */
  long countTroubled(String congressId, Trouble trouble);

  /**
   * Takes one from a person's e-mail budget of the clock hour {@code hour} (atomically, across
   * replicas); false when the {@code limit} was already used up.
   */
  boolean takeBudget(String congressId, String personId, String hour, int limit);

  long count(Delivery.Status status);
}
