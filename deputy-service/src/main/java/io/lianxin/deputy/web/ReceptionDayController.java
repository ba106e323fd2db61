package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Opinions;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.application.ReceptionDays;
import io.lianxin.deputy.domain.Opinion;
import io.lianxin.deputy.domain.Presence;
import io.lianxin.deputy.domain.ReceptionDay;
import io.lianxin.deputy.domain.ReceptionDayStatus;
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
import java.time.LocalTime;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "reception-days", description = "进站接待、群众意见收集 / reception days at the stations and the opinions collected")
public class ReceptionDayController {

  /** The most opinions one visit brings. */
  static final int MAX_OPINIONS_PER_VISIT = 20;

  private final ReceptionDays days;
  private final Opinions opinions;

  public ReceptionDayController(ReceptionDays days, Opinions opinions) {
    this.days = days;
    this.opinions = opinions;
  }

  /** A reception day as the office plans it. */
  public record DayRequest(
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "S-qingshan-home") String stationId,
      @NotNull @Schema(example = "2026-12-15") LocalDate date,
      @NotNull @Schema(type = "string", format = "time", example = "09:00") LocalTime startsAt,
      @NotNull @Schema(type = "string", format = "time", example = "11:30") LocalTime endsAt,
      @NotEmpty @Size(max = 50) @Schema(description = "值班代表 / deputies on duty: active deputies attached to the station")
      List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {

    ReceptionDay.Plan toPlan() {
      return new ReceptionDay.Plan(stationId, date, startsAt, endsAt, deputyIds);
    }
  }

  /** The deputies present when the day was held. */
  public record HoldingRequest(
      @NotEmpty @Size(max = 50) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {}

  /** A voter's visit and the opinions they brought. */
  public record VisitRequest(
      @Size(max = 100) @Schema(example = "王先生", description = "optional; never shown publicly") String visitorName,
      @Size(max = 100) @Schema(example = "139 0000 0000", description = "optional; never shown publicly") String contact,
      @NotEmpty @Size(max = MAX_OPINIONS_PER_VISIT)
      @Schema(description = "群众意见 / the opinions collected, each at most 2000 characters",
          example = "[\"小区门口路灯坏了三个月\"]")
      List<@NotBlank @Size(max = 2000) String> opinions) {}

  /** A reception day as the office and the deputies on duty see it. */
  public record DayView(String congressId, String dayId, String stationId, LocalDate date,
      @Schema(type = "string", format = "time") LocalTime startsAt,
      @Schema(type = "string", format = "time") LocalTime endsAt,
      List<String> deputyIds, ReceptionDayStatus status, List<String> deputiesPresent) {

    static DayView of(ReceptionDay d) {
      return new DayView(d.congressId(), d.dayId(), d.plan().stationId(), d.plan().date(), d.plan().startsAt(),
          d.plan().endsAt(), d.plan().deputyIds(), d.status(), d.deputiesPresent());
    }
  }

  /** A deputy's presence in a quarter: held days present per month (月进站) and in all (季回家). */
  public record PresenceView(String deputyId, int year, int quarter,
      @Schema(description = "days present in the quarter's first, second and third month") List<Integer> byMonth,
      int days,
      @Schema(description = "月进站: present in every month of the quarter") boolean everyMonth,
      @Schema(description = "季回家: present at least once in the quarter") boolean inQuarter) {

    static PresenceView of(Presence p) {
      return new PresenceView(p.deputyId(), p.year(), p.quarter(), p.byMonth(), p.days(), p.everyMonth(), p.inQuarter());
    }
  }

  @PutMapping("/api/v1/reception-days/{dayId}")
  @Operation(summary = "Schedule a reception day at an open station (进站接待排班), or change one not yet held; "
      + "the deputies on duty must be active deputies attached to the station (422 names the others)")
  public DayView putDay(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String dayId,
      @Valid @RequestBody DayRequest request) {
    return DayView.of(days.put(staff, dayId, request.toPlan()));
  }

  @PostMapping("/api/v1/reception-days/{dayId}/holding")
  @Operation(summary = "Mark a day held with the deputies present (each on duty); each has the day counted in their "
      + "record (履职档案). The same request again changes nothing")
  public DayView holdDay(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String dayId,
      @Valid @RequestBody HoldingRequest request) {
    return DayView.of(days.hold(staff, dayId, request.deputyIds()));
  }

  @PostMapping("/api/v1/reception-days/{dayId}/visits")
  @Operation(summary = "Record a voter's visit on a day with the opinions collected (群众意见收集); each opinion gets "
      + "a tracking code the voter can follow it by")
  public List<VoterOpinionController.OpinionView> recordVisit(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String dayId,
      @Valid @RequestBody VisitRequest request) {
    return opinions.recordVisit(staff, dayId, new Opinion.Visitor(request.visitorName(), request.contact()),
        request.opinions()).stream().map(VoterOpinionController.OpinionView::of).toList();
  }

  @GetMapping("/api/v1/reception-days/{dayId}")
  @Operation(summary = "One reception day of the caller's congress")
  public DayView getDay(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String dayId) {
    return DayView.of(days.day(caller, dayId));
  }

  @GetMapping("/api/v1/reception-days/{dayId}/opinions")
  @Operation(summary = "The opinions collected on a day, with the visitors' data (the office only)")
  public Page<VoterOpinionController.OpinionView> dayOpinions(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String dayId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(opinions.ofDay(caller, dayId).stream().map(VoterOpinionController.OpinionView::of).toList(), page, size);
  }

  @GetMapping("/api/v1/deputies/{deputyId}/duty-days")
  @Operation(summary = "A deputy's duty days of a year (值班安排); the office and admins, a deputy their own. Year: the "
      + "current one in the congress's zone if not given")
  public Page<DayView> dutyDays(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(days.dutyDays(caller, deputyId, year).stream().map(DayView::of).toList(), page, size);
  }

  @GetMapping("/api/v1/stations/presence")
  @Operation(summary = "Each deputy's presence at the held reception days of a quarter (月进站、季回家), by deputy id; "
      + "the current year and quarter in the congress's zone if not given")
  public Page<PresenceView> presence(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(required = false) @Min(1) @Max(4) Integer quarter,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(days.presence(caller, year, quarter).stream().map(PresenceView::of).toList(), page, size);
  }
}
