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
  private final RecordedEvents<RegisterEvent> events = new RecordedEvents<>();

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

  /**
   * One head per delegation (每个代表团一名团长): an entry that makes {@code deputyId} head of its
   * delegation is refused while another active deputy of the congress heads it.
   *
   * @param activeHeads the congress's active deputies heading the entry's delegation now
   */
  public static void requireSoleHead(String deputyId, DeputyDetails entry, List<Deputy> activeHeads) {
    if (!entry.delegationHead()) {
      return;
    }
    List<String> others = activeHeads.stream().map(Deputy::deputyId).filter(id -> !id.equals(deputyId)).toList();
    if (!others.isEmpty()) {
      throw new RuleViolationException("delegationHead", entry.delegation() + "已有团长 " + String.join("、", others)
          + " / " + entry.delegation() + " is already headed by " + String.join(", ", others));
    }
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

  /**
   * Whether the deputy served (在任) at some time in {@code year}: the term had begun by its end, and
   * neither the term nor the mandate had ended before it began. The year-end list is of these deputies.
   */
  public boolean servedIn(int year) {
    return details.termStart().getYear() <= year
        && (details.termEnd() == null || details.termEnd().getYear() >= year)
        && (leftOn == null || leftOn.getYear() >= year);
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
