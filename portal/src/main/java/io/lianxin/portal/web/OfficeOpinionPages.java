package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.ReviewOpinion;
import io.lianxin.portal.gateway.SupervisionRequests;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's review opinions (审议意见, supervision-service): every opinion of the congress with its progress, a new
 * one issued to a body of the register with its problem list (交办), a rectification list sent back with its reason
 * (退回整改清单), and publication (公开).
 */
@Controller
class OfficeOpinionPages {

  /** The last page the service pages to. */
  private static final int MAX_PAGE = 10_000;

  private final GatewayApi api;

  OfficeOpinionPages(GatewayApi api) {
    this.api = api;
  }

  @GetMapping("/office/opinions")
  String opinions(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("opinions", api.reviewOpinions(Math.max(0, Math.min(page, MAX_PAGE)), OfficePages.PAGE_SIZE));
    model.addAttribute("link", "/office/opinions?page=");
    return "office/opinions";
  }

  @GetMapping("/office/opinions/new")
  String newOpinion(Model model) {
    return issueForm(OpinionForms.Issue.empty(), null, model);
  }

  @PostMapping("/office/opinions")
  String issue(@RequestParam(required = false) String title, @RequestParam(required = false) String text,
      @RequestParam(required = false) String bodyUnitId, @RequestParam(required = false) String problems,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    OpinionForms.Issue form = new OpinionForms.Issue(title, text, bodyUnitId, problems, RequestKeys.postedOr(requestKey));
    ReviewOpinion issued;
    try {
      issued = api.issueOpinion(form.toRequest(), form.requestKey() + ":issue");
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      return issueForm(form.withKey(FormProblems.keyAfter(refused, form.requestKey())),
          ProblemMessages.of(refused, reader, form.formFields()), model);
    }
    return done(issued.opinionId(), "review.issued", redirect);
  }

  @GetMapping("/office/opinions/{id}")
  String opinion(@PathVariable String id, Model model) {
    return opinionPage(api.opinion(id), null, null, model);
  }

  @PostMapping("/office/opinions/{id}/rectification-list/rejection")
  String rejectList(@PathVariable String id, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      api.rejectRectificationList(id, new SupervisionRequests.Reason(FormValues.blankToNull(reason)), key + ":rejection");
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      model.addAttribute("rejectReason", reason);
      model.addAttribute("rejectKey", FormProblems.keyAfter(refused, key));
      return opinionPage(api.opinion(id), "reject", ProblemMessages.of(refused, reader, Map.of()), model);
    }
    return done(id, "review.list-rejected", redirect);
  }

  @PostMapping("/office/opinions/{id}/publication")
  String publish(@PathVariable String id, @RequestParam(required = false) String requestKey, Model model,
      RedirectAttributes redirect, Locale reader) {
    try {
      api.publishOpinion(id, RequestKeys.postedOr(requestKey) + ":publication");
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      return opinionPage(api.opinion(id), "publish", ProblemMessages.of(refused, reader, Map.of()), model);
    }
    return done(id, "review.published", redirect);
  }

  private static String done(String id, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/office/opinions/" + id;
  }

  private String issueForm(OpinionForms.Issue form, ProblemMessages problem, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    model.addAttribute("units", api.activeUnits().items());
    return "office/new-opinion";
  }

  private String opinionPage(ReviewOpinion opinion, String failed, ProblemMessages problem, Model model) {
    model.addAttribute("opinion", opinion);
    model.addAttribute("round", opinion.currentRound());
    model.addAttribute("failed", failed);
    model.addAttribute("problem", problem);
    model.addAttribute("mayReject", opinion.awaitsReport());
    model.addAttribute("mayPublish", !opinion.published());
    boolean formShown = "reject".equals(failed) ? opinion.awaitsReport() : !opinion.published();
    model.addAttribute("problemOutsideForm", FormProblems.outsideItsForm(problem, formShown));
    if (!model.containsAttribute("rejectKey")) {
      model.addAttribute("rejectKey", RequestKeys.fresh());
      model.addAttribute("rejectReason", "");
    }
    model.addAttribute("publishKey", RequestKeys.fresh());
    return "office/opinion";
  }
}
