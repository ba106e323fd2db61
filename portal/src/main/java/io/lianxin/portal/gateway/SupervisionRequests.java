package io.lianxin.portal.gateway;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office (交办) and the body a review opinion was issued to (承办单位) send supervision-service about it.
 */
public final class SupervisionRequests {

  private SupervisionRequests() {}

  /** A review opinion issued to a body of the register with its problem list (问题清单), problem 1 first. */
  public record Issue(String title, String text, String bodyUnitId, List<String> problems) {}

  /** Why the office sends a rectification list back (退回整改清单). */
  public record Reason(String reason) {}

  /** The rectification list (整改清单): every problem of the list needs at least one measure. */
  public record RectificationList(List<MeasureLine> measures) {}

  /** A measure: the problems it answers (by number), what is done, who answers for it, and by when. */
  public record MeasureLine(List<Integer> problemNumbers, String action, String owner, LocalDate dueOn) {}

  /** A measure's progress: IN_PROGRESS, or DONE with its evidence (佐证材料). */
  public record MeasureProgress(String status, String evidence) {}

  /** The report on the rectification to the chair's council (整改情况报告). */
  public record Report(String report) {}
}
