package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A deputy in the register (人大代表), of one congress. Entered once, updated while the mandate
 * runs, and left for good (the entry stays, for records and for the rolls that named them).
 */
public final class Deputy {

  private final String congressId;
  private final String deputyId;
  private DeputyDetails details;
  private DeputyStatus status;
  private DepartureReason leftBecause;
  private LocalDate leftOn;
  private final RecordedEvents events = new RecordedEvents();

  private Deputy(String congressId, String deputyId, DeputyDetails details, DeputyStatus status,
      DepartureReason leftBecause, LocalDate leftOn) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.deputyId = Objects.requireNonNull(deputyId, "deputyId");
    this.details = Objects.requireNonNull(details, "details");
    this.status = Objects.requireNonNull(status, "status");
    this.leftBecause = leftBecause;
    this.leftOn = leftOn;
  }

  /** Enters a deputy in the register (代表登记). */
  public static Deputy register(String congressId, String deputyId, DeputyDetails details) {
    Deputy deputy = new Deputy(congressId, deputyId, details, DeputyStatus.ACTIVE, null, null);
    deputy.events.record(new RegisterEvent.DeputyRegistered());
    return deputy;
  }

  /** A deputy as a store kept them. */
  public static Deputy restore(String congressId, String deputyId, DeputyDetails details, DeputyStatus status,
      DepartureReason leftBecause, LocalDate leftOn) {
    return new Deputy(congressId, deputyId, details, status, leftBecause, leftOn);
  }

  /** Changes the entry; the same entry again changes nothing (no event), so a retried import is harmless. */
  public void update(DeputyDetails next) {
    requireActive("update");
    List<String> changed = next.changedFrom(details);
    if (!changed.isEmpty()) {
      details = next;
      events.record(new RegisterEvent.DeputyUpdated(changed));
    }
  }

  /** The mandate ends (代表资格终止), on a day within the term. */
  public void leave(DepartureReason reason, LocalDate on) {
    requireActive("leave");
    if (on.isBefore(details.termStart())) {
      throw new RuleViolationException("leftOn", "a deputy cannot leave before the term starts (" + details.termStart() + ")");
    }
    status = reason.statusAfter();
    leftBecause = reason;
    leftOn = on;
    events.record(new RegisterEvent.DeputyLeft(reason, on));
  }

  private void requireActive(String action) {
    if (status != DeputyStatus.ACTIVE) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  /** The events the last commands recorded, handed over once. */
  public List<RegisterEvent> takeEvents() {
    return events.take();
  }

  public String congressId() {
    return congressId;
  }

  public String deputyId() {
    return deputyId;
  }

  public DeputyDetails details() {
    return details;
  }

  public DeputyStatus status() {
    return status;
  }

  public DepartureReason leftBecause() {
    return leftBecause;
  }

  public LocalDate leftOn() {
    return leftOn;
  }
}
