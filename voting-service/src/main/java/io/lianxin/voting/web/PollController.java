package io.lianxin.voting.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.web.Ids;
import io.lianxin.voting.application.Page;
import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.Ballot;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.EncryptedBallot;
import io.lianxin.voting.domain.EncryptedTally.ShareText;
import io.lianxin.voting.domain.EncryptedTally;
import io.lianxin.voting.domain.PaperTally;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollKind;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.Roll;
import io.lianxin.voting.domain.ScrutineerKey.CommitmentText;
import io.lianxin.voting.domain.ScrutineerKey;
import io.lianxin.voting.domain.StoredBallot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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
   * 50 % of the roll, pass mark 60 for scores (PollSpec's defaults), online (no sign-in), not
   * public, no re-vote. The roll is either {@code rollOf} (a roll by kind from the register, fixed
   * when the poll opens) or {@code roll} (voters' ids, fixed as given), not both.
   */
  public record CreateRequest(PollKind kind, @NotBlank @Size(max = 200) String title, @NotNull PollMethod method,
      @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 200) String> items,
      @Schema(description = "the voters' ids, fixed as given (no deputy who left); or use rollOf")
      @Size(min = 1, max = 20_000) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> roll,
      @Valid RollRequest rollOf,
      PassingRule.Base base, PassingRule.Threshold threshold, @Min(1) Integer seats, @Min(0) Integer minChoices,
      @Min(1) Integer maxChoices, @Min(0) @Max(99) Integer quorumPercent, @Min(0) @Max(100) Integer passScore,
      Boolean secret, Boolean allowRevote, Boolean inPerson, Boolean isPublic, Instant opensAt, Instant closesAt,
      @Size(max = 15) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> scrutineers,
      @Min(1) @Max(15) Integer scrutineerThreshold) {}

  /**
   * A roll by kind (表决名单), resolved from the copy of the register: ALL_DEPUTIES, STANDING_COMMITTEE,
   * DELEGATION (with {@code delegation}) or LIST (with {@code deputyIds}, each a serving deputy).
   */
  @Schema(description = "a roll by kind, resolved from the register when the poll is drafted and fixed when it opens")
  public record RollRequest(@NotNull Roll.Kind kind, @Size(min = 1, max = 200) String delegation,
      @Size(min = 1, max = 20_000) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {

    Roll toRoll() {
      return new Roll(kind, delegation, deputyIds);
    }
  }

  /** A secret poll's scrutineers (监票人) and how many of them decrypt together (default: a majority). */
  public record ScrutineersRequest(
      @NotEmpty @Size(max = 15) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> scrutineers,
      @Min(1) @Max(15) Integer threshold) {}

  /** A scalar or a point in hex, as the crypto publishes them. */
  static final String HEX = "^[0-9a-f]{1,80}$";

  /** A Schnorr proof in hex. */
  public record ProofRequest(@NotNull @Size(max = 64) @Pattern(regexp = HEX) String challenge,
      @NotNull @Size(max = 64) @Pattern(regexp = HEX) String response) {}

  /** A commitment with its proof, in hex. */
  public record CommitmentRequest(@NotNull @Size(max = 66) @Pattern(regexp = HEX) String point,
      @NotNull @Size(max = 64) @Pattern(regexp = HEX) String challenge,
      @NotNull @Size(max = 64) @Pattern(regexp = HEX) String response) {}

  /** Key ceremony step 1 (from {@code lianxin-trustee}): communication key and commitments, with proofs. */
  public record CommitmentsRequest(@NotBlank @Size(max = 66) @Pattern(regexp = HEX) String communicationKey,
      @NotNull @Valid ProofRequest communicationKeyProof,
      @NotEmpty @Size(max = 15) List<@NotNull @Valid CommitmentRequest> commitments) {}

  /** One decryption share of one sum, with its proof, in hex. */
  public record ShareRequest(@NotBlank @Size(max = 200) String item, @NotBlank @Size(max = 40) String option,
      @NotNull @Size(max = 66) @Pattern(regexp = HEX) String share,
      @NotNull @Size(max = 64) @Pattern(regexp = HEX) String challenge,
      @NotNull @Size(max = 64) @Pattern(regexp = HEX) String response) {}

  /** Key ceremony step 2: one sealed share per other scrutineer, by their index. */
  public record SharesRequest(@Schema(maxProperties = 15, additionalPropertiesSchema = SealedShare.class)
      @NotEmpty @Size(max = 15) Map<@NotBlank @Size(max = 3) String, @NotBlank @Size(max = 400) String> shares) {}

  @Schema(type = "string", maxLength = 400)
  static final class SealedShare {}

  /** Key ceremony step 3: accept (no complaints) or name the senders whose shares did not match. */
  public record ConfirmationRequest(@Size(max = 15) List<@NotNull @Min(1) @Max(15) Integer> complaints) {}

  /** A scrutineer's decryption shares, one per sum, in the order of the encrypted tally. */
  public record DecryptionRequest(@NotEmpty @Size(max = 5_000) List<@NotNull @Valid ShareRequest> shares) {}

  /** What the service keeps of the ceremony: only public values and shares sealed to their recipients. */
  public record KeyCeremonyView(String pollId, String stage, int threshold, String context, String publicKey,
      List<ScrutineerKey.Scrutineer> scrutineers) {
    static KeyCeremonyView of(Poll p) {
      ScrutineerKey k = p.scrutineerKey();
      // the sealed shares are listed per recipient under /key-ceremony/shares, not here
      return new KeyCeremonyView(p.id(), k.stage().name(), k.threshold(), p.ceremonyContext(), k.publicKeyHex(),
          k.scrutineers().stream().map(s -> new ScrutineerKey.Scrutineer(s.index(), s.id(), s.communicationKey(),
              s.communicationProof(), s.commitments(), null, s.accepted(), s.complaints())).toList());
    }
  }

  /** The encrypted count the scrutineers decrypt: the sums, and who has given shares. */
  public record EncryptedTallyView(String pollId, String context, int threshold, List<EncryptedTally.Sum> sums,
      List<String> sharesGivenBy, List<EncryptedTally.Total> totals) {
    static EncryptedTallyView of(Poll p) {
      EncryptedTally t = p.encryptedTally();
      return new EncryptedTallyView(p.id(), p.ballotContext(), p.scrutineerKey().threshold(), t.sums(),
          List.copyOf(new java.util.TreeSet<>(t.shares().keySet())), t.totals());
    }
  }

  /** A ballot found by its receipt: a secret poll's encrypted text, or a named poll's answers and voter. */
  public record ReceiptView(String receipt, String encrypted, Map<String, String> answers, String voterId) {
    static ReceiptView of(StoredBallot s) {
      return new ReceiptView(s.receipt(), s.encrypted(), s.answers(), s.voterId());
    }
  }

  /** Answers by item: YES / NO / ABSTAIN, APPROVE, a rating or a score, as the poll's method asks. */
  public record BallotRequest(
      @Schema(maxProperties = 500, additionalPropertiesSchema = Answer.class)
      @Size(max = 500) Map<@NotBlank @Size(max = 200) String, @NotBlank @Size(max = 40) String> answers,
      @Schema(description = "a ballot the voter's client encrypted (its canonical text, ADR 0011)")
      @Size(max = 400_000) String encrypted) {

    /** Never the answers: a request logged (Spring MVC's debug log prints bodies this way) keeps no choice. */
    @Override
    public String toString() {
      return "BallotRequest[answers=" + (answers == null ? "none" : "(" + answers.size() + " kept out of logs)")
          + ", encrypted=" + (encrypted == null ? "none" : encrypted.length() + " characters") + "]";
    }
  }

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
  @ResponseStatus(HttpStatus.CREATED)
  public ResponseEntity<PollView> create(CurrentUser staff, @Valid @RequestBody CreateRequest r,
      @RequestHeader(value = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
    PassingRule rule = new PassingRule(r.base() == null ? PassingRule.Base.ALL_MEMBERS : r.base(),
        r.threshold() == null ? PassingRule.Threshold.MORE_THAN_HALF : r.threshold());
    if ((r.roll() == null) == (r.rollOf() == null)) {
      throw new RuleViolationException("roll", "either the voters' ids (roll) or a roll by kind (rollOf)");
    }
    // a roll by kind has its size once the register resolves it: the spec's is replaced then
    PollSpec spec = PollSpec.builder(r.method(), r.items(), r.roll() != null ? r.roll().size() : 1).rule(rule).seats(r.seats())
        .choices(r.minChoices(), r.maxChoices()).quorumPercent(r.quorumPercent()).passScore(r.passScore()).build();
    PollKind kind = r.kind() == null ? PollKind.MOTION : r.kind();
    Poll.Draft draft = (r.rollOf() != null ? Poll.Draft.builder(kind, r.title(), spec, r.rollOf().toRoll())
        : Poll.Draft.builder(kind, r.title(), spec, r.roll()))
        .secret(!Boolean.FALSE.equals(r.secret())).allowRevote(Boolean.TRUE.equals(r.allowRevote()))
        .inPerson(Boolean.TRUE.equals(r.inPerson())).isPublic(Boolean.TRUE.equals(r.isPublic()))
        .schedule(r.opensAt(), r.closesAt()).scrutineers(r.scrutineers(), r.scrutineerThreshold()).build();
    Poll poll = service.draft(staff, draft, idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/polls/" + poll.id())).body(PollView.of(poll, null));
  }

  @GetMapping
  @Operation(summary = "A page of the polls of my congress, newest first: items, total, page (from 0), size (1..200)",
      description = "`onMyRoll=true`: only the polls whose roll holds the caller's deputy id (the polls a deputy may "
          + "vote in, with `state=OPEN`); none for a caller who is no deputy. A listed poll is read without its roll, "
          + "attendance and roll by kind: `rollOf`, `present` and `turnout` are absent — read the poll for them.")
  public Page<PollView> listPolls(CurrentUser user, @RequestParam(required = false) Poll.State state,
      @RequestParam(defaultValue = "false") boolean onMyRoll,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return service.list(user, state, onMyRoll, page, size).map(PollView::listed);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A poll with its live turnout (never its result while open)")
  public PollView getPoll(CurrentUser user, @PathVariable String id) {
    Poll poll = service.get(user, id);
    return PollView.of(poll, service.turnout(poll));
  }

  @PostMapping("/{id}/opening")
  @Operation(summary = "Open the poll (staff); the roll is fixed")
  public PollView openPoll(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.open(staff, id), null);
  }

  @PostMapping("/{id}/attendance")
  @Operation(summary = "Sign voters in (签到) for an in-person poll (staff, e.g. from the chamber's devices)")
  public PollView signIn(CurrentUser staff, @PathVariable String id, @Valid @RequestBody SignInRequest r) {
    return PollView.of(service.signIn(staff, id, r.voterIds()), null);
  }

  @PostMapping("/{id}/ballots")
  @Operation(summary = "Cast my ballot, once (voters on the roll): answers, or a ballot my client encrypted; returns "
      + "my receipt (for a secret poll the hash of my encrypted ballot)")
  public ResponseEntity<Map<String, String>> vote(CurrentUser voter, @PathVariable String id,
      @Valid @RequestBody BallotRequest r) {
    EncryptedBallot encrypted = null;
    if (r.encrypted() != null) {
      try {
        encrypted = EncryptedBallot.parse(r.encrypted());
      } catch (IllegalArgumentException e) {
        throw new RuleViolationException("encrypted", e.getMessage());
      }
    }
    return ResponseEntity.status(201).body(Map.of("receipt", service.vote(voter, id,
        new PollService.Vote(r.answers() == null ? null : new Ballot(r.answers()), encrypted))));
  }

  @PostMapping("/{id}/scrutineers")
  @Operation(summary = "Name a secret poll's scrutineers (监票人) and the number who decrypt together (staff, draft)")
  public PollView scrutineers(CurrentUser staff, @PathVariable String id, @Valid @RequestBody ScrutineersRequest r) {
    return PollView.of(service.assignScrutineers(staff, id, r.scrutineers(), r.threshold()), null);
  }

  @GetMapping("/{id}/key-ceremony")
  @Operation(summary = "The scrutineers' key ceremony: stage, public commitments, the poll's key once ready")
  public KeyCeremonyView keyCeremony(CurrentUser user, @PathVariable String id) {
    Poll poll = service.keyCeremony(user, id);
    if (poll.scrutineerKey() == null) {
      throw new IllegalTransitionException("read the key ceremony", "NO_SCRUTINEERS");
    }
    return KeyCeremonyView.of(poll);
  }

  @PostMapping("/{id}/key-ceremony/commitments")
  @Operation(summary = "Ceremony step 1 (a scrutineer): communication key and commitments, with proofs")
  public KeyCeremonyView commit(CurrentUser scrutineer, @PathVariable String id, @Valid @RequestBody CommitmentsRequest r) {
    return KeyCeremonyView.of(service.publishKeyCommitments(scrutineer, id, r.communicationKey(),
        new ScrutineerKey.SchnorrText(r.communicationKeyProof().challenge(), r.communicationKeyProof().response()),
        r.commitments().stream().map(c -> new CommitmentText(c.point(), c.challenge(), c.response())).toList()));
  }

  @PostMapping("/{id}/key-ceremony/shares")
  @Operation(summary = "Ceremony step 2 (a scrutineer): a share for each other scrutineer, sealed to them")
  public KeyCeremonyView sendShares(CurrentUser scrutineer, @PathVariable String id, @Valid @RequestBody SharesRequest r) {
    return KeyCeremonyView.of(service.sendKeyShares(scrutineer, id, r.shares()));
  }

  @GetMapping("/{id}/key-ceremony/shares")
  @Operation(summary = "The shares sealed to me, by sender index (a scrutineer)")
  public Map<Integer, String> myShares(CurrentUser scrutineer, @PathVariable String id) {
    return service.keySharesFor(scrutineer, id);
  }

  @PostMapping("/{id}/key-ceremony/confirmation")
  @Operation(summary = "Ceremony step 3 (a scrutineer): accept my shares, or name the senders whose shares did not match")
  public KeyCeremonyView confirm(CurrentUser scrutineer, @PathVariable String id,
      @Valid @RequestBody ConfirmationRequest r) {
    return KeyCeremonyView.of(service.confirmKeyShares(scrutineer, id, r.complaints()));
  }

  @PostMapping("/{id}/key-ceremony/restart")
  @Operation(summary = "Start the key ceremony again, e.g. after a complaint (staff, draft)")
  public KeyCeremonyView restart(CurrentUser staff, @PathVariable String id) {
    return KeyCeremonyView.of(service.restartKeyCeremony(staff, id));
  }

  @GetMapping("/{id}/encrypted-tally")
  @Operation(summary = "A secret poll's encrypted count: the sums the scrutineers decrypt, who has given shares")
  public EncryptedTallyView encryptedTally(CurrentUser user, @PathVariable String id) {
    Poll poll = service.keyCeremony(user, id);
    if (poll.encryptedTally() == null) {
      throw new IllegalTransitionException("read the encrypted count", poll.state().name());
    }
    return EncryptedTallyView.of(poll);
  }

  @PostMapping("/{id}/decryptions")
  @Operation(summary = "My decryption shares of the sums, with proofs (a scrutineer); the last needed certifies the result")
  public PollView decrypt(CurrentUser scrutineer, @PathVariable String id, @Valid @RequestBody DecryptionRequest r) {
    return PollView.of(service.addDecryptionShares(scrutineer, id, r.shares().stream()
        .map(x -> new ShareText(x.item(), x.option(), x.share(), x.challenge(), x.response())).toList()), null);
  }

  @PostMapping("/{id}/closing")
  @Operation(summary = "Close the poll (staff)")
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
  @Operation(summary = "Count the box (staff): a named poll is certified at once; a secret poll's sums go to its "
      + "scrutineers to decrypt (DECRYPTING), and the result is certified with the last share needed")
  public PollView tally(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.tally(staff, id), null);
  }

  @PostMapping("/{id}/publication")
  @Operation(summary = "Publish the certified result (staff)")
  public PollView publish(CurrentUser staff, @PathVariable String id) {
    return PollView.of(service.publish(staff, id), null);
  }

  @GetMapping("/{id}/receipts/{receipt}")
  @Operation(summary = "Find my ballot in the published box by my receipt code (any poll of my congress)",
      description = "The receipt is in the address, so in access logs and browser histories: prefer "
          + "`POST /{id}/receipt-lookup`, which takes it in the body.")
  public ReceiptView receipt(CurrentUser user, @PathVariable String id, @PathVariable String receipt) {
    return ReceiptView.of(service.byReceipt(user, id, receipt));
  }

  /** A receipt code to look up (回执码): a named ballot's 12 capitals, a secret ballot's 64 hex digits. */
  public record ReceiptLookup(@NotBlank @Size(max = 128) String receipt) {}

  @PostMapping("/{id}/receipt-lookup")
  @Operation(summary = "Find my ballot in the published box by my receipt code, sent in the body (any poll of my "
      + "congress)", description = "As `GET /{id}/receipts/{receipt}`, without the receipt in an address: with the "
          + "published box, a receipt tells what its ballot was. 404 when no ballot of the box has it.")
  public ReceiptView lookUpReceipt(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody ReceiptLookup lookup) {
    return ReceiptView.of(service.byReceipt(user, id, lookup.receipt()));
  }

  @GetMapping("/{id}/result")
  @Operation(summary = "The certified result with the ballot box: staff once tallied, everyone once published")
  public PublishedResultView result(CurrentUser user, @PathVariable String id) {
    return PublishedResultView.of(service.result(user, id));
  }
}
