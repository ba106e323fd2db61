package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.AnnualReports;
import io.lianxin.deputy.application.Page;
import io.lianxin.deputy.domain.AnnualReport;
import io.lianxin.deputy.domain.ReportRating;
import io.lianxin.deputy.domain.ReportState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "annual-reports", description = "年述职 / deputies' annual reports to voters, the meeting and the voters' rating")
public class AnnualReportController {

  private final AnnualReports reports;

  public AnnualReportController(AnnualReports reports) {
    this.reports = reports;
  }

  /** The year's report as the deputy (or the office for them) files it. */
  public record FilingRequest(
      @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "S-qingshan-home") String stationId,
      @NotNull @Schema(example = "2026-12-20", description = "述职日期: in the report's year or the next") LocalDate hearingOn,
      @NotBlank @Size(max = 20_000) @Schema(example = "一年来，我参加代表活动十二次，提出建议五件……") String text) {

    AnnualReport.Filing toFiling() {
      return new AnnualReport.Filing(stationId, hearingOn, text);
    }
  }

  /** The meeting where the voters heard the report. */
  public record MeetingRequest(
      @NotNull @Schema(example = "2026-12-20") LocalDate heldOn,
      @NotNull @Min(1) @Max(10_000) @Schema(example = "40", description = "选民出席人数") Integer attendees) {}

  /** One attending voter's rating, under the id the office gave them (e.g. the number of their rating slip). */
  public record RatingRequest(
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "slip-001") String raterId,
      @NotNull ReportRating rating) {}

  /** A report as the deputy and the office see it. */
  public record ReportView(String congressId, String deputyId, int year, String stationId, LocalDate hearingOn,
      String text, ReportState state, LocalDate heldOn, Integer attendees, Map<ReportRating, Integer> ratings) {

    static ReportView of(AnnualReport r) {
      return new ReportView(r.congressId(), r.deputyId(), r.year(), r.filing().stationId(), r.filing().hearingOn(),
          r.filing().text(), r.state(), r.meeting() == null ? null : r.meeting().heldOn(),
          r.meeting() == null ? null : r.meeting().attendees(), r.counts());
    }
  }

  /** A heard report as anyone sees it: the text, the meeting and how many voters gave each rating. */
  public record PublicReportView(int year, String stationId, String text, ReportState state, LocalDate heldOn,
      int attendees, Map<ReportRating, Integer> ratings) {

    static PublicReportView of(AnnualReport r) {
      return new PublicReportView(r.year(), r.filing().stationId(), r.filing().text(), r.state(), r.meeting().heldOn(),
          r.meeting().attendees(), r.counts());
    }
  }

  @PostMapping("/api/v1/deputies/{deputyId}/reports")
  @Operation(summary = "File a deputy's annual report (年述职) to be heard at an open station; the deputy their own, the "
      + "office for any deputy; one per deputy and year (a second is 409)")
  public ReportView fileReport(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @Valid @RequestBody FilingRequest request) {
    return ReportView.of(reports.file(caller, deputyId, request.year(), request.toFiling()));
  }

  @PostMapping("/api/v1/deputies/{deputyId}/reports/{year}/meeting")
  @Operation(summary = "Record the meeting where voters heard the report (述职会) and how many attended; the report is "
      + "counted in the deputy's record")
  public ReportView recordMeeting(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @PathVariable @Min(2000) @Max(2100) int year,
      @Valid @RequestBody MeetingRequest request) {
    return ReportView.of(reports.recordMeeting(staff, deputyId, year,
        new AnnualReport.Meeting(request.heldOn(), request.attendees())));
  }

  @PostMapping("/api/v1/deputies/{deputyId}/reports/{year}/ratings")
  @Operation(summary = "An attending voter's rating (满意度测评), once per rater id (a second is 409), no more than the "
      + "voters who attended")
  public ReportView rate(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @PathVariable @Min(2000) @Max(2100) int year,
      @Valid @RequestBody RatingRequest request) {
    return ReportView.of(reports.rate(staff, deputyId, year, request.raterId(), request.rating()));
  }

  @PostMapping("/api/v1/deputies/{deputyId}/reports/{year}/rating-closure")
  @Operation(summary = "Close the voters' rating of a report (测评结束); the counts stand")
  public ReportView closeRating(CurrentUser staff,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @PathVariable @Min(2000) @Max(2100) int year) {
    return ReportView.of(reports.closeRating(staff, deputyId, year));
  }

  @GetMapping("/api/v1/deputies/{deputyId}/reports")
  @Operation(summary = "A deputy's annual reports, newest first; the office and admins, a deputy their own")
  public Page<ReportView> deputyReports(CurrentUser caller,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(reports.ofDeputy(caller, deputyId).stream().map(ReportView::of).toList(), page, size);
  }

  @GetMapping("/api/v1/public/{congressId}/deputies/{deputyId}/reports")
  @Operation(summary = "A deputy's heard annual reports for anyone, no sign-in (述职公开): the text, the meeting and the "
      + "voters' ratings counted")
  public Page<PublicReportView> publicReports(
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String congressId,
      @PathVariable @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String deputyId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return Page.slice(reports.published(congressId, deputyId).stream().map(PublicReportView::of).toList(), page, size);
  }
}
