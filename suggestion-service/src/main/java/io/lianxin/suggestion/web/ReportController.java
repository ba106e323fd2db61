package io.lianxin.suggestion.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.domain.HandlingReport;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The handling report (办理情况报告) as JSON and as CSV a committee office opens in a spreadsheet. */
@RestController
@RequestMapping("/api/v1/suggestions/statistics")
@Tag(name = "statistics", description = "办理情况统计 / handling statistics")
public class ReportController {

  private static final List<String> COLUMNS = List.of(
      "group / 分组", "items / 件数", "replied / 已答复", "replied on time / 按时答复", "on-time rate / 按时答复率",
      "A", "B", "C", "resolution rate / 解决率", "evaluated / 已评价", "satisfied / 满意", "basically satisfied / 基本满意",
      "unsatisfied / 不满意", "satisfaction rate / 满意率", "commitments / 承诺事项", "fulfilled / 已兑现",
      "fulfilled on time / 按期兑现", "commitments overdue / 逾期承诺", "overdue items / 逾期件");

  private final SuggestionQueries queries;

  public ReportController(SuggestionQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "Figures of a year's items: by state, on-time rate, A/B/C, satisfaction, resolution, "
      + "commitments, overdue list, by unit, category and deputy")
  public HandlingReport report(CurrentUser user, @RequestParam int year, @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId,
      @RequestParam(required = false) SuggestionCategory category) {
    return queries.report(user, year, unitId, category);
  }

  @GetMapping("/commitments")
  @Operation(summary = "The commitments ledger (答复承诺解决事项台账): every commitment, optionally by status")
  public List<SuggestionQueries.LedgerLine> commitments(CurrentUser user,
      @RequestParam(required = false) io.lianxin.suggestion.domain.Commitment.Status status) {
    return queries.commitments(user, status);
  }

  @GetMapping(value = "/export", produces = "text/csv")
  @Operation(summary = "The same figures by unit, category and deputy as CSV (UTF-8 with BOM, opens in Excel/WPS)")
  public ResponseEntity<byte[]> export(CurrentUser user, @RequestParam int year,
      @RequestParam(required = false) @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId, @RequestParam(required = false) SuggestionCategory category) {
    HandlingReport report = queries.report(user, year, unitId, category);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("section / 类别,").append(String.join(",", COLUMNS.stream().map(ReportController::cell).toList())).append("\r\n");
    row(csv, "total / 合计", report.totals());
    report.byUnit().forEach(l -> row(csv, "unit / 承办单位", l.totals()));
    report.byCategory().forEach(l -> row(csv, "category / 类别", l.totals()));
    report.byDeputy().forEach(l -> row(csv, "deputy / 代表", l.totals()));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"suggestions-" + year + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void row(StringBuilder csv, String section, HandlingReport.Totals t) {
    List<Object> values = List.of(section, t.group(), t.items(), t.replied(), t.repliedOnTime(), t.onTimeRate(),
        t.categoryA(), t.categoryB(), t.categoryC(), t.resolutionRate(), t.evaluated(), t.satisfied(),
        t.basicallySatisfied(), t.unsatisfied(), t.satisfactionRate(), t.commitments(), t.commitmentsFulfilled(),
        t.commitmentsFulfilledOnTime(), t.commitmentsOverdue(), t.overdueItems());
    csv.append(String.join(",", values.stream().map(v -> cell(String.valueOf(v))).toList())).append("\r\n");
  }

  /** RFC 4180 quoting, and no formula injection into spreadsheets. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) {
      v = "'" + v;
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
