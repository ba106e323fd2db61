package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.Programme;
import io.lianxin.portal.gateway.ProposalRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Livelihood projects (民生实事项目): a programme's proposals for anyone, most supported first; after signing in, a
 * resident (居民, role PUBLIC) or a deputy proposes a project and supports others (附议) while the programme collects.
 */
@Controller
class LivelihoodPages {

  private static final int MAX_CODE = 128;

  private final GatewayApi api;
  private final Clock clock = Clock.systemUTC();

  LivelihoodPages(GatewayApi api) {
    this.api = api;
  }

  /**
   * A programme looked up by its number; a signed-in reader also sees their congress's programmes (voting-service
   * lists programmes to signed-in callers only).
   */
  @GetMapping("/livelihood")
  String programmes(@RequestParam(required = false) String programme, @RequestParam(defaultValue = "0") int page,
      Model model) {
    String id = programme == null ? "" : programme.strip();
    if (!id.isEmpty() && id.length() <= MAX_CODE) {
      return "redirect:/livelihood/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
    if (PageModel.viewer() != null) {
      model.addAttribute("programmes", api.programmes(Math.max(0, page)));
    }
    return "livelihood/programmes";
  }

  @GetMapping("/livelihood/{id}")
  String programme(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
    Programme programme = api.publicProgramme(id);
    model.addAttribute("programme", programme);
    model.addAttribute("proposals", api.publicProposals(id, Math.max(0, page)));
    model.addAttribute("collecting", programme.collecting(clock.instant()));
    model.addAttribute("mayTakePart", SignedIn.has("PUBLIC") || SignedIn.has("DEPUTY"));
    model.addAttribute("link", "/livelihood/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "?page=");
    return "livelihood/programme";
  }

  /** Signing in from a programme's page, then back to it (a form posted before signing in would be lost). */
  @GetMapping("/livelihood/{id}/sign-in")
  String signIn(@PathVariable String id) {
    return "redirect:/livelihood/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }

  @GetMapping("/livelihood/{id}/proposals/new")
  String proposalForm(@PathVariable String id, Model model) {
    model.addAttribute("programme", api.publicProgramme(id));
    model.addAttribute("form", ProposalForm.empty());
    return "livelihood/propose";
  }

  @PostMapping("/livelihood/{id}/proposals")
  String propose(@PathVariable String id, @RequestParam(required = false) String title,
      @RequestParam(required = false) String description, @RequestParam(required = false) String place,
      @RequestParam(required = false) String estimatedBenefit, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    ProposalForm form = new ProposalForm(title, description, place, estimatedBenefit, RequestKeys.postedOr(requestKey));
    try {
      api.propose(id, form.toRequest(), form.requestKey() + ":propose");
    } catch (ApiProblem problem) {
      FormProblems.rethrowUnlessForTheForm(problem);
      model.addAttribute("programme", api.publicProgramme(id));
      model.addAttribute("form", form.withKey(FormProblems.keyAfter(problem, form.requestKey())));
      model.addAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
      return "livelihood/propose";
    }
    redirect.addFlashAttribute("notice", "livelihood.proposed");
    return "redirect:/livelihood/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }

  /** Supports a proposal (附议); a second support is told as such, not as an error. */
  @PostMapping("/livelihood/{id}/proposals/{proposalId}/support")
  String support(@PathVariable String id, @PathVariable String proposalId, RedirectAttributes redirect,
      Locale reader) {
    try {
      long supports = api.support(proposalId);
      redirect.addFlashAttribute("notice", "livelihood.supported");
      redirect.addFlashAttribute("supports", supports);
    } catch (ApiProblem problem) {
      FormProblems.rethrowUnlessForTheForm(problem);
      if (problem.status() == 409 && "ALREADY_SUPPORTED".equals(problem.currentState())) {
        redirect.addFlashAttribute("notice", "livelihood.already-supported");
      } else {
        redirect.addFlashAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
      }
    }
    redirect.addFlashAttribute("supported", proposalId);
    return "redirect:/livelihood/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }

  /** A proposal as the form posts it: title, description, place (地点) and the expected benefit (预期效益). */
  record ProposalForm(String title, String description, String place, String estimatedBenefit, String requestKey) {

    static ProposalForm empty() {
      return new ProposalForm("", "", "", "", RequestKeys.fresh());
    }

    ProposalForm withKey(String key) {
      return new ProposalForm(title, description, place, estimatedBenefit, key);
    }

    ProposalRequest toRequest() {
      return new ProposalRequest(FormValues.blankToNull(title), FormValues.blankToNull(description),
          FormValues.blankToNull(place), FormValues.blankToNull(estimatedBenefit));
    }
  }
}
