package io.lianxin.portal.gateway;

import java.time.LocalDate;
import java.util.List;

/** What the body a review opinion was issued to (承办单位) sends supervision-service about it. */
public final class SupervisionRequests {

  private SupervisionRequests() {}

  /** The rectification list (整改清单): every problem of the list needs at least one measure. */
  public record RectificationList(List<MeasureLine> measures) {}

  /** A measure: the problems it answers (by number), what is done, who answers for it, and by when. */
  public record MeasureLine(List<Integer> problemNumbers, String action, String owner, LocalDate dueOn) {}

  /** A measure's progress: IN_PROGRESS, or DONE with its evidence (佐证材料). */
  public record MeasureProgress(String status, String evidence) {}

  /** The report on the rectification to the chair's council (整改情况报告). */
  public record Report(String report) {}
}
