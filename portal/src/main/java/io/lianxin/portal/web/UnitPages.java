package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.Suggestion;
import io.lianxin.portal.gateway.UnitQueue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A handling unit's pages (承办单位): its queue by reply deadline with the overdue marked, and an item with the steps
 * the unit takes on it — accept (签收), log a contact with the deputy (三访), draft the reply with its commitments
 * (拟写答复, the handler) and sign it (签发, the unit head).
 */
@Controller
class UnitPages {

  /** The last page the service pages to. */
  private static final int MAX_PAGE = 10_000;

  static final List<String> PHASES = List.of("BEFORE", "DURING", "AFTER");
  static final List<String> MODES = List.of("VISIT", "PHONE", "MEETING", "ONLINE");
  static final List<String> REPLY_CATEGORIES = List.of("A", "B", "C");

  private final GatewayApi api;
  private final ReaderDates dates;
  private final MessageSource messages;

  UnitPages(GatewayApi api, ReaderDates dates, MessageSource messages) {
    this.api = api;
    this.dates = dates;
    this.messages = messages;
  }

  /** The queue: every item the unit still owes a reply, nearest deadline first (as the service orders it). */
  @GetMapping("/unit/items")
  String queue(@RequestParam(defaultValue = "0") int page, Model model) {
    UnitQueue queue = api.unitQueue(Math.max(0, Math.min(page, MAX_PAGE)), OfficePages.PAGE_SIZE);
    model.addAttribute("items", queue.lines());
    model.addAttribute("overdue", queue.overdue());
    model.addAttribute("link", "/unit/items?page=");
    model.addAttribute("unitId", SignedIn.unitId());
    return "unit/items";
  }

  @GetMapping("/unit/items/{id}")
  String item(@PathVariable String id, Model model) {
    return itemPage(api.item(id), null, null, model);
  }

  @PostMapping("/unit/items/{id}/acceptance")
  String accept(@PathVariable String id, @RequestParam(required = false) String handlerName,
      @RequestParam(required = false) String responsibleLeader, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    UnitForms.Accept form = new UnitForms.Accept(handlerName, responsibleLeader, RequestKeys.postedOr(requestKey));
    try {
      api.accept(id, form.toRequest(), form.requestKey() + ":accept");
    } catch (ApiProblem problem) {
      FormProblems.rethrowUnlessForTheForm(problem);
      model.addAttribute("acceptForm", new UnitForms.Accept(handlerName, responsibleLeader,
          FormProblems.keyAfter(problem, form.requestKey())));
      return itemPage(api.item(id), "accept", ProblemMessages.of(problem, reader, Map.of()), model);
    }
    return done(id, "unit.accepted", redirect);
  }

  @PostMapping("/unit/items/{id}/contacts")
  String logContact(@PathVariable String id, @RequestParam(required = false) String phase,
      @RequestParam(required = false) String date, @RequestParam(required = false) String mode,
      @RequestParam(required = false) String notes, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    UnitForms.Contact form = new UnitForms.Contact(phase, date, mode, notes, RequestKeys.postedOr(requestKey));
    ProblemMessages problem = null;
    String nextKey = RequestKeys.fresh();
    if (date != null && !date.isBlank() && form.day() == null) {
      problem = FormProblems.ownCheck("date", messages.getMessage("unit.not-a-date", null, reader));
    } else {
      try {
        api.logContact(id, form.toRequest(), form.requestKey() + ":contact");
      } catch (ApiProblem refused) {
        FormProblems.rethrowUnlessForTheForm(refused);
        nextKey = FormProblems.keyAfter(refused, form.requestKey());
        problem = ProblemMessages.of(refused, reader, Map.of());
      }
    }
    if (problem != null) {
      model.addAttribute("contactForm", new UnitForms.Contact(phase, date, mode, notes, nextKey));
      return itemPage(api.item(id), "contact", problem, model);
    }
    return done(id, "unit.contact-logged", redirect);
  }

  @PostMapping("/unit/items/{id}/reply-draft")
  String draftReply(@PathVariable String id, @RequestParam(required = false) String category,
      @RequestParam(required = false) String text, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String missingOpinionsReason,
      @RequestParam(name = "commitmentDescription", required = false) List<String> descriptions,
      @RequestParam(name = "commitmentDueDate", required = false) List<String> dueDates,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    UnitForms.Reply form = new UnitForms.Reply(category, text, reason, missingOpinionsReason, descriptions, dueDates,
        RequestKeys.postedOr(requestKey));
    ProblemMessages problem = null;
    String nextKey = RequestKeys.fresh();
    int unreadable = form.unreadableDueDate();
    if (unreadable >= 0) {
      problem = FormProblems.ownCheck("commitments[" + unreadable + "].dueDate",
          messages.getMessage("unit.not-a-date", null, reader));
    } else {
      try {
        api.draftReply(id, form.toRequest(), form.requestKey() + ":reply-draft");
      } catch (ApiProblem refused) {
        FormProblems.rethrowUnlessForTheForm(refused);
        nextKey = FormProblems.keyAfter(refused, form.requestKey());
        problem = ProblemMessages.of(refused, reader, form.formFieldsOfSentLines());
      }
    }
    if (problem != null) {
      model.addAttribute("replyForm", new UnitForms.Reply(category, text, reason, missingOpinionsReason,
          form.commitmentDescriptions(), form.commitmentDueDates(), nextKey));
      return itemPage(api.item(id), "reply", problem, model);
    }
    return done(id, "unit.reply-drafted", redirect);
  }

  @PostMapping("/unit/items/{id}/reply")
  String signReply(@PathVariable String id, @RequestParam(required = false) String requestKey, Model model,
      RedirectAttributes redirect, Locale reader) {
    try {
      api.signReply(id, RequestKeys.postedOr(requestKey) + ":sign");
    } catch (ApiProblem problem) {
      FormProblems.rethrowUnlessForTheForm(problem);
      return itemPage(api.item(id), "sign", ProblemMessages.of(problem, reader, Map.of()), model);
    }
    return done(id, "unit.reply-signed", redirect);
  }

  private static String done(String id, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/unit/items/" + id;
  }

  /** The item with the forms the signed-in person may use on it; {@code failed} names the form a problem is for. */
  private String itemPage(Suggestion item, String failed, ProblemMessages problem, Model model) {
    String unitId = SignedIn.unitId();
    model.addAttribute("item", item);
    model.addAttribute("failed", failed);
    model.addAttribute("problem", problem);
    model.addAttribute("mayAccept", item.awaitsAcceptanceBy(unitId));
    model.addAttribute("mayLogContact", item.takesContactsFrom(unitId));
    model.addAttribute("mayDraft", item.takesReplyDraftFrom(unitId) && SignedIn.has("UNIT_HANDLER"));
    model.addAttribute("maySign", item.awaitsSignatureOf(unitId) && SignedIn.has("UNIT_HEAD"));
    model.addAttribute("phases", PHASES);
    model.addAttribute("modes", MODES);
    model.addAttribute("replyCategories", REPLY_CATEGORIES);
    if (!model.containsAttribute("acceptForm")) {
      model.addAttribute("acceptForm", UnitForms.Accept.empty());
    }
    if (!model.containsAttribute("contactForm")) {
      model.addAttribute("contactForm", UnitForms.Contact.empty(dates.today()));
    }
    if (!model.containsAttribute("replyForm")) {
      model.addAttribute("replyForm", UnitForms.Reply.empty());
    }
    model.addAttribute("signKey", RequestKeys.fresh());
    return "unit/item";
  }
}
