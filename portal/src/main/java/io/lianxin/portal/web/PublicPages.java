package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages anyone may read without signing in (公开). */
@Controller
class PublicPages {

  private static final int MAX_QUERY = 100;

  /** The last page the services page to. */
  private static final int MAX_PAGE = 10_000;

  private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

  private final GatewayApi api;

  PublicPages(GatewayApi api) {
    this.api = api;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/suggestions";
  }

  /**
   * The congress's public feed (Atom: published replies, poll results, review opinions) as notification-service writes
   * it, at the portal's own address: a feed reader subscribes where the pages are, whatever the gateway's address.
   */
  @GetMapping("/feed.atom") // whatever the reader accepts: a browser following the link asks for text/html
  ResponseEntity<String> feed() {
    return ResponseEntity.ok().contentType(ATOM).body(api.publicFeed());
  }

  /** Published suggestions (公开的建议), searched by words in their title or text. */
  @GetMapping("/suggestions")
  String suggestions(@RequestParam(name = "q", required = false) String query,
      @RequestParam(defaultValue = "0") int page, Model model) {
    String q = query == null ? "" : query.strip();
    if (q.length() > MAX_QUERY) {
      q = q.substring(0, MAX_QUERY);
    }
    model.addAttribute("q", q);
    model.addAttribute("results", api.publishedSuggestions(q, Math.max(0, page)));
    return "public/suggestions";
  }

  @GetMapping("/suggestions/{id}")
  String suggestion(@PathVariable String id, Model model) {
    model.addAttribute("item", api.publishedSuggestion(id));
    return "public/suggestion";
  }

  /** A deputy's public record of a year (代表履职公开). */
  @GetMapping("/deputies/{deputyId}")
  String deputy(@PathVariable String deputyId, @RequestParam(required = false) Integer year, Model model) {
    model.addAttribute("record", api.deputyRecord(deputyId, year));
    return "public/deputy";
  }

  /** The published review opinions (公开的审议意见) with their progress, newest first. */
  @GetMapping("/review-opinions")
  String reviewOpinions(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("opinions", api.publishedReviewOpinions(Math.max(0, Math.min(page, MAX_PAGE)),
        OfficePages.PAGE_SIZE));
    model.addAttribute("link", "/review-opinions?page=");
    return "public/review-opinions";
  }

  /** One published review opinion: its problem list, each round's measures, report and vote. */
  @GetMapping("/review-opinions/{id}")
  String reviewOpinion(@PathVariable String id, Model model) {
    model.addAttribute("opinion", api.publishedReviewOpinion(id));
    return "public/review-opinion";
  }

  /** A voter's opinion followed by its tracking code (意见查询); the form alone until a code is given. */
  @GetMapping("/opinions")
  String opinion(@RequestParam(required = false) String code, Model model) {
    String trackingCode = code == null ? "" : code.strip();
    model.addAttribute("code", trackingCode);
    if (!trackingCode.isEmpty()) {
      try {
        model.addAttribute("opinion", api.trackedOpinion(trackingCode));
      } catch (ApiProblem problem) {
        if (problem.status() != 404 && problem.status() != 400) {
          throw problem;
        }
        model.addAttribute("codeError", "opinion.code.unknown");
      }
    }
    return "public/opinion";
  }
}
