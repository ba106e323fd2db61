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
    /** Failed for good, or still retrying: attempted, not sent, not given up. */
    FAILED_OR_RETRYING
  }

  /** Another worker saved the delivery since it was loaded: nothing was written. */
  final class ChangedMeanwhile extends RuntimeException {
    public ChangedMeanwhile(String message, Throwable cause) {
      super(message, cause);
    }
  }

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

  /** Troubled deliveries of a congress, newest planned first. */
  List<Delivery> troubled(String congressId, Trouble trouble, int limit);

  /**
   * Takes one from a person's e-mail budget of the clock hour {@code hour} (atomically, across
   * replicas); false when the {@code limit} was already used up.
   */
  boolean takeBudget(String congressId, String personId, String hour, int limit);

  long count(Delivery.Status status);
}
