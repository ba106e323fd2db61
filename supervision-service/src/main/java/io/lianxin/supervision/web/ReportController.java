package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.supervision.application.ReviewOpinions;
import io.lianxin.supervision.application.SupervisionActivities;
import io.lianxin.supervision.domain.OpinionReport;
import io.lianxin.supervision.domain.OpinionReportTable;
import io.lianxin.supervision.domain.ParticipationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

  /** The file the export writes. */
  public enum ExportFormat {
    /** CSV, UTF-8 with a BOM. */ CSV,
    /** An Office Open XML workbook (.xlsx). */ XLSX
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

  @GetMapping(value = "/api/v1/reports/opinions/export", produces = {"text/csv", OpinionReportFiles.XLSX})
  @Operation(summary = "The yearly report as a file a committee office opens: CSV (UTF-8 with BOM, opens in Excel/WPS) "
      + "or, with format=XLSX, an .xlsx workbook",
      description = "The same figures as `GET /api/v1/reports/opinions`, one line per body: the header line "
          + "(`body / 被监督单位`, `unit id / 单位编号`, `opinions / 审议意见`, `problems / 问题`, `measures / 整改措施`, "
          + "`measures done on time / 按期完成措施`, `satisfied / 满意`, `second deliberations / 二次审议`, "
          + "`accountability referrals / 追责问效`, `open / 未办结`), the total line (`合计 / total`), then each body "
          + "by unit id; at most one line per unit of the register. The workbook has one sheet, "
          + "`审议意见 Opinions <year>`, its header row frozen, counts as numbers, names as texts.")
  @ApiResponse(responseCode = "200", description = "The report as a file (Content-Disposition: attachment)", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = OpinionReportFiles.XLSX, schema = @Schema(type = "string", format = "binary"))})
  public ResponseEntity<byte[]> exportOpinionReport(CurrentUser caller,
      @Parameter(description = "the year opinions were issued in, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year,
      @Parameter(description = "CSV (the default) or XLSX") @RequestParam(defaultValue = "CSV") ExportFormat format) {
    int issuedIn = Integer.parseInt(year);
    OpinionReportTable table = OpinionReportTable.of(issuedIn, opinions.report(caller, issuedIn));
    boolean workbook = format == ExportFormat.XLSX;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"supervision-opinions-" + issuedIn + (workbook ? ".xlsx" : ".csv") + "\"")
        .contentType(workbook ? MediaType.parseMediaType(OpinionReportFiles.XLSX)
            : new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(workbook ? OpinionReportFiles.xlsx(table) : OpinionReportFiles.csv(table));
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
