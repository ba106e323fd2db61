package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.application.Trainings;
import io.lianxin.deputy.domain.TrainingMode;
import io.lianxin.deputy.domain.TrainingSession;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "training", description = "代表培训 / training sessions for deputies and their attendance")
public class TrainingController {

  private final Trainings trainings;

  public TrainingController(Trainings trainings) {
    this.trainings = trainings;
  }

  /** A session as the office plans it. */
  public record SessionRequest(
      @NotBlank @Size(max = 200) @Schema(example = "代表履职能力提升专题培训") String title,
      @NotNull @Schema(example = "2026-11-05") LocalDate date,
      @NotNull TrainingMode mode) {

    TrainingSession.Details toDetails() {
      return new TrainingSession.Details(title, date, mode);
    }
  }

  /** The deputies who attended. */
  public record AttendanceRequest(
      @NotEmpty @Size(max = 5_000) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {}

  public record SessionView(String congressId, String sessionId, String title, LocalDate date, TrainingMode mode,
      List<String> attendees) {

    static SessionView of(TrainingSession s) {
      return new SessionView(s.congressId(), s.sessionId(), s.details().title(), s.details().date(), s.details().mode(),
          s.attendees());
    }
  }

  @PutMapping("/api/v1/trainings/{sessionId}")
  @Operation(summary = "Plan or change a training session (代表培训); the same details again change nothing")
  public SessionView putSession(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String sessionId,
      @Valid @RequestBody SessionRequest request) {
    return SessionView.of(trainings.put(staff, sessionId, request.toDetails()));
  }

  @PostMapping("/api/v1/trainings/{sessionId}/attendance")
  @Operation(summary = "Record deputies as attending (each an active deputy of the register, 422 names the others); "
      + "each has the session counted once in their record")
  public SessionView attend(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String sessionId,
      @Valid @RequestBody AttendanceRequest request) {
    return SessionView.of(trainings.attend(staff, sessionId, request.deputyIds()));
  }

  @GetMapping("/api/v1/trainings/{sessionId}")
  @Operation(summary = "One training session of the caller's congress, with its attendees")
  public SessionView getSession(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String sessionId) {
    return SessionView.of(trainings.session(caller, sessionId));
  }

  @GetMapping("/api/v1/trainings")
  @Operation(summary = "The training sessions of a year of the caller's congress, by date; year: the current one in "
      + "the congress's zone if not given")
  public Page<SessionView> listSessions(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(trainings.inYear(caller, year).stream().map(SessionView::of).toList(), page, size);
  }

  @GetMapping("/api/v1/training-attendance")
  @Operation(summary = "How many training sessions of a year each deputy attended (年度参训次数), by deputy id; year: "
      + "the current one in the congress's zone if not given")
  public Page<Trainings.Attendance> attendance(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(trainings.attendance(caller, year), page, size);
  }
}
