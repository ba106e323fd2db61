package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.ReportFile;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The handling report (办理情况报告) with its charts — on-time and satisfaction rate by unit, the A/B/C split, the
 * items by state, the overdue list — and its CSV and .xlsx files, for the committee office and leaders; and the
 * commitments ledger (答复承诺解决事项台账), for them and for a unit, which sees the commitments of the items it leads.
 */
@Controller
class ReportPages {

  /** The ledger's filters, in the order offered: all, then the owed ones first. */
  static final List<String> COMMITMENT_STATUSES = List.of("OPEN", "OVERDUE", "FULFILLED");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final GatewayApi api;
  private final ReaderDates dates;
  private final MessageSource messages;

  ReportPages(GatewayApi api, ReaderDates dates, MessageSource messages) {
    this.api = api;
    this.dates = dates;
    this.messages = messages;
  }

  /** The page of an item named in a report, for the reader's role: the office's, a leader's or the unit's. */
  @ModelAttribute("itemLink")
  static String itemLink() {
    if (PageModel.roles().contains("COMMITTEE_STAFF")) {
      return "/office/items/";
    }
    return readsWholeCongress() ? "/leader/items/" : "/unit/items/";
  }

  /** The office and leaders read the whole congress's ledger; a unit, the items it leads. */
  private static boolean readsWholeCongress() {
    Set<String> roles = PageModel.roles();
    return roles.contains("COMMITTEE_STAFF") || roles.contains("LEADER");
  }

  /** A year's report, this year's when none is asked for; a year the portal cannot read is said under its field. */
  @GetMapping("/reports/handling")
  String handling(@RequestParam(required = false) String year, Model model, Locale reader) {
    String asked = year == null || year.isBlank() ? String.valueOf(dates.today().getYear()) : year.strip();
    model.addAttribute("year", asked);
    if (!YEAR.matcher(asked).matches()) {
      model.addAttribute("problem", FormProblems.ownCheck("year", messages.getMessage("report.not-a-year", null,
          reader)));
      return "reports/handling";
    }
    try {
      int shown = Integer.parseInt(asked);
      model.addAttribute("report", HandlingReportView.of(shown, api.handlingReport(shown), api.unitNames()));
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      model.addAttribute("problem", ProblemMessages.of(refused, reader, Map.of()));
    }
    return "reports/handling";
  }

  /** The report as suggestion-service writes the file, passed on with its name: the browser never calls the service. */
  @GetMapping("/reports/handling/export")
  ResponseEntity<byte[]> export(@RequestParam String year, @RequestParam(defaultValue = "CSV") String format) {
    ReportFile.Format written = Arrays.stream(ReportFile.Format.values()).filter(f -> f.name().equals(format))
        .findFirst().orElse(null);
    if (!YEAR.matcher(year).matches() || written == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    ReportFile file = api.handlingReportFile(Integer.parseInt(year), written);
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(file.type());
    if (file.disposition() != null) {
      answer.header(HttpHeaders.CONTENT_DISPOSITION, file.disposition());
    }
    return answer.body(file.content());
  }

  /** The ledger by due date, all of it or of one status, a page at a time; what is owed past its day marked. */
  @GetMapping("/reports/commitments")
  String commitments(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
      Model model) {
    String shown = status == null || status.isBlank() ? null : status;
    if (shown != null && !COMMITMENT_STATUSES.contains(shown)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("status", shown);
    model.addAttribute("statuses", COMMITMENT_STATUSES);
    model.addAttribute("lines", api.commitments(shown, Math.max(0, page), OfficePages.PAGE_SIZE));
    // the office and leaders read the whole congress's ledger, so each line names its lead unit; a unit's are its own
    model.addAttribute("unitNames", readsWholeCongress() ? api.unitNames() : null);
    model.addAttribute("link", "/reports/commitments?" + (shown == null ? "" : "status=" + shown + "&") + "page=");
    return "reports/commitments";
  }
}
