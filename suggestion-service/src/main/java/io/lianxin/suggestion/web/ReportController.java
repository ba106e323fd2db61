package io.lianxin.suggestion.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.domain.HandlingReport;
import io.lianxin.suggestion.domain.HandlingReportTables;
import io.lianxin.suggestion.domain.ReportNames;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handling report (办理情况报告) as JSON, and as a CSV file or an .xlsx workbook a committee office
 * opens in a spreadsheet, with names instead of ids.
 */
@RestController
@RequestMapping("/api/v1/suggestions/statistics")
@Tag(name = "statistics", description = "办理情况统计 / handling statistics")
public class ReportController {

  /** The file the export writes. */
  public enum ExportFormat {
    /** CSV, UTF-8 with a BOM. */ CSV,
    /** An Office Open XML workbook (.xlsx). */ XLSX
  }

  private final SuggestionQueries queries;
  private final ReportNames names;

  public ReportController(SuggestionQueries queries, ReportNames names) {
    this.queries = queries;
    this.names = names;
  }

  @GetMapping
  @Operation(summary = "Figures of a year's items: by state, on-time rate, A/B/C, satisfaction, resolution, "
      + "commitments, overdue list, by unit, category, deputy and round",
      description = "Counting rules (统计口径): `totals`, `byCategory` and `byDeputy` count each item once by its final "
          + "result — A/B/C and resolution rate (A / replied) by its latest reply, ratings of that reply's round, "
          + "on time when its first reply was signed by its due date. `byRound` (`key` 0 = first handling, 1 and 2 = "
          + "re-handling rounds) and `byUnit` count each signed reply under its round and under the unit that signed "
          + "it, with the ratings of that round and the commitments that reply made: after re-handling moved an item "
          + "to a superior unit, the first unit's reply and rating stay under the first unit. A unit's `items` and "
          + "`overdueItems` are the items it leads now; a round's, the items that reached it. The proposer's rating "
          + "decides: `evaluated`, `satisfied`, `basicallySatisfied`, `unsatisfied` and `satisfactionRate` are the "
          + "proposers'; co-signers' ratings of the same round are counted apart (`coSignerRatings`, "
          + "`coSignerSatisfied`, `coSignerBasicallySatisfied`, `coSignerUnsatisfied`, `coSignerSatisfactionRate`), "
          + "each co-signer once per round. With `unitId`, the items the unit leads or replied to, and `totals` is "
          + "that unit's line. Rates are 0 when their denominator is 0.")
  public HandlingReport report(CurrentUser user, @RequestParam int year, @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @RequestParam(required = false) SuggestionCategory category) {
    return queries.report(user, year, unitId, category);
  }

  @GetMapping("/commitments")
  @Operation(summary = "A page of the commitments ledger (答复承诺解决事项台账), by due date, optionally by status: "
      + "items, total, page (from 0), size (1..200)")
  public SuggestionQueries.Page<SuggestionQueries.LedgerLine> commitments(CurrentUser user,
      @RequestParam(required = false) io.lianxin.suggestion.domain.Commitment.Status status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return queries.commitments(user, status, page, size);
  }

  @GetMapping(value = "/export", produces = {"text/csv", HandlingReportFiles.XLSX})
  @Operation(summary = "The same figures as a file a committee office opens: CSV (UTF-8 with BOM, opens in Excel/WPS) "
      + "or, with format=XLSX, an .xlsx workbook",
      description = "Units and deputies by name (from the register; for an id the register does not hold, "
          + "`lianxin.suggestion.names`; an id without either shows as the id), categories and states by their zh-CN / en names, rates as percentages (`85.7%`). The CSV "
          + "is the summary (all items, then each unit, category, proposing deputy and round), then after an empty "
          + "line each the counts by state and the overdue list (number, title, lead unit, reply due date, days "
          + "overdue). The workbook has one sheet each: `汇总 Summary`, `按状态 By state`, `按承办单位 By unit`, "
          + "`逾期件 Overdue`; rates are numbers formatted as percentages, due dates are dates.")
  @ApiResponse(responseCode = "200", description = "The report as a file (Content-Disposition: attachment)", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = HandlingReportFiles.XLSX, schema = @Schema(type = "string", format = "binary"))})
  public ResponseEntity<byte[]> export(CurrentUser user, @RequestParam int year,
      @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @RequestParam(required = false) SuggestionCategory category,
      @Parameter(description = "CSV (the default) or XLSX") @RequestParam(defaultValue = "CSV") ExportFormat format) {
    HandlingReportTables tables = HandlingReportTables.of(queries.report(user, year, unitId, category),
        queries.registerNames(user).orElse(names));
    boolean workbook = format == ExportFormat.XLSX;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"suggestions-" + year + (workbook ? ".xlsx" : ".csv") + "\"")
        .contentType(workbook ? MediaType.parseMediaType(HandlingReportFiles.XLSX)
            : new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(workbook ? HandlingReportFiles.xlsx(tables) : HandlingReportFiles.csv(tables));
  }
}
