package io.lianxin.portal.gateway;

import java.util.List;

/** What the committee office (常委会工作机构) sends suggestion-service about an item: its registration, a reassignment. */
public final class OfficeRequests {

  private OfficeRequests() {}

  /** Registration (立案): the category, when the office changes it, and the similar items it is linked to. */
  public record Registration(String category, List<String> linkedIds) {}

  /** Why an item is not registered (不予立案) or returned to its deputy (退回修改). */
  public record Reason(String reason) {}

  /** A disputed item to a lead unit and co-units again (重新交办); complex items are due in six months. */
  public record Reassignment(String leadUnitId, List<String> coUnitIds, boolean complex) {}
}
