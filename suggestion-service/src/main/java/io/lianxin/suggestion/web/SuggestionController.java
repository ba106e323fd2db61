package io.lianxin.suggestion.web;

import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.suggestion.application.SuggestionCommands;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.application.port.AuditLine;
import io.lianxin.suggestion.domain.ContactMode;
import io.lianxin.suggestion.domain.ContactPhase;
import io.lianxin.suggestion.domain.ContactResponse;
import io.lianxin.suggestion.domain.Rating;
import io.lianxin.suggestion.domain.Session;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.lianxin.suggestion.domain.SuggestionDraft;
import io.lianxin.suggestion.domain.SuggestionKind;
import io.lianxin.suggestion.domain.SuggestionState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The deputy's side of a suggestion, and reading it (every role, as far as it may see). */
@RestController
@Validated
@RequestMapping("/api/v1/suggestions")
@Tag(name = "suggestions", description = "代表建议 / deputies' suggestions")
public class SuggestionController {

  private final SuggestionCommands commands;
  private final SuggestionQueries queries;

  public SuggestionController(SuggestionCommands commands, SuggestionQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** A new suggestion or motion; {@code draft} keeps it a draft (it is one anyway while co-signers must confirm). */
  public record CreateRequest(
      SuggestionKind kind, Session session,
      @NotBlank @Size(max = Suggestion.MAX_TITLE) String title,
      @NotBlank @Size(max = Suggestion.MAX_BODY) String body,
      @NotNull SuggestionCategory category,
      @Size(max = 500) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> coSignerDeputyIds,
      Boolean byDelegation, Boolean draft) {

    /** What the deputy wrote; a suggestion (not a motion) between sessions unless the request says otherwise. */
    SuggestionDraft input() {
      SuggestionDraft draft = SuggestionDraft.of(kind == null ? SuggestionKind.SUGGESTION : kind, title, body, category)
          .during(session == null ? Session.RECESS : session).coSignedBy(coSignerDeputyIds);
      return Boolean.TRUE.equals(byDelegation) ? draft.byADelegation() : draft;
    }

    SuggestionCommands.AsDraft asDraft() {
      return Boolean.TRUE.equals(draft) ? SuggestionCommands.AsDraft.KEEP : SuggestionCommands.AsDraft.SUBMIT_WHEN_READY;
    }
  }

  public record ReasonRequest(@NotBlank @Size(max = Suggestion.MAX_TEXT) String reason) {}

  public record ContactRequest(@NotNull ContactPhase phase, @NotNull @PastOrPresent LocalDate date,
      @NotNull ContactMode mode, @NotBlank @Size(max = Suggestion.MAX_TEXT) String notes) {}

  /** The proposing deputy's answer to a logged contact: CONFIRMED, or DISPUTED with the reason. */
  public record ContactAnswerRequest(@NotNull ContactResponse response,
      @Size(max = Suggestion.MAX_TEXT) String reason) {}

  /** A working group's inspection: the day it took place and what it found. */
  public record InspectionRequest(@NotNull LocalDate inspectedOn,
      @NotBlank @Size(max = Suggestion.MAX_FINDINGS) String findings) {}

  public record EvaluationRequest(@NotNull Rating rating, @Size(max = Suggestion.MAX_TEXT) String comment) {}

  @PostMapping
  @Operation(summary = "Write a suggestion or motion (起草/提交) — deputies; accepts Idempotency-Key")
  @ResponseStatus(HttpStatus.CREATED)
  public ResponseEntity<SuggestionView> create(CurrentUser user, @Valid @RequestBody CreateRequest request,
      @RequestHeader(value = "Idempotency-Key", required = false) @Size(min = 1, max = 200) String idempotencyKey) {
    Suggestion s = commands.create(user, request.input(), request.asDraft(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/suggestions/" + s.id())).body(SuggestionView.of(s));
  }

  @GetMapping
  @Operation(summary = "The caller's items: own (deputy), assigned (unit), all submitted (committee office)")
  public SuggestionQueries.Page<SuggestionView> list(CurrentUser user,
      @RequestParam(required = false) SuggestionState state, @RequestParam(required = false) SuggestionCategory category,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    var result = queries.list(user, state, category, page, size);
    return new SuggestionQueries.Page<>(result.items().stream().map(s -> SuggestionView.of(s, user)).toList(), result.total(),
        result.page(), result.size());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One item, if the caller may see it")
  public SuggestionView get(CurrentUser user, @PathVariable String id) {
    return SuggestionView.of(queries.get(user, id), user);
  }

  @GetMapping("/{id}/history")
  @Operation(summary = "A page of the audit trail (办理过程), oldest first: who did what, when — items, total, page "
      + "(from 0), size (1..200)")
  public SuggestionQueries.Page<AuditLine> history(CurrentUser user, @PathVariable String id,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return queries.history(user, id, page, size);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Edit a draft — proposer")
  public SuggestionView edit(CurrentUser user, @PathVariable String id, @Valid @RequestBody CreateRequest request) {
    return SuggestionView.of(commands.edit(user, id, request.input()));
  }

  @PostMapping("/{id}/co-signature")
  @Operation(summary = "Confirm co-signing (联名确认) — a deputy asked to co-sign")
  public SuggestionView confirm(CurrentUser user, @PathVariable String id) {
    return SuggestionView.of(commands.confirmCoSignature(user, id));
  }

  @PostMapping("/{id}/submission")
  @Operation(summary = "Submit a draft (提交) — proposer; gets its number")
  public SuggestionView submit(CurrentUser user, @PathVariable String id) {
    return SuggestionView.of(commands.submit(user, id));
  }

  @PostMapping("/{id}/withdrawal")
  @Operation(summary = "Withdraw (撤回) — proposer, before assignment")
  public SuggestionView withdraw(CurrentUser user, @PathVariable String id, @Valid @RequestBody ReasonRequest request) {
    return SuggestionView.of(commands.withdraw(user, id, request.reason()));
  }

  @PostMapping("/{id}/contacts")
  @Operation(summary = "Log a contact with the deputy (三访: BEFORE, DURING, AFTER handling) — lead unit",
      description = "Entries are numbered from 1 in the order logged (`contacts[].number`); the proposing deputy "
          + "confirms or disputes an entry with POST /{id}/contacts/{number}/response and does not log contacts.")
  public SuggestionView contact(CurrentUser user, @PathVariable String id, @Valid @RequestBody ContactRequest request) {
    return SuggestionView.of(commands.logContact(user, id, request.phase(), request.date(), request.mode(),
        request.notes()));
  }

  @PostMapping("/{id}/contacts/{number}/response")
  @Operation(summary = "Confirm or dispute a logged contact (代表确认/异议) — the proposing deputy, once per entry",
      description = "`response` CONFIRMED, or DISPUTED with a `reason` (422 without). The answer shows on the entry "
          + "(`contacts[].deputyAnswer`) and in the audit trail. 409 for an entry already answered; 422 for a number "
          + "the item does not have; 403 for anyone but the proposer.")
  public SuggestionView answerContact(CurrentUser user, @PathVariable String id, @PathVariable @Min(1) @Max(10_000) int number,
      @Valid @RequestBody ContactAnswerRequest request) {
    return SuggestionView.of(commands.answerContact(user, id, number, request.response(), request.reason()));
  }

  @PostMapping("/{id}/inspections")
  @Operation(summary = "Record inspection findings on a key item (视察/调研发现) — a deputy of its working group",
      description = "`inspectedOn`: the day of the inspection or survey, not after today (422); `findings` at most 5000 "
          + "characters. Numbered from 1, shown on the item (`inspections`) and in its audit trail. 403 for a deputy "
          + "outside the working group.")
  public SuggestionView inspection(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody InspectionRequest request) {
    return SuggestionView.of(commands.recordInspection(user, id, request.inspectedOn(), request.findings()));
  }

  @PostMapping("/{id}/evaluations")
  @Operation(summary = "Rate the reply (征询意见表) — proposer and co-signers, once per round",
      description = "The proposer's rating decides the outcome: SATISFIED or BASICALLY_SATISFIED closes the item, "
          + "UNSATISFIED sends it to the committee office for re-handling (or closes it when the re-handling rounds "
          + "are used up). Co-signers rate while the round's evaluation window is open (30 days from the reply), also "
          + "after the proposer's rating closed the item; their ratings are recorded (`evaluations`, the audit trail) "
          + "and counted in the handling report as co-signers' ratings, never dropped. A rating that cannot count is "
          + "refused with the reason: 409 before the round's reply, after re-handling was ordered (the round's reply "
          + "is superseded) or a second time in a round; 422 after the window closed.")
  public SuggestionView evaluate(CurrentUser user, @PathVariable String id, @Valid @RequestBody EvaluationRequest request) {
    return SuggestionView.of(commands.evaluate(user, id, request.rating(), request.comment()));
  }
}
