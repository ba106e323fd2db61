package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.PollRequests;
import io.lianxin.portal.gateway.StaffPoll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office runs a poll (表决) from its draft to its published result: the congress's polls by state, a new one
 * (kind, method, the items, the roll, secret or named, in person or online, public), and on the poll's page the step
 * its state allows — open (a secret poll once its scrutineers' key exists), sign voters in from the chamber's list
 * (签到), close, count (计票: a named poll is certified at once, a secret one waits for its scrutineers' decryption),
 * publish (公布), or cancel with the reason.
 */
@Controller
class OfficePollPages {

  /** The lists, in the order a poll goes through them. */
  static final List<String> STATES = List.of("DRAFT", "OPEN", "CLOSED", "DECRYPTING", "TALLIED", "PUBLISHED",
      "CANCELLED");

  /** The steps a form on the poll's page posts, by the state that offers them. */
  private static final Map<String, List<String>> STEPS = Map.of(
      "DRAFT", List.of("opening", "cancellation"),
      "OPEN", List.of("attendance", "closing", "cancellation"),
      "CLOSED", List.of("tally"),
      "TALLIED", List.of("publication"));

  private static final int MAX_PAGE = 10_000;

  private final GatewayApi api;
  private final MessageSource messages;

  OfficePollPages(GatewayApi api, MessageSource messages) {
    this.api = api;
    this.messages = messages;
  }

  @GetMapping("/office/polls")
  String polls(@RequestParam(defaultValue = "DRAFT") String state, @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!STATES.contains(state)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("state", state);
    model.addAttribute("states", STATES);
    model.addAttribute("polls", api.polls(state, Math.max(0, Math.min(page, MAX_PAGE))));
    model.addAttribute("link", "/office/polls?state=" + state + "&page=");
    return "office/polls";
  }

  @GetMapping("/office/polls/new")
  String newPoll(Model model) {
    return draftForm(PollForm.empty(), null, model);
  }

  @PostMapping("/office/polls")
  String draft(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
      @RequestParam(required = false) String method, @RequestParam(required = false) String items,
      @RequestParam(required = false) String rollKind, @RequestParam(required = false) String deputyIds,
      @RequestParam(required = false) String secret, @RequestParam(required = false) String inPerson,
      @RequestParam(required = false) String isPublic, @RequestParam(required = false) String scrutineers,
      @RequestParam(required = false) String scrutineerThreshold, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    PollForm form = new PollForm(kind, title, method, items, rollKind, deputyIds, secret != null, inPerson != null,
        isPublic != null, scrutineers, scrutineerThreshold, RequestKeys.postedOr(requestKey));
    if (form.thresholdUnreadable()) {
      return draftForm(form, FormProblems.ownCheck("scrutineerThreshold",
          messages.getMessage("run.not-a-number", null, reader)), model);
    }
    StaffPoll drafted;
    try {
      drafted = api.draftPoll(form.toRequest(), form.requestKey() + ":draft");
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      return draftForm(form.withKey(FormProblems.keyAfter(refused, form.requestKey())),
          ProblemMessages.of(refused, reader, PollForm::formField), model);
    }
    redirect.addFlashAttribute("notice", "run.drafted");
    return "redirect:/office/polls/" + drafted.id();
  }

  @GetMapping("/office/polls/{id}")
  String poll(@PathVariable String id, Model model) {
    return pollPage(api.staffPoll(id), null, null, model);
  }

  /**
   * A step of the poll. Signing in takes the voters' ids one per line; a cancellation its reason; the others nothing.
   * A step the poll's state no longer offers (a colleague closed it meanwhile) is the service's 409, shown on the page.
   */
  @PostMapping("/office/polls/{id}/{step}")
  String step(@PathVariable String id, @PathVariable String step, @RequestParam(required = false) String voterIds,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    if (STEPS.values().stream().noneMatch(steps -> steps.contains(step))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String key = RequestKeys.postedOr(requestKey);
    Object body = switch (step) {
      case "attendance" -> new PollRequests.SignIn(FormValues.lines(voterIds));
      case "cancellation" -> new PollRequests.Cancellation(FormValues.blankToNull(reason));
      default -> new PollRequests.Step();
    };
    try {
      api.pollStep(id, step, body, key + ":" + step);
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      model.addAttribute("postedVoterIds", voterIds);
      model.addAttribute("postedReason", reason);
      return pollPage(api.staffPoll(id), step, ProblemMessages.of(refused, reader, PollForm::formField),
          model);
    }
    redirect.addFlashAttribute("notice", "run.done." + step);
    return "redirect:/office/polls/" + id;
  }

  private String pollPage(StaffPoll poll, String failed, ProblemMessages problem, Model model) {
    List<String> steps = STEPS.getOrDefault(poll.state(), List.of()).stream()
        .filter(step -> !"attendance".equals(step) || poll.inPerson()).toList();
    model.addAttribute("poll", poll);
    model.addAttribute("steps", steps);
    model.addAttribute("failed", failed);
    model.addAttribute("problem", problem);
    model.addAttribute("problemOutsideForm", FormProblems.outsideItsForm(problem, failed != null
        && steps.contains(failed)));
    // a secret poll opens once its scrutineers hold the key (the ceremony runs in their own tool)
    model.addAttribute("ceremony", poll.secret() && "DRAFT".equals(poll.state()) ? api.keyCeremonyStage(poll.id())
        : null);
    model.addAttribute("stepKey", RequestKeys.fresh());
    return "office/poll";
  }

  private String draftForm(PollForm form, ProblemMessages problem, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    model.addAttribute("kinds", PollForm.KINDS);
    model.addAttribute("methods", PollForm.METHODS);
    model.addAttribute("rolls", PollForm.ROLLS);
    return "office/new-poll";
  }
}
