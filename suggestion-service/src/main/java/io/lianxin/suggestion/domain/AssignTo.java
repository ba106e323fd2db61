package io.lianxin.suggestion.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whom staff assign an item to (交办): the lead unit (主办单位), the co-units (协办单位), and whether
 * the item is complex (涉及面广、处理难度大), which gives the units longer to reply. Start from
 * {@link #lead}.
 */
public record AssignTo(String leadUnitId, List<String> coUnitIds, boolean complex) {

  public AssignTo {
    coUnitIds = coUnitIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coUnitIds));
  }

  public static AssignTo lead(String leadUnitId) {
    return new AssignTo(leadUnitId, List.of(), false);
  }

  public AssignTo withCoUnits(List<String> unitIds) {
    return new AssignTo(leadUnitId, unitIds, complex);
  }

  public AssignTo asComplex() {
    return new AssignTo(leadUnitId, coUnitIds, true);
  }
}
