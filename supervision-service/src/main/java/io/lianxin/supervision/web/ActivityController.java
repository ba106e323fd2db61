package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.supervision.application.Page;
import io.lianxin.supervision.application.SupervisionActivities;
import io.lianxin.supervision.domain.ActivityStatus;
import io.lianxin.supervision.domain.ActivityType;
import io.lianxin.supervision.domain.FiveQuestion;
import io.lianxin.supervision.domain.Hearing;
import io.lianxin.supervision.domain.InquiryQuestion;
import io.lianxin.supervision.domain.OpinionForm;
import io.lianxin.supervision.domain.SiteCheck;
import io.lianxin.supervision.domain.SupervisionActivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
@Tag(name = "activities", description = "监督活动 / oversight activities of the adopted plan: preparation, deputies taking part, lead speakers, inquiry questions, held, opinion, closed")
public class ActivityController {

  static final String ACTIVITY_ID = "^20[0-9]{2}-[0-9]{1,3}$";

  private final SupervisionActivities activities;

  public ActivityController(SupervisionActivities activities) {
    this.activities = activities;
  }

  public record DeputiesRequest(
      @NotEmpty @Size(max = 200) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {}

  public record SiteCheckRequest(@NotBlank @Size(max = 200) @Schema(example = "五里河城关段排污口") String place,
      @NotNull LocalDate on, @NotNull @Schema(description = "暗访: not announced beforehand") Boolean unannounced,
      @NotBlank @Size(max = 4000) String findings) {}

  public record HearingRequest(@NotNull LocalDate heldOn,
      @NotNull @Size(max = 500) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> attendance,
      @NotBlank @Size(max = 20_000) String findings,
      @Size(max = 50) List<@NotNull @Valid SiteCheckRequest> siteChecks) {}

  public record QuestionRequest(@NotNull FiveQuestion category,
      @NotBlank @Size(max = 2000) @Schema(example = "五里河治理三年未见成效，原因是什么？") String question,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(description = "the deputy who asks", example = "D-qingshan-004") String askedBy,
      @NotBlank @Size(max = 100) @Schema(description = "应询人", example = "县住建局局长 王某") String answererName,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(description = "the answerer's body, a unit of the register", example = "U-qingshan-housing") String answererUnitId) {}

  public record FollowUpRequest(@NotBlank @Size(max = 2000) String question, @NotBlank @Size(max = 20_000) String answer) {}

  public record CommitmentRequest(@NotBlank @Size(max = 2000) @Schema(example = "年底前完成城关段排污口整治") String text,
      @NotNull LocalDate dueOn) {}

  public record AnswerRequest(@NotBlank @Size(max = 20_000) String answer,
      @Size(max = 20) @Schema(description = "追问 and their answers") List<@NotNull @Valid FollowUpRequest> followUps,
      @Valid @Schema(description = "a commitment made in the answer (承诺), tracked to its due day") CommitmentRequest commitment) {}

  public record FulfilmentRequest(
      @NotNull @Schema(description = "the day the commitment was fulfilled, between the inquiry and today") LocalDate fulfilledOn,
      @NotBlank @Size(max = 4000) @Schema(example = "城关段 3 处排污口已封堵，县环保局验收意见附后") String evidence) {}

  public record OpinionFormRequest(
      @NotEmpty @Size(max = OpinionForm.MAX_QUESTIONS) List<@NotBlank @Size(max = 2000) String> questions,
      @NotNull @Schema(description = "answers are due by this day, today or later") LocalDate dueOn) {}

  public record OpinionFormAnswerRequest(
      @NotEmpty @Size(max = OpinionForm.MAX_QUESTIONS) @Schema(description = "one answer per question, in the form's order")
      List<@NotBlank @Size(max = 4000) String> answers) {}

  /**
   * The opinion form with its answers and who has answered: the office and leaders see every deputy's, a
   * deputy their own only.
   */
  public record OpinionFormView(String activityId, List<String> questions, LocalDate sentOn, LocalDate dueOn,
      List<String> deputyIds, List<OpinionForm.Answer> answers, List<String> answered, List<String> notAnswered,
      int answeredCount, int notAnsweredCount) {

    static OpinionFormView of(String activityId, OpinionForm f) {
      return new OpinionFormView(activityId, f.questions(), f.sentOn(), f.dueOn(), f.deputyIds(), f.answers(),
          f.answered(), f.notAnswered(), f.answered().size(), f.notAnswered().size());
    }
  }

  public record OpinionLinkRequest(@NotNull @Size(max = 36) @Pattern(regexp = OpinionController.OPINION_ID) String opinionId) {}

  public record ActivityView(String activityId, String congressId, int planYear, int itemNumber,
      ActivityType activityType, String title, String bodyUnitId, String bodyName, int plannedQuarter,
      List<String> followsUp, ActivityStatus status, List<String> allocatedDeputies, List<String> leadSpeakers,
      Hearing hearing, String opinionId, String cancelReason, List<InquiryQuestion> questions) {

    static ActivityView of(SupervisionActivity a) {
      SupervisionActivity.Schedule s = a.schedule();
      return new ActivityView(a.activityId(), a.congressId(), s.planYear(), s.itemNumber(), s.activityType(),
          s.title(), s.bodyUnitId(), s.bodyName(), s.plannedQuarter(), s.followsUp(), a.status(),
          a.allocatedDeputies(), a.leadSpeakers(), a.hearing(), a.opinionId(), a.cancelReason(), a.questions());
    }
  }

  @GetMapping("/api/v1/activities")
  @Operation(summary = "The activities of a plan year (or all): the office and leaders all, a deputy those they take part in")
  public Page<ActivityView> listActivities(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<SupervisionActivity> found = activities.list(caller, year, page, size);
    return new Page<>(found.items().stream().map(ActivityView::of).toList(), found.page(), found.size(),
        found.total());
  }

  @GetMapping("/api/v1/activities/{activityId}")
  @Operation(summary = "One activity with its deputies, lead speakers, attendance and site checks")
  public ActivityView getActivity(CurrentUser caller,
      @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId) {
    return ActivityView.of(activities.activity(caller, activityId));
  }

  @PostMapping("/api/v1/activities/{activityId}/preparation")
  @Operation(summary = "Start preparing the activity (筹备)")
  public ActivityView startPreparing(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId) {
    return ActivityView.of(activities.startPreparing(staff, activityId));
  }

  @PostMapping("/api/v1/activities/{activityId}/allocation")
  @Operation(summary = "Allocate the deputies who take part (安排代表列席): active deputies of the register; replaces the earlier allocation")
  public ActivityView allocateDeputies(CurrentUser staff,
      @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId, @Valid @RequestBody DeputiesRequest request) {
    return ActivityView.of(activities.allocateDeputies(staff, activityId, request.deputyIds()));
  }

  @PostMapping("/api/v1/activities/{activityId}/lead-speakers")
  @Operation(summary = "Name the 3 to 4 lead speakers (中心发言人), members of the standing committee")
  public ActivityView nameLeadSpeakers(CurrentUser staff,
      @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId, @Valid @RequestBody DeputiesRequest request) {
    return ActivityView.of(activities.nameLeadSpeakers(staff, activityId, request.deputyIds()));
  }

  @PostMapping("/api/v1/activities/{activityId}/hearing")
  @Operation(summary = "Record the activity held (召开/开展): attendance, findings, site checks including unannounced ones (明查暗访)")
  public ActivityView recordHeld(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @Valid @RequestBody HearingRequest request) {
    List<SiteCheck> checks = request.siteChecks() == null ? List.of() : request.siteChecks().stream()
        .map(c -> new SiteCheck(c.place(), c.on(), c.unannounced(), c.findings())).toList();
    return ActivityView.of(activities.hold(staff, activityId,
        new Hearing(request.heldOn(), request.attendance(), request.findings(), checks)));
  }

  @PostMapping("/api/v1/activities/{activityId}/questions")
  @Operation(summary = "Draft a question of a thematic inquiry (拟定询问问题) with its 五问 category, the deputy asking and the answerer with their body")
  public ActivityView draftQuestion(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @Valid @RequestBody QuestionRequest request) {
    return ActivityView.of(activities.draftQuestion(staff, activityId, request.category(), request.question(),
        request.askedBy(), request.answererName(), request.answererUnitId()));
  }

  @PostMapping("/api/v1/activities/{activityId}/questions/{questionNumber}/answer")
  @Operation(summary = "Record the answer given at the inquiry with its follow-ups (追问) and a commitment (承诺) tracked to its due day")
  public ActivityView answerQuestion(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @PathVariable @Min(1) @Max(100) int questionNumber, @Valid @RequestBody AnswerRequest request) {
    List<InquiryQuestion.FollowUp> followUps = request.followUps() == null ? List.of() : request.followUps().stream()
        .map(f -> new InquiryQuestion.FollowUp(f.question(), f.answer())).toList();
    InquiryQuestion.Commitment commitment = request.commitment() == null ? null
        : new InquiryQuestion.Commitment(request.commitment().text(), request.commitment().dueOn());
    return ActivityView.of(activities.answerQuestion(staff, activityId, questionNumber, request.answer(), followUps,
        commitment));
  }

  @PostMapping("/api/v1/activities/{activityId}/questions/{questionNumber}/commitment/fulfilment")
  @Operation(summary = "Record the commitment made in the question's answer fulfilled (承诺兑现) with its evidence and day; "
      + "its overdue reminder, not yet sent, is then never sent. Once (409 again); recorded by the office, which checks "
      + "the evidence the answerer's body sends")
  public ActivityView fulfilCommitment(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @PathVariable @Min(1) @Max(100) int questionNumber, @Valid @RequestBody FulfilmentRequest request) {
    return ActivityView.of(activities.fulfilCommitment(staff, activityId, questionNumber, request.fulfilledOn(),
        request.evidence()));
  }

  @PostMapping("/api/v1/activities/{activityId}/opinion-form")
  @Operation(summary = "Send the opinion form (征求意见表) to the deputies allocated: 1 to 20 questions and a due day; once, "
      + "while preparing")
  public OpinionFormView sendOpinionForm(CurrentUser staff,
      @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId, @Valid @RequestBody OpinionFormRequest request) {
    return OpinionFormView.of(activityId, activities.sendOpinionForm(staff, activityId, request.questions(),
        request.dueOn()));
  }

  @GetMapping("/api/v1/activities/{activityId}/opinion-form")
  @Operation(summary = "The opinion form: the office and leaders with every answer and who has answered or not; a deputy "
      + "it went to with their own answer only (to anyone else, 404)")
  public OpinionFormView getOpinionForm(CurrentUser caller,
      @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId) {
    return OpinionFormView.of(activityId, activities.opinionForm(caller, activityId));
  }

  @PostMapping("/api/v1/activities/{activityId}/opinion-form/answers")
  @Operation(summary = "Answer the opinion form (填写征求意见表), one answer per question, by its due day: once, by a deputy "
      + "it went to (409 again; 404 for a deputy it did not go to)")
  public OpinionFormView answerOpinionForm(CurrentUser deputy,
      @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @Valid @RequestBody OpinionFormAnswerRequest request) {
    return OpinionFormView.of(activityId, activities.answerOpinionForm(deputy, activityId, request.answers()));
  }

  @PostMapping("/api/v1/activities/{activityId}/opinion")
  @Operation(summary = "Record the review opinion issued for the activity (形成审议意见): an opinion that names this activity")
  public ActivityView recordOpinion(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @Valid @RequestBody OpinionLinkRequest request) {
    return ActivityView.of(activities.opinionIssued(staff, activityId, request.opinionId()));
  }

  @PostMapping("/api/v1/activities/{activityId}/closure")
  @Operation(summary = "Close the activity once its opinion is issued (办结)")
  public ActivityView closeActivity(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId) {
    return ActivityView.of(activities.close(staff, activityId));
  }

  @PostMapping("/api/v1/activities/{activityId}/cancellation")
  @Operation(summary = "Cancel the activity with a reason (取消), from any open state")
  public ActivityView cancelActivity(CurrentUser staff, @PathVariable @Pattern(regexp = ACTIVITY_ID) String activityId,
      @Valid @RequestBody OpinionController.ReasonRequest request) {
    return ActivityView.of(activities.cancel(staff, activityId, request.reason()));
  }
}
