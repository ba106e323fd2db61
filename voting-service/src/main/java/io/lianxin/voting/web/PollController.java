package io.lianxin.voting.web;

import org.springframework.web.bind.annotation.RequestHeader;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.PaperTally;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollKind;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Polls (表决、测评): staff draft, open, sign in, close, tally and publish; voters on the roll vote once. */
@RestController
@RequestMapping("/api/v1/polls")
@Tag(name = "polls", description = "表决、测评 / polls")
public class PollController {

  private final PollService service;

  public PollController(PollService service) {
    this.service = service;
  }

  /**
   * A new poll. Defaults: kind MOTION, secret, base ALL_MEMBERS, more than half, quorum more than
   * 50 % of the roll, pass mark 60 for scores, online (no sign-in), not public, no re-vote.
   */
  public record CreateRequest(PollKind kind, @NotBlank @Size(max = 200) String title, @NotNull PollMethod method,
      @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 200) String> items,
      @NotEmpty @Size(max = 20_000) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> roll,
      PassingRule.Base base, PassingRule.Threshold threshold, @Min(1) Integer seats, @Min(0) Integer minChoices,
      @Min(1) Integer maxChoices, @Min(0) @Max(99) Integer quorumPercent, @Min(0) @Max(100) Integer passScore,
      Boolean secret, Boolean allowRevote, Boolean inPerson, Boolean isPublic, Instant opensAt, Instant closesAt) {}

  /** Answers by item: YES / NO / ABSTAIN, APPROVE, a rating or a score, as the poll's method asks. */
  public record BallotRequest(
      @Schema(maxProperties = 500, additionalPropertiesSchema = Answer.class)
      @NotNull @Size(max = 500) Map<@NotBlank @Size(max = 200) String, @NotBlank @Size(max = 40) String> answers) {}

  /** One answer (the map's values), for the OpenAPI document. */
  @Schema(type = "string", maxLength = 40, example = "YES")
  static final class Answer {}

  /** Counts by item and answer, for the OpenAPI document. */
  @Schema(type = "object", maxProperties = 10, additionalPropertiesSchema = Long.class)
  static final class CountsByAnswer {}

  public record SignInRequest(@NotEmpty @Size(max = 20_000) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> voterIds) {}

  public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {}

  public record PaperTallyRequest(@NotNull PaperTally.Source source, @NotNull @Min(1) Long ballots,
      @NotNull @Min(0) Long invalid,
      @Schema(maxProperties = 500, additionalPropertiesSchema = CountsByAnswer.class)
      @NotNull @Size(max = 500) Map<@NotBlank @Size(max = 200) String,
          @NotNull @Size(max = 10) Map<@NotBlank @Size(max = 40) String, @NotNull @Min(0) Long>> counts) {}

  @PostMapping
  @Operation(summary = "Draft a poll over a roll of voters (staff)")
  public ResponseEntity<PollView> create(CurrentUser staff, @Valid @RequestBody CreateRequest r,
      @RequestHeader(value = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
    PassingRule rule = new PassingRule(r.base() == null ? PassingRule.Base.ALL_MEMBERS : r.base(),
        r.threshold() == null ? PassingRule.Threshold.MORE_THAN_HALF : r.threshold());
    PollSpec spec = new PollSpec(r.method(), r.items(), r.roll().size(), rule, r.seats(),
        r.minChoices() == null ? 0 : r.minChoices(), r.maxChoices() == null ? r.items().size() : r.maxChoices(),
        r.quorumPercent() == null ? 50 : r.quorumPercent(), r.passScore() == null ? 60 : r.passScore());
    Poll poll = service.draft(staff, new Poll.Draft(r.kind() == null ? PollKind.MOTION : r.kind(), r.title(), spec,
        !Boolean.FALSE.equals(r.secret()), Boolean.TRUE.equals(r.allowRevote()), Boolean.TRUE.equals(r.inPerson()),
        Boolean.TRUE.equals(r.isPublic()), false, r.roll(), r.opensAt(), r.closesAt(), null, null), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/polls/" + poll.id())).body(PollView.of(poll, null));
  }

  @GetMapping
  @Operation(summary = "Polls of my congress, newest first")
  public List<PollView> list(CurrentUser user, @RequestParam(required = false) Poll.State state,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return service.list(user, state, page, size).stream().map(PollView::listed).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A poll with its live turnout (never its result while open)")
  public PollView get(CurrentUser user, @PathVariable String id) {
    Poll poll = service.get(user, id);
    return PollView.of(poll, service.turnout(poll));
  }

  @PostMapping("/{id}/opening")
  @Operation(summary = "Open the poll (staff); the roll is fixed")
  public PollView open(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.open(staff, id), null);
  }

  @PostMapping("/{id}/attendance")
  @Operation(summary = "Sign voters in (签到) for an in-person poll (staff, e.g. from the chamber's devices)")
  public PollView signIn(CurrentUser staff, @PathVariable String id, @Valid @RequestBody SignInRequest r) {
    return PollView.of(service.signIn(staff, id, r.voterIds()), null);
  }

  @PostMapping("/{id}/ballots")
  @Operation(summary = "Cast my ballot, once (voters on the roll); returns my receipt code")
  public ResponseEntity<Map<String, String>> vote(CurrentUser voter, @PathVariable String id,
      @Valid @RequestBody BallotRequest r) {
    return ResponseEntity.status(201).body(Map.of("receipt", service.vote(voter, id, new Ballot(r.answers()))));
  }

  @PostMapping("/{id}/closing")
  @Operation(summary = "Close the poll (staff); a secret poll's ballot key is destroyed")
  public PollView close(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.close(staff, id), null);
  }

  @PostMapping("/{id}/cancellation")
  @Operation(summary = "Cancel a draft or open poll with the reason (staff)")
  public PollView cancel(CurrentUser staff, @PathVariable String id, @Valid @RequestBody CancelRequest r) {
    return PollView.of(service.cancel(staff, id, r.reason()), null);
  }

  @PostMapping("/{id}/paper-tallies")
  @Operation(summary = "Enter counts from paper ballots or voting devices after close (staff); never more than present")
  public PollView paperTally(CurrentUser staff, @PathVariable String id, @Valid @RequestBody PaperTallyRequest r) {
    return PollView.of(service.enterPaperTally(staff, id,
        new PaperTally(r.source(), r.ballots(), r.invalid(), r.counts(), staff.subject())), null);
  }

  @PostMapping("/{id}/tally")
  @Operation(summary = "Count the ballot box with the paper tallies and certify the result (staff)")
  public PollView tally(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.tally(staff, id), null);
  }

  @PostMapping("/{id}/publication")
  @Operation(summary = "Publish the certified result (staff)")
  public PollView publish(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.publish(staff, id), null);
  }

  @GetMapping("/{id}/receipts/{receipt}")
  @Operation(summary = "Find my ballot in the published box by my receipt code (any poll of my congress)")
  public BallotBox.Entry receipt(CurrentUser user, @PathVariable String id,
      @PathVariable String receipt) {
    return service.byReceipt(user, id, receipt);
  }

  @GetMapping("/{id}/result")
  @Operation(summary = "The certified result with the ballot box: staff once tallied, everyone once published")
  public PublishedResultView result(CurrentUser user, @PathVariable String id) {
    return PublishedResultView.of(service.result(user, id));
  }
}
