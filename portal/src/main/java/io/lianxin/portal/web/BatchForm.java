package io.lianxin.portal.web;

import io.lianxin.portal.gateway.BatchAssignment;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch form as posted: the items checked, the lead unit, the co-units checked (the lead unit is not its own
 * co-unit), whether the items are complex (复杂, six months), and the key made when the form was shown.
 */
public record BatchForm(List<String> suggestionIds, String leadUnitId, List<String> coUnitIds, boolean complex,
    String requestKey) {

  public static BatchForm empty() {
    return new BatchForm(List.of(), "", List.of(), false, RequestKeys.fresh());
  }

  /** The form's fields left empty that the batch needs: at least one item, and the lead unit. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (suggestionIds.isEmpty()) {
      missing.add("suggestionIds");
    }
    if (leadUnitId.isEmpty()) {
      missing.add("leadUnitId");
    }
    return missing;
  }

  public BatchAssignment.Request toRequest() {
    return BatchAssignment.Request.of(suggestionIds, leadUnitId,
        coUnitIds.stream().filter(unit -> !unit.equals(leadUnitId)).toList(), complex);
  }

  /**
   * The same choices under a new key: after the service refused the batch, the form sent again is a new request,
   * not a retry of the refused one (whose answer the key would replay).
   */
  public BatchForm withFreshKey() {
    return new BatchForm(suggestionIds, leadUnitId, coUnitIds, complex, RequestKeys.fresh());
  }

  public boolean selected(String suggestionId) {
    return suggestionIds.contains(suggestionId);
  }

  public boolean coUnit(String unitId) {
    return coUnitIds.contains(unitId);
  }
}
