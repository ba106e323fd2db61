package io.lianxin.suggestion.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.suggestion.application.SuggestionCommands;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.domain.ProgressReport;
import io.lianxin.suggestion.domain.ReplyCategory;
import io.lianxin.suggestion.domain.ReplyContent;
import io.lianxin.suggestion.domain.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The handling unit's work (承办单位): accept, dispute, co-unit opinion, reply, commitments; and the leader's notes. */
@RestController
@Validated
@RequestMapping("/api/v1/suggestions")
@Tag(name = "handling units", description = "办理、答复、承诺 / handling, replies, commitments")
public class UnitController {

  private final SuggestionCommands commands;
  private final SuggestionQueries queries;

  public UnitController(SuggestionCommands commands, SuggestionQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /** A page of the unit's queue, with how many of the whole queue are overdue. */
  public record UnitQueueView(List<SuggestionView> items, long total, int page, int size, long overdue) {}

  @GetMapping("/queue")
  @Operation(summary = "The caller's unit's queue (待办) — units: the items it still owes a reply, as lead or co-unit "
      + "(ASSIGNED, ASSIGNMENT_DISPUTED, IN_PROGRESS, REHANDLING), the nearest reply due date first",
      description = "`total` counts the whole queue, `overdue` those of it past their reply due date in the congress's "
          + "zone (the first `overdue` lines of the queue); pages from 0, size 1..200.")
  public UnitQueueView queue(CurrentUser user, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    SuggestionQueries.Queue queue = queries.unitQueue(user, page, size);
    return new UnitQueueView(queue.page().items().stream().map(s -> SuggestionView.of(s, user)).toList(),
        queue.page().total(), page, size, queue.overdue());
  }

  public record AcceptRequest(@NotBlank @Size(max = 100) String handlerName,
      @NotBlank @Size(max = 100) String responsibleLeader) {}

  public record TextRequest(@NotBlank @Size(max = Suggestion.MAX_TEXT) String text) {}

  public record CommitmentLine(@NotBlank @Size(max = 2000) String description, @NotNull LocalDate dueDate) {}

  public record ReplyRequest(@NotNull ReplyCategory category, @NotBlank @Size(max = Suggestion.MAX_TEXT) String text,
      @Size(max = Suggestion.MAX_TEXT) String reason, @Size(max = 50) List<@Valid @NotNull CommitmentLine> commitments,
      @Size(max = Suggestion.MAX_TEXT) String missingOpinionsReason) {}

  public record FulfilmentRequest(@NotBlank @Size(max = Suggestion.MAX_TEXT) String evidence) {}

  /** A supervision note; {@code requestReport} asks the lead unit for a progress report by {@code reportDueDate}. */
  public record SupervisionNoteRequest(@NotBlank @Size(max = Suggestion.MAX_TEXT) String text, Boolean requestReport,
      LocalDate reportDueDate) {}

  public record ProgressReportRequest(@NotBlank @Size(max = Suggestion.MAX_TEXT) String text) {}

  @PostMapping("/{id}/dispute")
  @Operation(summary = "Dispute the assignment (交办异议) — lead unit, within 5 working days")
  public SuggestionView dispute(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody SuggestionController.ReasonRequest request) {
    return SuggestionView.of(commands.dispute(user, id, request.reason()));
  }

  @PostMapping("/{id}/acceptance")
  @Operation(summary = "Accept and start handling, naming handler and responsible leader (包案领导)")
  public SuggestionView accept(CurrentUser user, @PathVariable String id, @Valid @RequestBody AcceptRequest request) {
    return SuggestionView.of(commands.accept(user, id, request.handlerName(), request.responsibleLeader()));
  }

  @PostMapping("/{id}/co-unit-opinions")
  @Operation(summary = "A co-unit's opinion to the lead unit (协办意见)")
  public SuggestionView coUnitOpinion(CurrentUser user, @PathVariable String id, @Valid @RequestBody TextRequest request) {
    return SuggestionView.of(commands.coUnitOpinion(user, id, request.text()));
  }

  @PostMapping("/{id}/reply-draft")
  @Operation(summary = "Draft the reply (拟写答复) — handler; B needs commitments, C a reason")
  public SuggestionView draftReply(CurrentUser user, @PathVariable String id, @Valid @RequestBody ReplyRequest request) {
    List<Suggestion.CommitmentDraft> commitments = request.commitments() == null ? List.of()
        : request.commitments().stream().map(c -> new Suggestion.CommitmentDraft(c.description(), c.dueDate())).toList();
    ReplyContent reply = ReplyContent.of(request.category(), request.text()).because(request.reason())
        .promising(commitments).withoutOpinionsBecause(request.missingOpinionsReason());
    return SuggestionView.of(commands.draftReply(user, id, reply));
  }

  @PostMapping("/{id}/reply")
  @Operation(summary = "Sign and send the drafted reply (签发) — unit head")
  public SuggestionView signReply(CurrentUser user, @PathVariable String id) {
    return SuggestionView.of(commands.signReply(user, id));
  }

  @PostMapping("/{id}/commitments/{commitmentId}/fulfilment")
  @Operation(summary = "Report a commitment fulfilled, with evidence (承诺兑现)")
  public SuggestionView fulfil(CurrentUser user, @PathVariable String id, @PathVariable String commitmentId,
      @Valid @RequestBody FulfilmentRequest request) {
    return SuggestionView.of(commands.fulfilCommitment(user, id, commitmentId, request.evidence()));
  }

  @PostMapping("/{id}/supervision-notes")
  @Operation(summary = "Supervising leader's note on a key item (督办意见), optionally requesting a progress report",
      description = "Notes are numbered from 1 (`supervisionNotes[].number`). With `requestReport: true` the note asks "
          + "the lead unit for a progress report by `reportDueDate` (required then, a day after today; 422 otherwise, "
          + "and 422 for a due date without a request); the unit answers with "
          + "POST /{id}/supervision-notes/{number}/progress-report.")
  public SuggestionView note(CurrentUser user, @PathVariable String id, @Valid @RequestBody SupervisionNoteRequest request) {
    return SuggestionView.of(commands.addSupervisionNote(user, id, request.text(),
        ProgressReport.requestedIf(Boolean.TRUE.equals(request.requestReport())), request.reportDueDate()));
  }

  @PostMapping("/{id}/supervision-notes/{number}/progress-report")
  @Operation(summary = "Submit the progress report a supervision note requested (进展报告) — lead unit, once per request",
      description = "The report shows on the note (`supervisionNotes[].progressReport`, `late` when submitted after the "
          + "note's `reportDueDate`) and in the audit trail. 403 for anyone but the lead unit; 422 for a note the item "
          + "does not have or one that requested no report; 409 for a request already answered.")
  public SuggestionView progressReport(CurrentUser user, @PathVariable String id,
      @PathVariable @Min(1) @Max(10_000) int number, @Valid @RequestBody ProgressReportRequest request) {
    return SuggestionView.of(commands.submitProgressReport(user, id, number, request.text()));
  }
}
