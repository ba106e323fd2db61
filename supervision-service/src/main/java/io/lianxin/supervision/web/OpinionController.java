package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.supervision.application.Page;
import io.lianxin.supervision.application.ReviewOpinions;
import io.lianxin.supervision.application.port.AuditLine;
import io.lianxin.supervision.domain.MeasurePlan;
import io.lianxin.supervision.domain.MeasureStatus;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.ReviewOpinion;
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
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "opinions", description = "审议意见与两清单 / review opinions and the two lists, tracked to closure")
public class OpinionController {

  static final String OPINION_ID = "^[0-9a-f-]{36}$";

  private final ReviewOpinions opinions;

  public OpinionController(ReviewOpinions opinions) {
    this.opinions = opinions;
  }

  /** A review opinion as the office issues it, with its problem list (问题清单) in order: problem 1 first. */
  public record IssueRequest(
      @NotBlank @Size(max = 200) @Schema(example = "关于县住建局老旧小区改造专项工作报告的审议意见") String title,
      @NotBlank @Size(max = 20_000) @Schema(example = "常委会组成人员审议认为……") String text,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-housing") String bodyUnitId,
      @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 1000) String> problems,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(description = "the supervising leader (分管领导), a member of the chair's council in the register by deputy id, told when a deadline is missed", example = "D-qingshan-004") String supervisingLeaderId,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String activityId) {}

  /** One measure of the rectification list. */
  public record MeasureRequest(
      @NotEmpty @Size(max = 100) List<@NotNull @Min(1) @Max(100) Integer> problemNumbers,
      @NotBlank @Size(max = 2000) @Schema(example = "制定老旧小区改造三年行动计划") String action,
      @NotBlank @Size(max = 200) @Schema(example = "城建股 张某") String owner,
      @NotNull @Schema(example = "2027-06-30") LocalDate dueOn) {}

  /** The body's rectification list (整改清单): every problem needs at least one measure. */
  public record RectificationListRequest(@NotEmpty @Size(max = 300) List<@NotNull @Valid MeasureRequest> measures) {}

  public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}

  /** A measure's progress; DONE needs the evidence (佐证材料). */
  public record ProgressRequest(@NotNull MeasureStatus status, @Size(max = 4000) String evidence) {}

  public record ReportRequest(@NotBlank @Size(max = 20_000) String report) {}

  /**
   * The satisfaction vote asked of voting-service: when it closes, whether it is secret (无记名, the
   * default) and, for a secret vote, its scrutineers (else staff name them in voting-service).
   */
  public record SatisfactionVoteRequest(
      @NotNull @Future @Schema(example = "2027-05-20T09:00:00Z") Instant closesAt,
      Boolean secret,
      @Size(max = 15) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> scrutineers) {}

  public record AccountabilityRequest(
      @NotBlank @Size(max = 200) @Schema(example = "县纪委监委") String referredTo,
      @NotBlank @Size(max = 4000) String text) {}

  public record ReinspectionRequest(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String purpose) {}

  @PostMapping("/api/v1/opinions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a review opinion with its problem list to a body of the register (交办审议意见); the rectification list is due in 15 days, the report in 3 months")
  public OpinionView issueOpinion(CurrentUser staff, @Valid @RequestBody IssueRequest request) {
    return OpinionView.of(opinions.issue(staff, new ReviewOpinions.Issue(request.title(), request.text(),
        request.bodyUnitId(), request.problems(), request.supervisingLeaderId(), request.activityId())));
  }

  @GetMapping("/api/v1/opinions")
  @Operation(summary = "The review opinions the caller may see, newest first: the office and leaders all of the congress, a body its own, a deputy the published ones")
  public Page<OpinionView> listOpinions(CurrentUser caller, @RequestParam(required = false) OpinionStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return page(opinions.list(caller, status, page, size));
  }

  @GetMapping("/api/v1/opinions/{opinionId}")
  @Operation(summary = "One review opinion with its lists, progress per problem, rounds, votes and history of steps")
  public OpinionView getOpinion(CurrentUser caller, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId) {
    return OpinionView.of(opinions.opinion(caller, opinionId));
  }

  @GetMapping("/api/v1/opinions/{opinionId}/history")
  @Operation(summary = "A page of the opinion's audit trail (办理过程), oldest first: who did what, when; for those who may read the opinion")
  public Page<AuditLine> getOpinionHistory(CurrentUser caller,
      @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return opinions.history(caller, opinionId, page, size);
  }

  @PostMapping("/api/v1/opinions/{opinionId}/rectification-list")
  @Operation(summary = "The body submits its rectification list (报送整改清单); a list that leaves a problem without a measure is refused (422 names the problems)")
  public OpinionView submitRectificationList(CurrentUser unit, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @Valid @RequestBody RectificationListRequest request) {
    List<MeasurePlan> plans = request.measures().stream()
        .map(m -> new MeasurePlan(m.problemNumbers(), m.action(), m.owner(), m.dueOn())).toList();
    return OpinionView.of(opinions.submitList(unit, opinionId, plans));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/rectification-list/rejection")
  @Operation(summary = "The office sends the rectification list back with its reason (退回整改清单); the list is awaited again")
  public OpinionView rejectRectificationList(CurrentUser staff, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @Valid @RequestBody ReasonRequest request) {
    return OpinionView.of(opinions.rejectList(staff, opinionId, request.reason()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/measures/{measureId}/progress")
  @Operation(summary = "The body reports a measure's progress: IN_PROGRESS, or DONE with evidence (整改进度)")
  public OpinionView updateMeasure(CurrentUser unit, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @PathVariable @Pattern(regexp = "^(R[0-9]-)?M[0-9]{1,3}$") String measureId,
      @Valid @RequestBody ProgressRequest request) {
    return OpinionView.of(opinions.updateMeasure(unit, opinionId, measureId, request.status(), request.evidence()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/report")
  @Operation(summary = "The body reports on the rectification to the chair's council (向主任会议报告整改情况)")
  public OpinionView submitReport(CurrentUser unit, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @Valid @RequestBody ReportRequest request) {
    return OpinionView.of(opinions.submitReport(unit, opinionId, request.report()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/satisfaction-vote")
  @Operation(summary = "Ask voting-service for the standing committee's satisfaction vote on the report (满意度测评); its result closes the opinion or orders a second deliberation")
  public OpinionView requestSatisfactionVote(CurrentUser staff, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @Valid @RequestBody SatisfactionVoteRequest request) {
    return OpinionView.of(opinions.requestSatisfactionVote(staff, opinionId, request.closesAt(),
        !Boolean.FALSE.equals(request.secret()), request.scrutineers() == null ? List.of() : request.scrutineers()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/satisfaction-vote/withdrawal")
  @Operation(summary = "Withdraw the satisfaction vote asked for (cancelled in voting-service, or never opened): the report is before the council again; a later result of it changes nothing")
  public OpinionView withdrawSatisfactionVote(CurrentUser staff,
      @PathVariable @Pattern(regexp = OPINION_ID) String opinionId, @Valid @RequestBody ReasonRequest request) {
    return OpinionView.of(opinions.withdrawSatisfactionVote(staff, opinionId, request.reason()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/accountability")
  @Operation(summary = "Record the accountability referral after a second unsatisfactory vote (追责问效); the opinion closes")
  public OpinionView referAccountability(CurrentUser staff, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @Valid @RequestBody AccountabilityRequest request) {
    return OpinionView.of(opinions.referAccountability(staff, opinionId, request.referredTo(), request.text()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/reinspections")
  @Operation(summary = "Open a re-inspection (再次调研视察) at any point before the opinion closes")
  public OpinionView openReinspection(CurrentUser staff, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId,
      @Valid @RequestBody ReinspectionRequest request) {
    return OpinionView.of(opinions.openReinspection(staff, opinionId, request.on(), request.purpose()));
  }

  @PostMapping("/api/v1/opinions/{opinionId}/publication")
  @Operation(summary = "Publish the opinion with its lists, progress and votes (公开); publishing again changes nothing")
  public OpinionView publishOpinion(CurrentUser staff, @PathVariable @Pattern(regexp = OPINION_ID) String opinionId) {
    return OpinionView.of(opinions.publish(staff, opinionId));
  }

  static Page<OpinionView> page(Page<ReviewOpinion> found) {
    return new Page<>(found.items().stream().map(OpinionView::of).toList(), found.page(), found.size(), found.total());
  }
}
