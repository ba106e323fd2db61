package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A promise made in a reply (答复承诺事项), tracked in the commitments ledger after the item closes.
 *
 * @param status OPEN, FULFILLED or OVERDUE
 */
public record Commitment(String id, String description, LocalDate dueDate, Status status, String evidence,
    Instant fulfilledAt, LocalDate fulfilledOn) {

  /** Where a commitment stands. */
  public enum Status { OPEN, FULFILLED, OVERDUE }

  /** The statuses of a commitment still owed (未兑现): open, or overdue. */
  public static final Set<Status> UNFULFILLED = Collections.unmodifiableSet(EnumSet.of(Status.OPEN, Status.OVERDUE));

  public boolean unfulfilled() {
    return UNFULFILLED.contains(status);
  }

  public boolean fulfilledOnTime() {
    return status == Status.FULFILLED && fulfilledOn != null && !fulfilledOn.isAfter(dueDate);
  }

  Commitment fulfilled(String withEvidence, Instant at, LocalDate on) {
    return new Commitment(id, description, dueDate, Status.FULFILLED, withEvidence, at, on);
  }

  Commitment overdue() {
    return new Commitment(id, description, dueDate, Status.OVERDUE, evidence, fulfilledAt, fulfilledOn);
  }
}
