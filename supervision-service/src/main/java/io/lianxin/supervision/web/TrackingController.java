package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.supervision.application.Page;
import io.lianxin.supervision.application.ProjectTrackings;
import io.lianxin.supervision.domain.ProjectTracking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "trackings", description = "民生实事项目督办 / tracking the livelihood projects the deputies selected")
public class TrackingController {

  private final ProjectTrackings trackings;

  public TrackingController(ProjectTrackings trackings) {
    this.trackings = trackings;
  }

  public record MilestoneRequest(@NotBlank @Size(max = 200) @Schema(example = "完成选址和设计") String name,
      @NotNull @Schema(example = "2027-06-30") LocalDate dueOn) {}

  /** Who tracks the project and its milestones in the order of their due days. */
  public record SetUpRequest(
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(description = "the lead leader (领衔督办), a member of the chair's council in the register by deputy id", example = "D-qingshan-004") String leadLeaderId,
      @NotBlank @Size(max = 100) @Schema(example = "财经工委") String office,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-housing") String unitId,
      @NotEmpty @Size(max = 24) List<@NotNull @Valid MilestoneRequest> milestones) {}

  public record ProgressRequest(@NotBlank @Size(max = 4000) String text, @NotNull Boolean reached) {}

  public record InspectionRequest(@NotNull LocalDate on,
      @NotBlank @Size(max = 100) @Schema(example = "城关镇代表小组") String deputyGroup,
      @NotNull @Size(max = 50) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds,
      @NotBlank @Size(max = 4000) String findings) {}

  public record SatisfactionVoteRequest(@NotNull @Future Instant closesAt, Boolean secret,
      @Size(max = 15) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> scrutineers) {}

  @GetMapping("/api/v1/trackings")
  @Operation(summary = "The livelihood projects tracked in the caller's congress (a unit's people: those of their unit), optionally of one year")
  public Page<TrackingView> listTrackings(CurrentUser caller, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<ProjectTracking> found = trackings.list(caller, year, page, size);
    return new Page<>(found.items().stream().map(t -> TrackingView.of(t, true)).toList(), found.page(), found.size(),
        found.total());
  }

  @GetMapping("/api/v1/trackings/{trackingId}")
  @Operation(summary = "One project's tracking: milestones with the department's progress, inspections, rating")
  public TrackingView getTracking(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String trackingId) {
    return TrackingView.of(trackings.tracking(caller.congressId(), trackingId), true);
  }

  @PostMapping("/api/v1/trackings/{trackingId}/setup")
  @Operation(summary = "Set the tracking up (落实督办责任): lead leader, committee office, the responsible department of the register, milestones")
  public TrackingView setUpTracking(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String trackingId,
      @Valid @RequestBody SetUpRequest request) {
    return TrackingView.of(trackings.setUp(staff, trackingId, request.leadLeaderId(), request.office(),
        request.unitId(), request.milestones().stream()
            .map(m -> new ProjectTracking.PlannedMilestone(m.name(), m.dueOn())).toList()), true);
  }

  @PostMapping("/api/v1/trackings/{trackingId}/milestones/{milestone}/progress")
  @Operation(summary = "The responsible department reports progress on a milestone (报告进展)")
  public TrackingView reportMilestoneProgress(CurrentUser unit,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String trackingId,
      @PathVariable @Min(1) @Max(24) int milestone, @Valid @RequestBody ProgressRequest request) {
    return TrackingView.of(trackings.reportProgress(unit, trackingId, milestone, request.text(), request.reached()),
        true);
  }

  @PostMapping("/api/v1/trackings/{trackingId}/inspections")
  @Operation(summary = "Record a deputy group's site inspection (代表小组视察); the deputies named must be active deputies of the register")
  public TrackingView recordInspection(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String trackingId,
      @Valid @RequestBody InspectionRequest request) {
    return TrackingView.of(trackings.recordInspection(caller, trackingId, request.on(), request.deputyGroup(),
        request.deputyIds(), request.findings()), true);
  }

  @PostMapping("/api/v1/trackings/{trackingId}/satisfaction-vote")
  @Operation(summary = "Ask voting-service for the year-end satisfaction vote of all deputies on the project (人大评)")
  public TrackingView requestProjectVote(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String trackingId,
      @Valid @RequestBody SatisfactionVoteRequest request) {
    return TrackingView.of(trackings.requestSatisfactionVote(staff, trackingId, request.closesAt(),
        !Boolean.FALSE.equals(request.secret()), request.scrutineers() == null ? List.of() : request.scrutineers()),
        true);
  }

  public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {}

  @PostMapping("/api/v1/trackings/{trackingId}/satisfaction-vote/withdrawal")
  @Operation(summary = "Withdraw the deputies' vote asked for (cancelled in voting-service, or never opened); a later result of it changes nothing")
  public TrackingView withdrawProjectVote(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String trackingId,
      @Valid @RequestBody WithdrawalRequest request) {
    return TrackingView.of(trackings.withdrawSatisfactionVote(staff, trackingId, request.reason()), true);
  }

  @GetMapping("/api/v1/public/{congressId}/trackings")
  @Operation(summary = "A congress's tracked livelihood projects for anyone: milestones, progress, inspections' findings, ratings")
  public Page<TrackingView> publicTrackings(
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<ProjectTracking> found = trackings.publicList(congressId, year, page, size);
    return new Page<>(found.items().stream().map(t -> TrackingView.of(t, false)).toList(), found.page(), found.size(),
        found.total());
  }
}
