package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.supervision.application.AnnualPlans;
import io.lianxin.supervision.domain.ActivityType;
import io.lianxin.supervision.domain.AnnualPlan;
import io.lianxin.supervision.domain.PlanItem;
import io.lianxin.supervision.domain.PlanItemSource;
import io.lianxin.supervision.domain.PlanStatus;
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
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "plans", description = "年度监督计划 / the annual supervision plan, drafted by the office and adopted by the chair's council")
public class PlanController {

  private final AnnualPlans plans;

  public PlanController(AnnualPlans plans) {
    this.plans = plans;
  }

  /** An item: its source (a topic's id, or a note for OTHER), the activity, the body (optional for a law inspection), the quarter. */
  public record ItemRequest(@NotNull PlanItemSource source,
      @Size(max = 36) @Pattern(regexp = TopicController.TOPIC_ID) @Schema(description = "the topic, for source TOPIC") String topicId,
      @Size(max = 1000) @Schema(description = "where the item comes from, for source OTHER") String sourceNote,
      @NotNull ActivityType activityType,
      @NotBlank @Size(max = 200) @Schema(example = "听取和审议县政府关于五里河流域治理情况的报告") String title,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-housing") String bodyUnitId,
      @NotNull @Min(1) @Max(4) @Schema(example = "2") Integer quarter,
      @Size(max = 20) @Schema(description = "earlier activities this one follows up (跟踪监督), ids <planYear>-<itemNumber>")
      List<@NotNull @Size(max = 8) @Pattern(regexp = ActivityController.ACTIVITY_ID) String> followsUp) {

    AnnualPlans.ItemRequest toItem() {
      return new AnnualPlans.ItemRequest(source, topicId, sourceNote, activityType, title, bodyUnitId, quarter,
          followsUp);
    }
  }

  public record DraftPlanRequest(@NotNull @Min(2000) @Max(2100) @Schema(example = "2027") Integer year,
      @NotEmpty @Size(max = AnnualPlan.MAX_ITEMS) List<@NotNull @Valid ItemRequest> items) {}

  /** An item added: to a draft, or after adoption with its reason (its activity is then scheduled at once). */
  public record AddItemRequest(@NotNull @Valid ItemRequest item,
      @Size(max = 2000) @Schema(description = "why the adopted plan changes (needed after adoption)") String reason) {}

  public record ItemView(int number, PlanItemSource source, String topicId, String sourceNote,
      ActivityType activityType, String title, String bodyUnitId, String bodyName, int quarter, List<String> followsUp,
      String addedLateReason, @Schema(description = "the activity scheduled for the item, once the plan is adopted") String activityId) {}

  public record PlanView(String congressId, int year, PlanStatus status, LocalDate adoptedOn, List<ItemView> items) {

    static PlanView of(AnnualPlan p) {
      boolean adopted = p.status() == PlanStatus.ADOPTED;
      return new PlanView(p.congressId(), p.year(), p.status(), p.adoptedOn(), p.items().stream()
          .map((PlanItem i) -> new ItemView(i.number(), i.source(), i.topicId(), i.sourceNote(), i.activityType(),
              i.title(), i.bodyUnitId(), i.bodyName(), i.quarter(), i.followsUp(), i.addedLateReason(),
              adopted ? AnnualPlan.activityId(p.year(), i.number()) : null)).toList());
    }
  }

  @PostMapping("/api/v1/plans")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Draft the year's supervision plan with its items (起草年度监督计划); one plan per year (409 for a second)")
  public PlanView draftPlan(CurrentUser staff, @Valid @RequestBody DraftPlanRequest request) {
    return PlanView.of(plans.draft(staff, request.year(),
        request.items().stream().map(ItemRequest::toItem).toList()));
  }

  @GetMapping("/api/v1/plans/{year}")
  @Operation(summary = "The congress's plan of a year, draft or adopted")
  public PlanView getPlan(CurrentUser caller, @PathVariable @Min(2000) @Max(2100) int year) {
    return PlanView.of(plans.plan(caller, year));
  }

  @PostMapping("/api/v1/plans/{year}/items")
  @Operation(summary = "Add an item to the plan; after adoption with a reason (调整计划), its activity scheduled at once")
  public PlanView addPlanItem(CurrentUser staff, @PathVariable @Min(2000) @Max(2100) int year,
      @Valid @RequestBody AddItemRequest request) {
    return PlanView.of(plans.addItem(staff, year, request.item().toItem(), request.reason()));
  }

  @PostMapping("/api/v1/plans/{year}/adoption")
  @Operation(summary = "The chair's council adopts the plan (主任会议通过): one activity per item, <year>-<itemNumber>; adopting again schedules only what is missing")
  public PlanView adoptPlan(CurrentUser leader, @PathVariable @Min(2000) @Max(2100) int year) {
    return PlanView.of(plans.adopt(leader, year));
  }

  @GetMapping("/api/v1/public/{congressId}/plans/{year}")
  @Operation(summary = "A congress's adopted plan of a year, for anyone (a draft is not shown)")
  public PlanView publicPlan(@PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @PathVariable @Min(2000) @Max(2100) int year) {
    return PlanView.of(plans.publicPlan(congressId, year));
  }
}
