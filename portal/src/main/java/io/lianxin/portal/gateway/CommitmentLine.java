package io.lianxin.portal.gateway;

import java.time.LocalDate;

/**
 * A line of the commitments ledger (答复承诺解决事项台账): a commitment a unit's reply made, with the item it belongs
 * to, its due date and where it stands (OPEN, OVERDUE, FULFILLED with the day and evidence).
 */
public record CommitmentLine(String suggestionId, String number, String title, String leadUnitId,
    String commitmentId, String description, LocalDate dueDate, String status, LocalDate fulfilledOn,
    String evidence) {

  /** Owed past its due date: marked OVERDUE by the service's deadline job, or still OPEN after its day. */
  public boolean overdueOn(LocalDate today) {
    return "OVERDUE".equals(status) || "OPEN".equals(status) && dueDate != null && dueDate.isBefore(today);
  }
}
