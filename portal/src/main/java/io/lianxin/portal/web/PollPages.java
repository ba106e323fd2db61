package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.GatewayApi.VerifiedResult;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Published poll results (表决结果公开), for anyone: the result with its box, "verify this result" (核验) through
 * voting-service's verifier, and a voter's check that their ballot is in the box by its receipt (回执码).
 */
@Controller
class PollPages {

  /** The roles voting-service lets list the polls of their congress. */
  private static final Set<String> MAY_LIST_POLLS = Set.of("ROLE_DEPUTY", "ROLE_COMMITTEE_STAFF", "ROLE_LEADER",
      "ROLE_ADMIN");

  private static final int MAX_CODE = 128;

  private final GatewayApi api;

  PollPages(GatewayApi api) {
    this.api = api;
  }

  /**
   * A poll looked up by its number; for a signed-in person of the congress also its published polls (voting-service
   * offers no list of published polls without sign-in).
   */
  @GetMapping("/polls")
  String polls(@RequestParam(required = false) String poll, @RequestParam(defaultValue = "0") int page,
      Model model) {
    String pollId = poll == null ? "" : poll.strip();
    if (!pollId.isEmpty() && pollId.length() <= MAX_CODE) {
      return "redirect:/polls/" + UriUtils.encodePathSegment(pollId, StandardCharsets.UTF_8);
    }
    if (mayListPolls()) {
      model.addAttribute("published", api.polls("PUBLISHED", Math.max(0, page)));
    }
    return "public/polls";
  }

  @GetMapping("/polls/{id}")
  String result(@PathVariable String id, Model model) {
    model.addAttribute("poll", api.publishedPollResult(id));
    model.addAttribute("receipt", "");
    return "public/poll";
  }

  /** "Verify this result": the published record recomputed by the verifier, each difference listed. */
  @GetMapping("/polls/{id}/verification")
  String verification(@PathVariable String id, Model model) {
    VerifiedResult verified = api.verifyPublishedPollResult(id);
    model.addAttribute("poll", verified.result());
    model.addAttribute("verification", verified.verification());
    model.addAttribute("receipt", "");
    return "public/poll";
  }

  /** The lookup form is on the result's page; a receipt in an address (an old link) is not looked up. */
  @GetMapping("/polls/{id}/receipt")
  String receiptForm(@PathVariable String id) {
    return "redirect:/polls/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "#receipt-lookup";
  }

  /** A voter's receipt looked up in the box (posted): found with its ballot, or not in the box. */
  @PostMapping("/polls/{id}/receipt")
  String receipt(@PathVariable String id, @RequestParam(name = "code", required = false) String code, Model model) {
    String receipt = ReceiptCodes.normalized(code);
    model.addAttribute("poll", api.publishedPollResult(id));
    model.addAttribute("receipt", receipt);
    if (receipt.isEmpty() || receipt.length() > MAX_CODE) {
      model.addAttribute("receiptError", "poll.receipt.empty");
      return "public/poll";
    }
    try {
      model.addAttribute("ballot", api.ballotByReceipt(id, receipt));
    } catch (ApiProblem problem) {
      if (problem.status() != 404 && problem.status() != 400) {
        throw problem;
      }
      model.addAttribute("receiptError", "poll.receipt.not-in-box");
    }
    return "public/poll";
  }

  private static boolean mayListPolls() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn != null && signedIn.getAuthorities().stream()
        .anyMatch(authority -> MAY_LIST_POLLS.contains(authority.getAuthority()));
  }
}
