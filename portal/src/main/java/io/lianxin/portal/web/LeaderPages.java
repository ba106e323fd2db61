package io.lianxin.portal.web;

import io.lianxin.portal.gateway.GatewayApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A leader's pages (领导): the items past their reply deadline (逾期未答复), to read. */
@Controller
class LeaderPages {

  private final GatewayApi api;

  LeaderPages(GatewayApi api) {
    this.api = api;
  }

  @GetMapping("/leader/overdue")
  String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("worklist", "OVERDUE");
    model.addAttribute("items", api.worklist("OVERDUE", Math.max(0, page), OfficePages.PAGE_SIZE));
    model.addAttribute("link", "/leader/overdue?page=");
    return "office/worklist";
  }
}
