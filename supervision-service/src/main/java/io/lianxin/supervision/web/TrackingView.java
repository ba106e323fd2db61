package io.lianxin.supervision.web;

import io.lianxin.supervision.domain.Milestone;
import io.lianxin.supervision.domain.ProjectTracking;
import io.lianxin.supervision.domain.SiteInspection;
import io.lianxin.supervision.domain.TrackingStatus;
import java.util.List;

/** A livelihood project's tracking: the project, who tracks it, milestones with progress, inspections, the rating. */
public record TrackingView(String trackingId, String congressId, String programmeId, int year, String title,
    String department, long budgetYuan, TrackingStatus status, String leadLeaderId, String office, String unitId,
    String unitName, List<Milestone> milestones, long milestonesReached, List<InspectionView> inspections,
    OpinionView.VoteView rating) {

  /** A site inspection; the deputies' ids (and the lead leader's sign-in id) are shown to signed-in callers only. */
  public record InspectionView(java.time.LocalDate on, String deputyGroup, List<String> deputyIds, String findings) {}

  static TrackingView of(ProjectTracking t, boolean withDeputies) {
    ProjectTracking.Responsibility who = t.responsibility();
    return new TrackingView(t.trackingId(), t.congressId(), t.project().programmeId(), t.project().year(),
        t.project().title(), t.project().department(), t.project().budgetYuan(), t.status(),
        who == null || !withDeputies ? null : who.leadLeaderId(), who == null ? null : who.office(), who == null ? null : who.unitId(),
        who == null ? null : who.unitName(), t.milestones(), t.milestones().stream().filter(Milestone::reached).count(),
        t.inspections().stream().map((SiteInspection i) -> new InspectionView(i.on(), i.deputyGroup(),
            withDeputies ? i.deputyIds() : List.of(), i.findings())).toList(),
        OpinionView.VoteView.of(t.rating()));
  }
}
