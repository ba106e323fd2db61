package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.LeaderRequests;
import io.lianxin.portal.gateway.Suggestion;
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
 * A leader's pages (领导): the items past their reply deadline (逾期未答复), the key items (重点督办) as suggestion-service
 * lists them to the leader, and a key item with the supervising leader's notes (督办意见) — one may ask the lead unit
 * for a progress report by a day — and the unit's reports.
 */
@Controller
class LeaderPages {

  private final GatewayApi api;
  private final MessageSource messages;

  LeaderPages(GatewayApi api, MessageSource messages) {
    this.api = api;
    this.messages = messages;
  }

  @GetMapping("/leader/overdue")
  String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
    return worklist("OVERDUE", "/leader/overdue?page=", page, model);
  }

  @GetMapping("/leader/key-items")
  String keyItems(@RequestParam(defaultValue = "0") int page, Model model) {
    return worklist("KEY", "/leader/key-items?page=", page, model);
  }

  private String worklist(String worklist, String link, int page, Model model) {
    model.addAttribute("worklist", worklist);
    model.addAttribute("items", api.worklist(worklist, Math.max(0, page), OfficePages.PAGE_SIZE));
    model.addAttribute("link", link);
    model.addAttribute("itemLink", "/leader/items/");
    model.addAttribute("unitNames", UnitNames.orIds(api));
    return "office/worklist";
  }

  @GetMapping("/leader/items/{id}")
  String item(@PathVariable String id, Model model) {
    return itemPage(api.item(id), null, model);
  }

  @PostMapping("/leader/items/{id}/supervision-notes")
  String addNote(@PathVariable String id, @RequestParam(required = false) String text,
      @RequestParam(required = false) String requestReport, @RequestParam(required = false) String reportDueDate,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    ProblemMessages problem = null;
    String nextKey = RequestKeys.fresh();
    boolean dateGiven = reportDueDate != null && !reportDueDate.isBlank();
    if (dateGiven && FormValues.date(reportDueDate) == null) {
      problem = FormProblems.ownCheck("reportDueDate", messages.getMessage("unit.not-a-date", null, reader));
    } else {
      try {
        api.addSupervisionNote(id, new LeaderRequests.SupervisionNote(FormValues.blankToNull(text),
            requestReport != null, FormValues.date(reportDueDate)), key + ":supervision-note");
      } catch (ApiProblem refused) {
        FormProblems.rethrowUnlessForTheForm(refused);
        nextKey = FormProblems.keyAfter(refused, key);
        problem = ProblemMessages.of(refused, reader, Map.of());
      }
    }
    if (problem != null) {
      model.addAttribute("noteForm", new NoteForm(text, requestReport != null, reportDueDate, nextKey));
      return itemPage(api.item(id), problem, model);
    }
    redirect.addFlashAttribute("notice", "leader.note-added");
    return "redirect:/leader/items/" + id;
  }

  /** The note form as posted, kept after a refusal. */
  record NoteForm(String text, boolean requestReport, String reportDueDate, String requestKey) {

    static NoteForm empty() {
      return new NoteForm("", false, "", RequestKeys.fresh());
    }
  }

  private String itemPage(Suggestion item, ProblemMessages problem, Model model) {
    model.addAttribute("item", item);
    model.addAttribute("unitNames", UnitNames.orIds(api));
    model.addAttribute("problem", problem);
    model.addAttribute("mayNote", item.takesSupervisionNotes());
    model.addAttribute("problemOutsideForm", FormProblems.outsideItsForm(problem, item.takesSupervisionNotes()));
    if (!model.containsAttribute("noteForm")) {
      model.addAttribute("noteForm", NoteForm.empty());
    }
    return "leader/item";
  }
}
