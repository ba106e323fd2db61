package io.lianxin.voting.web;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.application.Page;
import io.lianxin.voting.application.PollService;
import io.lianxin.voting.application.ProgrammeService;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.Verifier;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What anyone may read without logging in: published results of public polls with their ballot
 * box, a ballot by its receipt code, the verifier, and the livelihood-project programmes.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "public", description = "公开 / public")
public class PublicVotingController {

  private final PollService polls;
  private final ProgrammeService programmes;

  public PublicVotingController(PollService polls, ProgrammeService programmes) {
    this.polls = polls;
    this.programmes = programmes;
  }

  @GetMapping("/polls/{id}/result")
  @Operation(summary = "The published result of a public poll, with its ballot box and digest")
  public PublishedResultView publishedResult(@PathVariable String id) {
    return PublishedResultView.of(polls.result(null, id));
  }

  @GetMapping("/polls/{id}/receipts/{receipt}")
  @Operation(summary = "Find my ballot in the published box of a public poll by my receipt code",
      description = "The receipt is in the address, so in access logs and browser histories: prefer "
          + "`POST /polls/{id}/receipt-lookup`, which takes it in the body.")
  public PollController.ReceiptView checkReceipt(@PathVariable String id, @PathVariable String receipt) {
    return PollController.ReceiptView.of(polls.byReceipt(null, id, receipt));
  }

  @PostMapping("/polls/{id}/receipt-lookup")
  @Operation(summary = "Find my ballot in the published box of a public poll by my receipt code, sent in the body",
      description = "As `GET /polls/{id}/receipts/{receipt}`, without the receipt in an address. 404 when no ballot "
          + "of the box has it.")
  public PollController.ReceiptView lookUpPublicReceipt(@PathVariable String id,
      @Valid @RequestBody PollController.ReceiptLookup lookup) {
    return PollController.ReceiptView.of(polls.byReceipt(null, id, lookup.receipt()));
  }

  @PostMapping("/verifier")
  @Operation(summary = "Recompute a published result from what it publishes (核验): for a secret poll the key, "
      + "every ballot's proofs, the sums, every decryption share and the totals; every paper tally's digest and the "
      + "box's digest, which covers them; the count; each difference")
  public Verifier.Verification verify(@Valid @RequestBody PublishedResultView published) {
    return published.verify();
  }

  @GetMapping("/programmes/{id}")
  @Operation(summary = "A livelihood-project programme: phase, shortlist, selected projects")
  public ProgrammeView programme(@PathVariable String id) {
    return ProgrammeView.of(programmes.getPublic(id));
  }

  @GetMapping("/programmes/{id}/proposals")
  @Operation(summary = "A page of the proposals of a programme, most supported first, merged ones last: items, total, "
      + "page (from 0), size (1..200)")
  public Page<ProgrammeController.ProposalView> publishedProposals(@PathVariable String id,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    programmes.getPublic(id);
    return programmes.proposals(id, page, size).map(ProgrammeController.ProposalView::of);
  }
}
