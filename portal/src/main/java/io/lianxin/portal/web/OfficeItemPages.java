package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.HandlingUnit;
import io.lianxin.portal.gateway.OfficeRequests;
import io.lianxin.portal.gateway.Suggestion;
import java.util.List;
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
 * An item as the committee office reads it from its worklists, with the decision on a submitted one (审查): register it
 * (立案, its category kept or changed), decline it with the reason (不予立案), or return it to the deputy to edit
 * (退回修改); and a disputed one reassigned (重新交办) to a lead unit and co-units.
 */
@Controller
class OfficeItemPages {

  private final GatewayApi api;

  OfficeItemPages(GatewayApi api) {
    this.api = api;
  }

  @GetMapping("/office/items/{id}")
  String item(@PathVariable String id, Model model) {
    return itemPage(api.item(id), null, null, model);
  }

  @PostMapping("/office/items/{id}/registration")
  String register(@PathVariable String id, @RequestParam(required = false) String category,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      api.register(id, new OfficeRequests.Registration(FormValues.blankToNull(category), List.of()),
          key + ":registration");
    } catch (ApiProblem refused) {
      return refused(id, "registration", refused, key, category, model, reader);
    }
    return done(id, "office.registered", redirect);
  }

  @PostMapping("/office/items/{id}/non-registration")
  String declineRegistration(@PathVariable String id, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      api.declineRegistration(id, new OfficeRequests.Reason(FormValues.blankToNull(reason)), key + ":non-registration");
    } catch (ApiProblem refused) {
      return refused(id, "non-registration", refused, key, reason, model, reader);
    }
    return done(id, "office.not-registered", redirect);
  }

  @PostMapping("/office/items/{id}/return")
  String returnToDeputy(@PathVariable String id, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String requestKey, Model model, RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    try {
      api.returnToDeputy(id, new OfficeRequests.Reason(FormValues.blankToNull(reason)), key + ":return");
    } catch (ApiProblem refused) {
      return refused(id, "return", refused, key, reason, model, reader);
    }
    return done(id, "office.returned", redirect);
  }

  /** A disputed item to a lead unit and co-units again (重新交办). */
  @PostMapping("/office/items/{id}/reassignment")
  String reassign(@PathVariable String id, @RequestParam(required = false) String leadUnitId,
      @RequestParam(name = "coUnitIds", required = false) List<String> coUnitIds,
      @RequestParam(required = false) String complex, @RequestParam(required = false) String requestKey, Model model,
      RedirectAttributes redirect, Locale reader) {
    String key = RequestKeys.postedOr(requestKey);
    List<String> coUnits = coUnitIds == null ? List.of() : coUnitIds.stream().filter(u -> !u.isBlank()).toList();
    try {
      api.reassign(id, new OfficeRequests.Reassignment(FormValues.blankToNull(leadUnitId), coUnits, complex != null),
          key + ":reassignment");
    } catch (ApiProblem refused) {
      model.addAttribute("postedCoUnits", coUnits);
      model.addAttribute("postedComplex", complex != null);
      return refused(id, "reassignment", refused, key, leadUnitId, model, reader);
    }
    return done(id, "office.reassigned", redirect);
  }

  /** The page again with the refused form's own value and the problem under its field. */
  private String refused(String id, String decision, ApiProblem refused, String key, String posted, Model model,
      Locale reader) {
    FormProblems.rethrowUnlessForTheForm(refused);
    model.addAttribute("posted", posted);
    model.addAttribute("postedKey", FormProblems.keyAfter(refused, key));
    return itemPage(api.item(id), decision, ProblemMessages.of(refused, reader, Map.of()), model);
  }

  private static String done(String id, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/office/items/" + id;
  }

  private String itemPage(Suggestion item, String failed, ProblemMessages problem, Model model) {
    model.addAttribute("item", item);
    model.addAttribute("failed", failed);
    model.addAttribute("problem", problem);
    model.addAttribute("mayDecide", "SUBMITTED".equals(item.state()));
    model.addAttribute("mayReassign", item.disputed());
    boolean formShown = "reassignment".equals(failed) ? item.disputed() : "SUBMITTED".equals(item.state());
    model.addAttribute("problemOutsideForm", FormProblems.outsideItsForm(problem, formShown));
    if (item.disputed()) {
      List<HandlingUnit> units = api.activeUnits().items();
      model.addAttribute("units", units);
      String lead = item.assignment() == null ? "" : item.assignment().leadUnitId();
      model.addAttribute("leadUnitName", units.stream().filter(u -> u.unitId().equals(lead)).map(HandlingUnit::name)
          .findFirst().orElse(lead));
    }
    if (!model.containsAttribute("postedCoUnits")) {
      model.addAttribute("postedCoUnits", List.of());
    }
    model.addAttribute("categories", DeputyPages.CATEGORIES);
    model.addAttribute("decisionKey", RequestKeys.fresh());
    return "office/item";
  }
}
