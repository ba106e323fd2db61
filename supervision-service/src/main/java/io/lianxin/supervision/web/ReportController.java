package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.supervision.application.ReviewOpinions;
import io.lianxin.supervision.application.SupervisionActivities;
import io.lianxin.supervision.domain.OpinionReport;
import io.lianxin.supervision.domain.ParticipationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "reports", description = "年度统计 / the yearly report of review opinions, deputies' participation and lead speakers")
public class ReportController {

  private final ReviewOpinions opinions;
  private final SupervisionActivities activities;

  public ReportController(ReviewOpinions opinions, SupervisionActivities activities) {
    this.opinions = opinions;
    this.activities = activities;
  }

  /** The report: one line per body and the total; the counting rules are the line's description. */
  public record OpinionReportView(int year, List<OpinionReport.Line> bodies, OpinionReport.Line total) {}

  @GetMapping("/api/v1/reports/opinions")
  @Operation(summary = "The yearly report of the caller's congress: per body, opinions issued in the year, problems, measures and those done on time, satisfied, second deliberations, accountability referrals, still open")
  public OpinionReportView opinionReport(CurrentUser caller,
      @Parameter(description = "the year opinions were issued in, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year) {
    int issuedIn = Integer.parseInt(year); // four digits, checked above; a repeated parameter arrives joined and fails the pattern
    OpinionReport report = opinions.report(caller, issuedIn);
    return new OpinionReportView(issuedIn, report.lines(), report.total());
  }

  @GetMapping("/api/v1/reports/allocations")
  @Operation(summary = "Every active deputy with the activities of the plan year they were allocated to (代表参与监督活动), and those below the yearly minimum (lianxin.supervision.allocation-minimum-per-year, 2)")
  public ParticipationReport allocationReport(CurrentUser caller,
      @Parameter(description = "the plan year, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year) {
    return activities.allocationReport(caller, Integer.parseInt(year));
  }

  @GetMapping("/api/v1/reports/lead-speakers")
  @Operation(summary = "Every standing-committee member with their lead speeches (中心发言) of the plan year, and those below the yearly minimum (3)")
  public ParticipationReport leadSpeakerReport(CurrentUser caller,
      @Parameter(description = "the plan year, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year) {
    return activities.leadSpeakerReport(caller, Integer.parseInt(year));
  }
}
