package io.lianxin.portal.gateway;

import java.util.List;

/** What the committee office (常委会工作机构) sends suggestion-service about a submitted item. */
public final class OfficeRequests {

  private OfficeRequests() {}

  /** Registration (立案): the category, when the office changes it, and the similar items it is linked to. */
  public record Registration(String category, List<String> linkedIds) {}

  /** Why an item is not registered (不予立案) or returned to its deputy (退回修改). */
  public record Reason(String reason) {}
}
