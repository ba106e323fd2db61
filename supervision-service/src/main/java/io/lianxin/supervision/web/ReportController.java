package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.SpreadsheetFiles;
import io.lianxin.supervision.application.ReviewOpinions;
import io.lianxin.supervision.application.SupervisionActivities;
import io.lianxin.supervision.domain.OpinionReport;
import io.lianxin.supervision.domain.ReportLanguage;
import io.lianxin.supervision.domain.ReportTable;
import io.lianxin.supervision.domain.ParticipationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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

  /** How an export's file is chosen, as its description says. */
  static final String CHOOSING = "The file: `format=CSV` or `format=XLSX`; without it, the Accept header's preferred "
      + "of `text/csv` and the .xlsx type (CSV for `*/*` or none). CSV is UTF-8 with a BOM, CRLF lines, a text that "
      + "would run as a formula kept a text; the workbook's header row is frozen, figures are numbers.";

  static final String FORMAT = "CSV or XLSX; without it, the Accept header decides (CSV when it prefers neither)";

  static final String LANGUAGE = "the language of the headers: zh-CN (the default) or en, the first of them the "
      + "header prefers";

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

  @GetMapping(value = "/api/v1/reports/opinions/export", produces = {"text/csv", SpreadsheetFiles.XLSX})
  @Operation(summary = "The yearly report as a file a committee office opens: CSV (UTF-8 with BOM, opens in Excel/WPS) "
      + "or an .xlsx workbook, by `format` or else by the Accept header",
      description = "The same figures as `GET /api/v1/reports/opinions`, one line per body: the header line "
          + "(`body / 被监督单位`, `unit id / 单位编号`, `opinions / 审议意见`, `problems / 问题`, `measures / 整改措施`, "
          + "`measures done on time / 按期完成措施`, `satisfied / 满意`, `second deliberations / 二次审议`, "
          + "`accountability referrals / 追责问效`, `open / 未办结`), the total line (`合计 / total`), then each body "
          + "by unit id; at most one line per unit of the register. The workbook has one sheet, "
          + "`审议意见 Opinions <year>`, its header row frozen, counts as numbers, names as texts. " + CHOOSING)
  @ApiResponse(responseCode = "200", description = "The report as a file (Content-Disposition: attachment)", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = SpreadsheetFiles.XLSX, schema = @Schema(type = "string", format = "binary"))})
  public ResponseEntity<byte[]> exportOpinionReport(CurrentUser caller,
      @Parameter(description = "the year opinions were issued in, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year,
      @Parameter(description = FORMAT) @RequestParam(required = false) SpreadsheetFiles.Format format,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    int issuedIn = Integer.parseInt(year);
    return ReportFiles.attachment(ReportTable.opinions(issuedIn, opinions.report(caller, issuedIn)),
        SpreadsheetFiles.chosen(format, accept), "supervision-opinions-" + issuedIn, null);
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

  @GetMapping(value = "/api/v1/reports/allocations/export", produces = {"text/csv", SpreadsheetFiles.XLSX})
  @Operation(summary = "The allocation report as a file: every active deputy, the activities of the plan year they were "
      + "allocated to, the yearly minimum and how many they are short of it (代表参加监督活动统计表)",
      description = "The same lines as `GET /api/v1/reports/allocations`, by deputy id: the deputy's name (the "
          + "register's), id, activities allocated, yearly minimum, short by (0 when reached). Headers and the sheet's "
          + "name in the reader's language (Accept-Language: `代表`, `代表编号`, `参加监督活动次数`, `年度最低次数`, `差额`, "
          + "sheet `代表参加监督活动 <year>`; or `deputy`, `deputy id`, `activities allocated`, `yearly minimum`, "
          + "`short by`, sheet `Allocations <year>`). " + CHOOSING)
  @ApiResponse(responseCode = "200", description = "The report as a file (Content-Disposition: attachment)", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = SpreadsheetFiles.XLSX, schema = @Schema(type = "string", format = "binary"))})
  public ResponseEntity<byte[]> exportAllocationReport(CurrentUser caller,
      @Parameter(description = "the plan year, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year,
      @Parameter(description = FORMAT) @RequestParam(required = false) SpreadsheetFiles.Format format,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, description = LANGUAGE, example = "zh-CN")
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Size(max = 200) String acceptLanguage) {
    ReportLanguage language = ReportFiles.language(acceptLanguage);
    return ReportFiles.attachment(activities.allocationTable(caller, Integer.parseInt(year), language),
        SpreadsheetFiles.chosen(format, accept), "supervision-allocations-" + year, language);
  }

  @GetMapping(value = "/api/v1/reports/lead-speakers/export", produces = {"text/csv", SpreadsheetFiles.XLSX})
  @Operation(summary = "The lead-speaker report as a file: every standing-committee member, their lead speeches (中心发言) "
      + "of the plan year, the yearly minimum (3) and how many they are short of it",
      description = "The same lines as `GET /api/v1/reports/lead-speakers`, by deputy id: the member's name, id, lead "
          + "speeches, yearly minimum, short by. Headers and the sheet's name in the reader's language "
          + "(Accept-Language: `常委会组成人员`, `代表编号`, `中心发言次数`, `年度最低次数`, `差额`, sheet `中心发言 <year>`; or "
          + "`standing-committee member`, `deputy id`, `lead speeches`, `yearly minimum`, `short by`, sheet "
          + "`Lead speakers <year>`). " + CHOOSING)
  @ApiResponse(responseCode = "200", description = "The report as a file (Content-Disposition: attachment)", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = SpreadsheetFiles.XLSX, schema = @Schema(type = "string", format = "binary"))})
  public ResponseEntity<byte[]> exportLeadSpeakerReport(CurrentUser caller,
      @Parameter(description = "the plan year, four digits", example = "2027")
      @RequestParam @Size(max = 4) @Pattern(regexp = "^20[0-9]{2}$") String year,
      @Parameter(description = FORMAT) @RequestParam(required = false) SpreadsheetFiles.Format format,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, description = LANGUAGE, example = "en")
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Size(max = 200) String acceptLanguage) {
    ReportLanguage language = ReportFiles.language(acceptLanguage);
    return ReportFiles.attachment(activities.leadSpeakerTable(caller, Integer.parseInt(year), language),
        SpreadsheetFiles.chosen(format, accept), "supervision-lead-speakers-" + year, language);
  }
}
