package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.Suggestion;
import io.lianxin.portal.gateway.UnitQueue;
import io.lianxin.portal.gateway.UnitRequests;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
 * A handling unit's pages (承办单位): its queue by reply deadline with the overdue marked, and an item with the steps
 * the unit takes on it — accept (签收) or dispute the assignment (交办异议), log a contact with the deputy (三访),
 * draft the reply with its commitments (拟写答复, the handler) and sign it (签发, the unit head), report a commitment
 * fulfilled (承诺兑现); a co-unit gives its opinion to the lead unit (协办意见).
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
      @RequestParam MultiValueMap<String, String> posted, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    // the lines as posted: a List<String> parameter with one value is that value split at its commas
    UnitForms.Reply form = new UnitForms.Reply(category, text, reason, missingOpinionsReason,
        posted.get("commitmentDescription"), posted.get("commitmentDueDate"), RequestKeys.postedOr(requestKey));
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

  /** The lead unit disputes the assignment with its reason (交办异议) instead of accepting it. */
  @PostMapping("/unit/items/{id}/dispute")
  String dispute(@PathVariable String id, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    return oneFieldStep(id, "dispute", reason, requestKey, Map.of("reason", "dispute-reason"),
        key -> api.dispute(id, new UnitRequests.Dispute(FormValues.blankToNull(reason)), key + ":dispute"),
        "unit.disputed", model, redirect, reader);
  }

  /** A co-unit's opinion to the lead unit (协办意见). */
  @PostMapping("/unit/items/{id}/co-unit-opinion")
  String coUnitOpinion(@PathVariable String id, @RequestParam(required = false) String text,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    return oneFieldStep(id, "co-unit-opinion", text, requestKey, Map.of("text", "co-unit-opinion"),
        key -> api.giveCoUnitOpinion(id, new UnitRequests.CoUnitOpinion(FormValues.blankToNull(text)),
            key + ":co-unit-opinion"),
        "unit.co-unit-opinion-given", model, redirect, reader);
  }

  /** A commitment of the reply reported fulfilled with its evidence (承诺兑现). */
  @PostMapping("/unit/items/{id}/commitments/{commitmentId}/fulfilment")
  String fulfil(@PathVariable String id, @PathVariable String commitmentId,
      @RequestParam(required = false) String evidence, @RequestParam(required = false) String requestKey,
      Model model, RedirectAttributes redirect, Locale reader) {
    return oneFieldStep(id, "fulfil-" + commitmentId, evidence, requestKey,
        Map.of("evidence", commitmentId + "-evidence"),
        key -> api.fulfil(id, commitmentId, new UnitRequests.Fulfilment(FormValues.blankToNull(evidence)),
            key + ":fulfilment-" + commitmentId),
        "unit.fulfilled", model, redirect, reader);
  }

  /** The progress report a supervising leader's note asked for (报告办理进展). */
  @PostMapping("/unit/items/{id}/supervision-notes/{number}/progress-report")
  String progressReport(@PathVariable String id, @PathVariable int number,
      @RequestParam(required = false) String text, @RequestParam(required = false) String requestKey, Model model,
      RedirectAttributes redirect, Locale reader) {
    return oneFieldStep(id, "report-" + number, text, requestKey, Map.of("text", "note-" + number + "-report"),
        key -> api.submitProgressReport(id, number, new UnitRequests.ProgressReport(FormValues.blankToNull(text)),
            key + ":progress-report-" + number),
        "unit.progress-reported", model, redirect, reader);
  }

  /**
   * A step whose form has one text field: sent with the form's key, or on a refusal the item again with the text
   * kept and the problem under the form's field ({@code fieldOf}: the service's field name → the form's).
   */
  private String oneFieldStep(String id, String form, String posted, String requestKey, Map<String, String> fieldOf,
      Consumer<String> step, String notice, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      step.accept(key);
    } catch (ApiProblem refused) {
      FormProblems.rethrowUnlessForTheForm(refused);
      model.addAttribute("posted", posted);
      model.addAttribute("postedKey", FormProblems.keyAfter(refused, key));
      return itemPage(api.item(id), form, ProblemMessages.of(refused, reader, fieldOf), model);
    }
    return done(id, notice, redirect);
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
    // the forms the page offers, by the name a refusal gives its form
    Map<String, Boolean> offered = new HashMap<>(Map.of(
        "accept", item.awaitsAcceptanceBy(unitId),
        "contact", item.takesContactsFrom(unitId),
        "reply", item.takesReplyDraftFrom(unitId) && SignedIn.has("UNIT_HANDLER"),
        "sign", item.awaitsSignatureOf(unitId) && SignedIn.has("UNIT_HEAD"),
        "dispute", item.takesDisputeFrom(unitId),
        "co-unit-opinion", item.takesCoUnitOpinionFrom(unitId)));
    List<Suggestion.Commitment> toFulfil = item.commitmentsToFulfilBy(unitId);
    List<Suggestion.SupervisionNote> reportsOwed = item.progressReportsOwedBy(unitId);
    toFulfil.forEach(c -> offered.put("fulfil-" + c.id(), true));
    reportsOwed.forEach(n -> offered.put("report-" + n.number(), true));
    model.addAttribute("mayAccept", offered.get("accept"));
    model.addAttribute("mayLogContact", offered.get("contact"));
    model.addAttribute("mayDraft", offered.get("reply"));
    model.addAttribute("maySign", offered.get("sign"));
    model.addAttribute("mayDispute", offered.get("dispute"));
    model.addAttribute("mayGiveOpinion", offered.get("co-unit-opinion"));
    model.addAttribute("toFulfil", toFulfil);
    model.addAttribute("reportsOwed", reportsOwed);
    model.addAttribute("problemOutsideForm",
        FormProblems.outsideItsForm(problem, failed != null && offered.getOrDefault(failed, false)));
    model.addAttribute("stepKey", RequestKeys.fresh());
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
    return "unit/item";
  }
}
