package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.DeputyWork;
import io.lianxin.portal.gateway.GatewayApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deputy's own work (我的履职): the duty days at their home or station this year (值班安排, and whether they were
 * there), their annual reports to the voters (年述职) with the meeting and the voters' ratings, the form to file this
 * year's report, and the link to their public record (履职公开).
 */
@Controller
class DeputyWorkPages {

  private final GatewayApi api;
  private final ReaderDates dates;
  private final MessageSource messages;

  DeputyWorkPages(GatewayApi api, ReaderDates dates, MessageSource messages) {
    this.api = api;
    this.dates = dates;
    this.messages = messages;
  }

  /** The form as filled in: the station, the day of the hearing as typed, the text, the form's request key. */
  record ReportForm(String stationId, String hearingOn, String text, String requestKey) {}

  @GetMapping("/my/work")
  String work(Model model) {
    return page(deputy(), null, null, model);
  }

  /** This year's report, filed once: the service refuses a second one, and the form is then no longer offered. */
  @PostMapping("/my/work/report")
  String fileReport(@RequestParam(required = false) String stationId, @RequestParam(required = false) String hearingOn,
      @RequestParam(required = false) String text, @RequestParam(required = false) String requestKey, Model model,
      RedirectAttributes redirect, Locale reader) {
    String deputyId = deputy();
    String key = RequestKeys.postedOr(requestKey);
    ReportForm posted = new ReportForm(stationId, hearingOn, text, key);
    boolean dateGiven = hearingOn != null && !hearingOn.isBlank();
    if (dateGiven && FormValues.date(hearingOn) == null) {
      return page(deputyId, posted, FormProblems.ownCheck("hearingOn",
          messages.getMessage("unit.not-a-date", null, reader)), model);
    }
    try {
      api.fileAnnualReport(deputyId, new DeputyWork.Filing(dates.today().getYear(), FormValues.blankToNull(stationId),
          FormValues.date(hearingOn), FormValues.blankToNull(text)), key + ":annual-report");
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      ReportForm again = new ReportForm(stationId, hearingOn, text, FormProblems.keyAfter(refused, key));
      return page(deputyId, again, ProblemMessages.of(refused, reader, Map.of()), model);
    }
    redirect.addFlashAttribute("notice", "work.report-filed");
    return "redirect:/my/work";
  }

  private String page(String deputyId, ReportForm posted, ProblemMessages problem, Model model) {
    int year = dates.today().getYear();
    List<DeputyWork.Station> stations = api.stations().items();
    Map<String, String> stationNames = new LinkedHashMap<>();
    stations.forEach(station -> stationNames.put(station.stationId(), station.name()));
    // the stations the deputy is attached to first: a deputy reports where their voters meet them
    List<DeputyWork.Station> open = stations.stream().filter(DeputyWork.Station::open).toList();
    List<DeputyWork.Station> theirs = open.stream().filter(s -> s.deputyIds().contains(deputyId)).toList();
    List<DeputyWork.AnnualReport> reports = api.annualReports(deputyId).items();
    boolean filedThisYear = reports.stream().anyMatch(report -> report.year() == year);
    model.addAttribute("year", year);
    model.addAttribute("deputyId", deputyId);
    model.addAttribute("dutyDays", api.dutyDays(deputyId).items());
    model.addAttribute("reports", reports);
    model.addAttribute("stationNames", stationNames);
    model.addAttribute("mayFile", !filedThisYear);
    model.addAttribute("reportStations", theirs.isEmpty() ? open : theirs);
    model.addAttribute("form", posted != null ? posted
        : new ReportForm(theirs.isEmpty() ? "" : theirs.get(0).stationId(), "", "", RequestKeys.fresh()));
    model.addAttribute("problem", problem);
    model.addAttribute("problemOutsideForm", FormProblems.outsideItsForm(problem, !filedThisYear));
    return "my/work";
  }

  private static String deputy() {
    String deputyId = SignedIn.deputyId();
    if (deputyId == null) { // a deputy's account without its register id: nothing of theirs to show
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return deputyId;
  }
}
