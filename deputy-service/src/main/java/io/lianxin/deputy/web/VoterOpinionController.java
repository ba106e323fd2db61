package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Opinions;
import io.lianxin.deputy.domain.FeedbackMode;
import io.lianxin.deputy.domain.Opinion;
import io.lianxin.deputy.domain.OpinionState;
import io.lianxin.deputy.domain.TrackingCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "opinions", description = "群众意见办理与反馈 / voters' opinions: assign, take up, answer, feed back, track by code")
public class VoterOpinionController {

  private final Opinions opinions;

  public VoterOpinionController(Opinions opinions) {
    this.opinions = opinions;
  }

  /** The handling unit an opinion is assigned to. */
  public record AssignmentRequest(
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-housing") String unitId) {}

  /** A deputy on duty takes the opinion up as a suggestion draft. */
  public record TakeUpRequest(
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "D-qingshan-001") String deputyId,
      @NotBlank @Size(max = 200) @Schema(example = "关于修复城关镇路灯的建议") String draftTitle) {}

  /** The unit's or the deputy's answer. */
  public record AnswerRequest(@NotBlank @Size(max = 2000) @Schema(example = "路灯已于本周修复") String answer) {}

  /** How the voter was told. */
  public record FeedbackRequest(@NotNull FeedbackMode mode) {}

  /** An opinion as the office sees it, with the visitor's data. */
  public record OpinionView(String trackingCode, String dayId, String stationId, LocalDate receivedOn, String visitId,
      String visitorName, String contact, String text, OpinionState state, String unitId, String deputyId,
      String draftTitle, LocalDate handedOn, String answer, LocalDate answeredOn, FeedbackMode feedbackMode,
      LocalDate fedBackOn) {

    static OpinionView of(Opinion o) {
      Opinion.Handling h = o.handling();
      return new OpinionView(o.trackingCode(), o.origin().dayId(), o.origin().stationId(), o.origin().receivedOn(),
          o.origin().visitId(), o.visitor().name(), o.visitor().contact(), o.text(), o.state(),
          h == null ? null : h.unitId(), h == null ? null : h.deputyId(), h == null ? null : h.draftTitle(),
          h == null ? null : h.on(), o.answer() == null ? null : o.answer().text(),
          o.answer() == null ? null : o.answer().on(), o.feedback() == null ? null : o.feedback().mode(),
          o.feedback() == null ? null : o.feedback().on());
    }
  }

  /** An opinion as the one who holds its code sees it: state and dates, the answer once fed back; no visitor data. */
  public record TrackedOpinionView(String trackingCode, OpinionState state, LocalDate receivedOn,
      @Schema(description = "交办/领办: when it was assigned or taken up") LocalDate handedOn,
      LocalDate answeredOn, LocalDate fedBackOn,
      @Schema(description = "the answer, once fed back to the voter") String answer) {

    static TrackedOpinionView of(Opinion o) {
      Opinion.Answer published = o.publishedAnswer();
      return new TrackedOpinionView(o.trackingCode(), o.state(), o.origin().receivedOn(),
          o.handling() == null ? null : o.handling().on(), o.answer() == null ? null : o.answer().on(),
          o.feedback() == null ? null : o.feedback().on(), published == null ? null : published.text());
    }
  }

  @PostMapping("/api/v1/voter-opinions/{trackingCode}/assignment")
  @Operation(summary = "Assign a collected opinion to a handling unit of the register (交办; 422 for a unit unknown or left)")
  public OpinionView assign(CurrentUser staff,
      @PathVariable @Size(min = TrackingCode.LENGTH, max = TrackingCode.LENGTH) @Pattern(regexp = TrackingCode.PATTERN) String trackingCode,
      @Valid @RequestBody AssignmentRequest request) {
    return OpinionView.of(opinions.assign(staff, trackingCode, request.unitId()));
  }

  @PostMapping("/api/v1/voter-opinions/{trackingCode}/take-up")
  @Operation(summary = "A deputy on duty that day takes a collected opinion up as a suggestion draft (代表领办)")
  public OpinionView takeUp(CurrentUser staff,
      @PathVariable @Size(min = TrackingCode.LENGTH, max = TrackingCode.LENGTH) @Pattern(regexp = TrackingCode.PATTERN) String trackingCode,
      @Valid @RequestBody TakeUpRequest request) {
    return OpinionView.of(opinions.takeUp(staff, trackingCode, request.deputyId(), request.draftTitle()));
  }

  @PostMapping("/api/v1/voter-opinions/{trackingCode}/answer")
  @Operation(summary = "Record the unit's or the deputy's answer to an assigned or taken-up opinion (答复)")
  public OpinionView answer(CurrentUser staff,
      @PathVariable @Size(min = TrackingCode.LENGTH, max = TrackingCode.LENGTH) @Pattern(regexp = TrackingCode.PATTERN) String trackingCode,
      @Valid @RequestBody AnswerRequest request) {
    return OpinionView.of(opinions.answer(staff, trackingCode, request.answer()));
  }

  @PostMapping("/api/v1/voter-opinions/{trackingCode}/feedback")
  @Operation(summary = "Record that the voter was told the answer, and how (反馈)")
  public OpinionView feedBack(CurrentUser staff,
      @PathVariable @Size(min = TrackingCode.LENGTH, max = TrackingCode.LENGTH) @Pattern(regexp = TrackingCode.PATTERN) String trackingCode,
      @Valid @RequestBody FeedbackRequest request) {
    return OpinionView.of(opinions.feedBack(staff, trackingCode, request.mode()));
  }

  @GetMapping("/api/v1/voter-opinions/{trackingCode}")
  @Operation(summary = "One opinion of the caller's congress, with the visitor's data (the office only)")
  public OpinionView getOpinion(CurrentUser caller,
      @PathVariable @Size(min = TrackingCode.LENGTH, max = TrackingCode.LENGTH) @Pattern(regexp = TrackingCode.PATTERN) String trackingCode) {
    return OpinionView.of(opinions.opinion(caller, trackingCode));
  }

  @GetMapping("/api/v1/public/{congressId}/voter-opinions/{trackingCode}")
  @Operation(summary = "Follow an opinion by its tracking code, no sign-in (意见查询): state, dates and, once fed back, "
      + "the answer — nothing of the visitor")
  public TrackedOpinionView trackOpinion(
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @PathVariable @Size(min = TrackingCode.LENGTH, max = TrackingCode.LENGTH) @Pattern(regexp = TrackingCode.PATTERN) String trackingCode) {
    return TrackedOpinionView.of(opinions.tracked(congressId, trackingCode));
  }
}
