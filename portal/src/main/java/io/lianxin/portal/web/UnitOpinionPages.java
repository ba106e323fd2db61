package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.ReviewOpinion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the body a review opinion (审议意见) was issued to: its opinions, and one with its problem list
 * (问题清单) where the body answers — the rectification list (整改清单) with a measure for each problem, each
 * measure's progress (整改进度) with its evidence, and the report to the chair's council (整改情况报告).
 */
@Controller
class UnitOpinionPages {

  /** The last page the service pages to. */
  private static final int MAX_PAGE = 10_000;

  static final List<String> PROGRESS = List.of("IN_PROGRESS", "DONE");

  private final GatewayApi api;
  private final MessageSource messages;

  UnitOpinionPages(GatewayApi api, MessageSource messages) {
    this.api = api;
    this.messages = messages;
  }

  @GetMapping("/unit/opinions")
  String opinions(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("opinions", api.reviewOpinions(Math.max(0, Math.min(page, MAX_PAGE)), OfficePages.PAGE_SIZE));
    model.addAttribute("link", "/unit/opinions?page=");
    return "unit/opinions";
  }

  @GetMapping("/unit/opinions/{id}")
  String opinion(@PathVariable String id, Model model) {
    return opinionPage(api.opinion(id), null, null, model);
  }

  @PostMapping("/unit/opinions/{id}/rectification-list")
  String submitList(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    ReviewOpinion opinion = api.opinion(id);
    // the posted values as they came: a List<String> parameter with one value is that value split at its commas,
    // which would cut the one measure of a one-problem list short
    OpinionForms.RectificationList form = OpinionForms.RectificationList.of(opinion, posted.get("action"),
        posted.get("owner"), posted.get("dueOn"), RequestKeys.postedOr(requestKey));
    ProblemMessages problem = null;
    String nextKey = RequestKeys.fresh();
    int unreadable = form.unreadableDueOn();
    if (unreadable >= 0) {
      problem = FormProblems.ownCheck("measures[" + unreadable + "].dueOn",
          messages.getMessage("unit.not-a-date", null, reader));
    } else {
      try {
        api.submitRectificationList(id, form.toRequest(), form.requestKey() + ":rectification-list");
      } catch (ApiProblem refused) {
        FormProblems.rethrowUnlessForTheForm(refused);
        nextKey = FormProblems.keyAfter(refused, form.requestKey());
        problem = ProblemMessages.of(refused, reader, form.formFieldsOfSentLines());
      }
    }
    if (problem != null) {
      model.addAttribute("listForm", form.withKey(nextKey));
      return opinionPage(opinion, "list", problem, model);
    }
    return done(id, "review.list-submitted", redirect);
  }

  @PostMapping("/unit/opinions/{id}/measures/{measureId}/progress")
  String reportProgress(@PathVariable String id, @PathVariable String measureId,
      @RequestParam(required = false) String status, @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    OpinionForms.Progress form = new OpinionForms.Progress(measureId, status, evidence, RequestKeys.postedOr(requestKey));
    try {
      api.reportMeasureProgress(id, measureId, form.toRequest(), form.requestKey() + ":progress-" + measureId);
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      model.addAttribute("progressForm", new OpinionForms.Progress(measureId, status, evidence,
          FormProblems.keyAfter(refused, form.requestKey())));
      return opinionPage(api.opinion(id), "measure-" + measureId,
          ProblemMessages.of(refused, reader, OpinionForms.Progress.formFields(measureId)), model);
    }
    return done(id, "review.progress-reported", redirect);
  }

  @PostMapping("/unit/opinions/{id}/report")
  String submitReport(@PathVariable String id, @RequestParam(required = false) String report,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    OpinionForms.Report form = new OpinionForms.Report(report, RequestKeys.postedOr(requestKey));
    try {
      api.submitRectificationReport(id, form.toRequest(), form.requestKey() + ":report");
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      model.addAttribute("reportForm", new OpinionForms.Report(report,
          FormProblems.keyAfter(refused, form.requestKey())));
      return opinionPage(api.opinion(id), "report", ProblemMessages.of(refused, reader, Map.of()), model);
    }
    return done(id, "review.report-submitted", redirect);
  }

  private static String done(String id, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/unit/opinions/" + id;
  }

  /**
   * The opinion with the forms the body may use on it now (the service decides; the page offers only what it would
   * take); {@code failed} names the form a problem is for.
   */
  private String opinionPage(ReviewOpinion opinion, String failed, ProblemMessages problem, Model model) {
    boolean ours = opinion.issuedTo(SignedIn.unitId());
    model.addAttribute("opinion", opinion);
    model.addAttribute("round", opinion.currentRound());
    model.addAttribute("failed", failed);
    model.addAttribute("problem", problem);
    model.addAttribute("mayList", ours && opinion.awaitsList());
    model.addAttribute("mayProgress", ours && opinion.takesMeasureProgress());
    model.addAttribute("mayReport", ours && opinion.awaitsReport());
    boolean formShown = failed != null && switch (failed) {
      case "list" -> ours && opinion.awaitsList();
      case "report" -> ours && opinion.awaitsReport();
      default -> ours && opinion.takesMeasureProgress() && opinion.currentRound() != null && opinion.currentRound()
          .measures().stream().anyMatch(m -> !m.done() && failed.equals("measure-" + m.measureId()));
    };
    model.addAttribute("problemOutsideForm", FormProblems.outsideItsForm(problem, formShown));
    model.addAttribute("progressChoices", PROGRESS);
    if (!model.containsAttribute("listForm")) {
      model.addAttribute("listForm", OpinionForms.RectificationList.empty(opinion));
    }
    if (!model.containsAttribute("reportForm")) {
      model.addAttribute("reportForm", OpinionForms.Report.empty());
    }
    // a fresh key for each measure's form; the one that failed keeps what was posted
    model.addAttribute("progressKey", RequestKeys.fresh());
    return "unit/opinion";
  }
}
