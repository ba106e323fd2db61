package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.DeputyRequests;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in deputy's pages: my items (我的建议) with their timeline, a new draft, my inbox (消息). */
@Controller
class DeputyPages {

  /** The API's field names the form shows under its own (the form's co-signer box is one text). */
  private static final Map<String, String> FORM_FIELD = Map.of("coSignerDeputyIds", "coSigners");

  static final List<String> CATEGORIES = List.of("EDUCATION", "EMPLOYMENT", "HOUSING", "HEALTHCARE", "ELDERLY_CARE",
      "TRANSPORT", "ENVIRONMENT", "AGRICULTURE_RURAL", "URBAN_MANAGEMENT", "BUSINESS_ENVIRONMENT", "SOCIAL_SECURITY",
      "OTHER");

  private final GatewayApi api;
  private final ReaderDates dates;

  DeputyPages(GatewayApi api, ReaderDates dates) {
    this.api = api;
    this.dates = dates;
  }

  @GetMapping("/my/items")
  String items(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("items", api.myItems(state, Math.max(0, page)));
    model.addAttribute("state", state == null ? "" : state);
    return "my/items";
  }

  @GetMapping("/my/items/{id}")
  String item(@PathVariable String id, Model model) {
    return itemPage(id, RatingForm.empty(), model);
  }

  /** The deputy's rating of the reply (征询意见表); a refusal is shown on the form with the choice kept. */
  @PostMapping("/my/items/{id}/evaluation")
  String rate(@PathVariable String id, @RequestParam(required = false) String rating,
      @RequestParam(required = false) String comment, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    RatingForm form = new RatingForm(rating, comment, RequestKeys.postedOr(requestKey));
    try {
      api.evaluate(id, form.toRequest(), form.requestKey() + ":evaluation");
    } catch (ApiProblem problem) {
      FormProblems.rethrowUnlessForTheForm(problem);
      model.addAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
      model.addAttribute("failed", "rating");
      return itemPage(id, new RatingForm(rating, comment, FormProblems.keyAfter(problem, form.requestKey())), model);
    }
    redirect.addFlashAttribute("notice", "rating.thanks");
    return "redirect:/my/items/" + id;
  }

  /** A co-signer confirms (联名确认) the draft they were asked to co-sign. */
  @PostMapping("/my/items/{id}/co-signature")
  String coSign(@PathVariable String id, @RequestParam(required = false) String requestKey, Model model,
      RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      api.confirmCoSignature(id, key + ":co-signature");
    } catch (ApiProblem problem) {
      return refused(id, problem, "co-signature", key, reader, model);
    }
    redirect.addFlashAttribute("notice", "item.co-signed");
    return "redirect:/my/items/" + id;
  }

  /** The proposer withdraws (撤回) the item, before it is assigned, with the reason. */
  @PostMapping("/my/items/{id}/withdrawal")
  String withdraw(@PathVariable String id, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      api.withdraw(id, new DeputyRequests.Withdrawal(reason == null ? null : reason.strip()), key + ":withdrawal");
    } catch (ApiProblem problem) {
      model.addAttribute("withdrawReason", reason);
      return refused(id, problem, "withdrawal", key, reader, model);
    }
    redirect.addFlashAttribute("notice", "item.withdrawn");
    return "redirect:/my/items/" + id;
  }

  /** The proposer confirms or disputes (with the reason) a contact the lead unit logged (三访). */
  @PostMapping("/my/items/{id}/contacts/{number}/response")
  String answerContact(@PathVariable String id, @PathVariable int number,
      @RequestParam(required = false) String response, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    String kept = reason == null || reason.isBlank() ? null : reason.strip();
    try {
      api.answerContact(id, number, new DeputyRequests.ContactAnswer(response, kept), key + ":contact-" + number);
    } catch (ApiProblem problem) {
      model.addAttribute("answerNumber", number);
      model.addAttribute("answerResponse", response);
      model.addAttribute("answerReason", reason);
      return refused(id, problem, "contact-" + number, key, reader, model);
    }
    redirect.addFlashAttribute("notice", "item.contact-answered");
    return "redirect:/my/items/" + id;
  }

  /** A refused step: the item again, the service's sentence in the form it concerns. */
  private String refused(String id, ApiProblem problem, String form, String key, Locale reader, Model model) {
    FormProblems.rethrowUnlessForTheForm(problem);
    model.addAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
    model.addAttribute("failed", form);
    String page = itemPage(id, RatingForm.empty(), model);
    model.addAttribute("requestKey", FormProblems.keyAfter(problem, key)); // kept while the first is still processed
    return page;
  }

  private String itemPage(String id, RatingForm ratingForm, Model model) {
    Suggestion item = api.item(id);
    String deputyId = SignedIn.deputyId();
    model.addAttribute("item", item);
    model.addAttribute("timeline", api.timeline(id));
    model.addAttribute("requestKey", RequestKeys.fresh());
    model.addAttribute("mayCoSign", item.awaitsCoSignatureOf(deputyId));
    model.addAttribute("mayWithdraw", item.mayBeWithdrawnBy(deputyId));
    model.addAttribute("toAnswer", item.contactsToAnswerBy(deputyId));
    model.addAttribute("mayRate", item.awaitsRatingBy(deputyId, dates.today()));
    model.addAttribute("myRating", item.ratingBy(deputyId));
    model.addAttribute("ratings", RatingForm.RATINGS);
    model.addAttribute("ratingForm", ratingForm);
    return "my/item";
  }

  @GetMapping("/my/items/new")
  String newDraft(Model model) {
    model.addAttribute("form", DraftForm.empty());
    model.addAttribute("categories", CATEGORIES);
    return "my/new-item";
  }

  /** Writes the draft and, unless only saving was asked, submits it (提交). */
  @PostMapping("/my/items")
  String create(@ModelAttribute("form") DraftForm form, Model model, RedirectAttributes redirect, Locale reader) {
    String key = form.key();
    Suggestion draft;
    try {
      draft = api.createDraft(form.toRequest(), key + ":draft");
    } catch (ApiProblem problem) {
      if (problem.status() == 401 || problem.status() >= 500) {
        throw problem;
      }
      model.addAttribute("categories", CATEGORIES);
      model.addAttribute("problem", ProblemMessages.of(problem, reader, FORM_FIELD));
      return "my/new-item";
    }
    if (form.submitNow()) {
      try {
        api.submit(draft.id(), key + ":submit");
        redirect.addFlashAttribute("notice", "item.submitted");
      } catch (ApiProblem problem) {
        if (problem.status() == 401) {
          throw problem;
        }
        redirect.addFlashAttribute("notice", "item.saved-not-submitted");
        redirect.addFlashAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
      }
    } else {
      redirect.addFlashAttribute("notice", "item.saved");
    }
    return "redirect:/my/items/" + draft.id();
  }

  @PostMapping("/my/items/{id}/submission")
  String submit(@PathVariable String id, @RequestParam(required = false) String requestKey,
      RedirectAttributes redirect, Locale reader) {
    try {
      api.submit(id, RequestKeys.postedOr(requestKey) + ":submit");
      redirect.addFlashAttribute("notice", "item.submitted");
    } catch (ApiProblem problem) {
      if (problem.status() == 401) {
        throw problem;
      }
      redirect.addFlashAttribute("problem", ProblemMessages.of(problem, reader, Map.of()));
    }
    return "redirect:/my/items/" + id;
  }

  @GetMapping("/my/inbox")
  String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("inbox", api.inbox(Math.max(0, page)));
    return "my/inbox";
  }

  /** The unread badge alone, for htmx to refresh it in the page's header. */
  @GetMapping("/my/inbox/unread-count")
  String unreadBadge(Model model) {
    model.addAttribute("unread", api.unreadCount());
    return "fragments :: unread-badge";
  }
}
