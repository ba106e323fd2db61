package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.BatchAssignment;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.Page;
import io.lianxin.portal.gateway.Suggestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The committee office's pages (人大常委会代表工作机构): its worklists (工作清单) with their counts, one worklist a page
 * at a time, and the batch assignment (集中交办) of registered items to one lead unit and co-units.
 */
@Controller
class OfficePages {

  /** suggestion-service's worklists, in the order the office works through them. */
  static final List<String> WORKLISTS = List.of("TO_REGISTER", "TO_ASSIGN", "MOTIONS_TO_DECIDE", "MOTIONS_ON_AGENDA",
      "DISPUTED", "OVERDUE", "REPLIES_TO_REVIEW", "REPLIES_TO_SIGN_OFF", "AWAITING_EVALUATION", "UNSATISFIED", "KEY",
      "OPEN_COMMITMENTS", "LOOK_BACK");

  static final int PAGE_SIZE = 20;

  /** How many registered items the batch screen offers at once (the service takes up to 500 lines). */
  static final int BATCH_PAGE_SIZE = 100;

  private final GatewayApi api;

  OfficePages(GatewayApi api) {
    this.api = api;
  }

  /** Every worklist with how many items are on it. */
  @GetMapping("/office/worklists")
  String worklists(Model model) {
    Map<String, Long> served = api.worklistCounts();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String worklist : WORKLISTS) {
      if (served.containsKey(worklist)) { // a list the service does not count is not shown as empty
        counts.put(worklist, served.get(worklist));
      }
    }
    model.addAttribute("counts", counts);
    return "office/worklists";
  }

  @GetMapping("/office/worklists/{worklist}")
  String worklist(@PathVariable String worklist, @RequestParam(defaultValue = "0") int page, Model model) {
    if (!WORKLISTS.contains(worklist)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("worklist", worklist);
    model.addAttribute("items", api.worklist(worklist, Math.max(0, page), PAGE_SIZE));
    model.addAttribute("link", "/office/worklists/" + worklist + "?page=");
    model.addAttribute("itemLink", "/office/items/");
    model.addAttribute("unitNames", UnitNames.orIds(api));
    return "office/worklist";
  }

  /** The batch screen: the registered items to assign, each with a checkbox, and the register's units. */
  @GetMapping("/office/assignments")
  String batchForm(@RequestParam(defaultValue = "0") int page, Model model) {
    return batchScreen(Math.max(0, page), BatchForm.empty(), model);
  }

  /** One request for all the selected items; the page shows each item's outcome. */
  @PostMapping("/office/assignments")
  String assign(@RequestParam(name = "suggestionIds", required = false) List<String> suggestionIds,
      @RequestParam(required = false) String leadUnitId,
      @RequestParam(name = "coUnitIds", required = false) List<String> coUnitIds,
      @RequestParam(required = false) String complex, @RequestParam(required = false) String requestKey,
      @RequestParam(defaultValue = "0") int page, Model model, Locale reader) {
    BatchForm form = new BatchForm(clean(suggestionIds), leadUnitId == null ? "" : leadUnitId.strip(),
        clean(coUnitIds), complex != null, RequestKeys.postedOr(requestKey));
    List<String> missing = form.missing();
    if (!missing.isEmpty()) {
      model.addAttribute("missing", missing);
      return batchScreen(Math.max(0, page), form, model);
    }
    BatchAssignment.Report report;
    try {
      report = api.assignBatch(form.toRequest(), form.requestKey());
    } catch (ApiProblem problem) {
      if (problem.status() == 401 || problem.status() >= 500) {
        throw problem;
      }
      model.addAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
      return batchScreen(Math.max(0, page), form.withFreshKey(), model);
    }
    model.addAttribute("report", report);
    return "office/assigned";
  }

  private String batchScreen(int page, BatchForm form, Model model) {
    Page<Suggestion> toAssign = api.worklist("TO_ASSIGN", page, BATCH_PAGE_SIZE);
    model.addAttribute("items", toAssign);
    model.addAttribute("units", api.activeUnits().items());
    model.addAttribute("form", form);
    model.addAttribute("link", "/office/assignments?page=");
    return "office/assign";
  }

  private static List<String> clean(List<String> ids) {
    return Objects.requireNonNullElse(ids, List.<String>of()).stream().map(String::strip)
        .filter(id -> !id.isEmpty()).distinct().toList();
  }
}
