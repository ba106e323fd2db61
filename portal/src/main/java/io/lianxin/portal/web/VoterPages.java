package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.GatewayApi;
import io.lianxin.portal.gateway.Poll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A voter's pages (表决): my congress's open polls, a clear ballot (明文选票: the answers are sent, and for a secret
 * poll voting-service encrypts them on arrival, ADR 0011 — encrypting in the browser is not offered yet), the receipt
 * (回执码) once cast, and the check of a receipt in the published box later.
 */
@Controller
class VoterPages {

  private static final int MAX_CODE = 128;

  private final GatewayApi api;
  private final MessageSource messages;

  VoterPages(GatewayApi api, MessageSource messages) {
    this.api = api;
    this.messages = messages;
  }

  @GetMapping("/my/polls")
  String openPolls(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("polls", api.myOpenPolls(Math.max(0, page)));
    return "my/polls";
  }

  @GetMapping("/my/polls/{id}")
  String ballot(@PathVariable String id, Model model) {
    return ballotPage(api.poll(id), BallotForm.empty(), null, model);
  }

  /** Casts the ballot; the page answers the receipt, or shows the form again with the answers and the problem. */
  @PostMapping("/my/polls/{id}/ballot")
  String cast(@PathVariable String id, HttpServletRequest request, Model model, Locale reader) {
    Poll poll = api.poll(id);
    BallotForm form = BallotForm.of(poll, request.getParameterMap());
    if (form.blank()) {
      // an accidental submit would spend the voter's one ballot on nothing: an empty ballot is cast on purpose only
      // by choosing abstain where the method offers it
      return ballotPage(poll, form, FormProblems.ownCheck("answers",
          messages.getMessage("voter.blank", null, reader)), model);
    }
    String receipt;
    try {
      receipt = api.castBallot(id, form.answers(poll));
    } catch (ApiProblem problem) {
      FormProblems.rethrowUnlessForTheForm(problem);
      return ballotPage(poll, form, ProblemMessages.of(problem, reader, Map.of()), model);
    }
    model.addAttribute("poll", poll);
    model.addAttribute("receipt", receipt);
    return "my/voted";
  }

  /** The form to look a receipt up in the poll's box; a receipt in the address (an old link) is not looked up. */
  @GetMapping("/my/polls/{id}/receipt")
  String receiptForm(@PathVariable String id, Model model) {
    model.addAttribute("poll", api.poll(id));
    model.addAttribute("receipt", "");
    return "my/receipt";
  }

  /** A receipt looked up (posted) in the poll's published box (for any poll of the congress, public or not). */
  @PostMapping("/my/polls/{id}/receipt")
  String receipt(@PathVariable String id, @RequestParam(name = "code", required = false) String code, Model model) {
    Poll poll = api.poll(id);
    String receipt = ReceiptCodes.normalized(code);
    model.addAttribute("poll", poll);
    model.addAttribute("receipt", receipt);
    if (receipt.isEmpty() || receipt.length() > MAX_CODE) {
      model.addAttribute("receiptError", "poll.receipt.empty");
      return "my/receipt";
    }
    if (!poll.published()) {
      model.addAttribute("receiptError", "voter.receipt.not-yet");
      return "my/receipt";
    }
    try {
      model.addAttribute("ballot", api.myBallotByReceipt(id, receipt));
    } catch (ApiProblem problem) {
      if (problem.status() != 404 && problem.status() != 400) {
        throw problem;
      }
      model.addAttribute("receiptError", "poll.receipt.not-in-box");
    }
    return "my/receipt";
  }

  private static String ballotPage(Poll poll, BallotForm form, ProblemMessages problem, Model model) {
    model.addAttribute("poll", poll);
    model.addAttribute("form", form);
    model.addAttribute("problem", problem);
    model.addAttribute("answers", BallotForm.ANSWERS.get(poll.method()));
    return "my/poll";
  }
}
