package io.lianxin.notification.messaging;

import io.lianxin.chassis.messaging.TypedEvents;
import io.lianxin.events.EventEnvelope;
import io.lianxin.events.InvalidEventException;
import io.lianxin.notification.domain.RegisterName;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads deputy-service's register events (deputy and unit registered / updated / left) as entries
 * of the names copy; other events are not register events (empty).
 */
public final class RegisterEvents {

  private static final String PREFIX = "lianxin.deputy.";
  private static final Set<String> DEPUTY = Set.of(PREFIX + "deputy-registered.v1", PREFIX + "deputy-updated.v1",
      PREFIX + "deputy-left.v1");
  private static final Set<String> UNIT = Set.of(PREFIX + "unit-registered.v1", PREFIX + "unit-updated.v1",
      PREFIX + "unit-left.v1");

  /** The fields of a deputy event the copy takes; the others are the register's. */
  record DeputyData(String deputyId, String name, String status) {
    DeputyData {
      Objects.requireNonNull(deputyId, "deputyId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
    }
  }

  /** The fields of a unit event the copy takes. */
  record UnitData(String unitId, String name, String status) {
    UnitData {
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
    }
  }

  private RegisterEvents() {}

  /**
   * The entry a register event makes; empty for any other event.
   *
   * @throws InvalidEventException when a register event's data lacks the id, name or status
   */
  public static Optional<RegisterName> read(EventEnvelope event) {
    if (DEPUTY.contains(event.type())) {
      DeputyData d = TypedEvents.read(event, DeputyData.class);
      return Optional.of(new RegisterName(event.congressId(), RegisterName.Kind.DEPUTY, d.deputyId(), d.name(),
          status(event, d.status()), event.sequence()));
    }
    if (UNIT.contains(event.type())) {
      UnitData u = TypedEvents.read(event, UnitData.class);
      return Optional.of(new RegisterName(event.congressId(), RegisterName.Kind.UNIT, u.unitId(), u.name(),
          status(event, u.status()), event.sequence()));
    }
    return Optional.empty();
  }

  /** Left when the event says so by its type or its status (LEFT, REMOVED): anything but ACTIVE. */
  private static RegisterName.Status status(EventEnvelope event, String status) {
    return event.type().endsWith("-left.v1") || !"ACTIVE".equals(status) ? RegisterName.Status.LEFT
        : RegisterName.Status.ACTIVE;
  }
}
