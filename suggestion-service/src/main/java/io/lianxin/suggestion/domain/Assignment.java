package io.lianxin.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Assignment to handling units (交办): lead unit (主办), co-units (协办), reply due date. */
public record Assignment(String leadUnitId, List<String> coUnitIds, boolean complex, Instant assignedAt,
    LocalDate assignedOn, LocalDate replyDueDate) {

  public boolean involves(String unitId) {
    return unitId != null && (unitId.equals(leadUnitId) || coUnitIds.contains(unitId));
  }
}
