package io.lianxin.suggestion.web;

import jakarta.validation.constraints.Pattern;
import io.lianxin.chassis.web.Ids;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.suggestion.application.SuggestionCommands;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.domain.AssignTo;
import io.lianxin.suggestion.domain.PersonalDataCheck;
import io.lianxin.suggestion.domain.MotionResult;
import io.lianxin.suggestion.domain.PublicText;
import io.lianxin.suggestion.domain.ReviewDecision;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The committee office's work (常委会工作机构): registration, assignment, re-handling, publication. */
@RestController
@Validated
@RequestMapping("/api/v1/suggestions")
@Tag(name = "committee office", description = "立案、交办、督办、公开 / registration, assignment, supervision, publication")
public class CommitteeController {

  private final SuggestionCommands commands;
  private final SuggestionQueries queries;

  public CommitteeController(SuggestionCommands commands, SuggestionQueries queries) {
    this.commands = commands;
    this.queries = queries;
  }

  public record RegisterRequest(SuggestionCategory category, @Size(max = 50) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> linkedIds) {}

  public record MergeRequest(@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String targetId) {}

  public record AssignRequest(@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String leadUnitId,
      @Size(max = 20) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> coUnitIds, Boolean complex) {
    AssignTo to() {
      return assignTo(leadUnitId, coUnitIds, complex);
    }
  }

  public record BatchAssignRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull BatchLine> items) {}

  public record BatchLine(@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String suggestionId, @NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String leadUnitId,
      @Size(max = 20) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> coUnitIds, Boolean complex) {}

  /** Whom to assign to; {@code complex} absent means not complex. */
  static AssignTo assignTo(String leadUnitId, List<String> coUnitIds, Boolean complex) {
    AssignTo to = AssignTo.lead(leadUnitId).withCoUnits(coUnitIds);
    return Boolean.TRUE.equals(complex) ? to.asComplex() : to;
  }

  public record RehandlingRequest(@Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String unitId) {}

  /** The supervising leader (领衔督办): a deputy of the register with a seat on the chair's council (主任会议). */
  public record KeyRequest(@Schema(description = "deputy id of an active member of the chair's council (主任会议: chair, "
      + "vice-chair, secretary-general) in the register; others 422") @NotBlank @Size(max = Ids.MAX)
      @Pattern(regexp = Ids.PATTERN) String leaderId) {}

  /** The direct channel's recipients: units of the register (the party committee's and the government's offices). */
  public record DirectChannelRequest(
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> recipientUnitIds) {}

  /** A key item's working group: deputies of the register. */
  public record WorkingGroupRequest(@NotEmpty @Size(max = Suggestion.MAX_WORKING_GROUP)
      List<@NotBlank @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> deputyIds) {}

  public record InstructionRequest(@NotBlank @Size(max = Suggestion.MAX_TEXT) String text,
      @NotBlank @Size(max = 100) String by) {}

  /**
   * Publication: optionally the redacted text for the public version (title, body, replies in order:
   * what is left out is published as written) and staff's confirmation of likely personal data.
   */
  public record PublicationRequest(@Valid PublicTextRequest publicText, PersonalDataCheck personalDataCheck) {}

  public record PublicTextRequest(@Size(min = 1, max = Suggestion.MAX_TITLE) String title,
      @Size(min = 1, max = Suggestion.MAX_BODY) String body,
      @Size(max = 20) List<@Valid @NotNull PublicReplyRequest> replies) {
    PublicText input() {
      return new PublicText(title, body,
          replies == null ? null : replies.stream().map(r -> new PublicText.ReplyText(r.text(), r.reason())).toList());
    }
  }

  public record PublicReplyRequest(@Size(min = 1, max = Suggestion.MAX_TEXT) String text,
      @Size(min = 1, max = Suggestion.MAX_TEXT) String reason) {}

  /** A check of a signed reply: the decision, and the reason (required when sent back). */
  public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = Suggestion.MAX_TEXT) String reason) {}

  public record AgendaRequest(@NotBlank @Size(max = 200) String committee, @Size(max = Suggestion.MAX_TEXT) String note) {}

  public record DeliberationRequest(@NotNull MotionResult result, @Size(max = Suggestion.MAX_TEXT) String note) {}

  public record NoteRequest(@Size(max = Suggestion.MAX_TEXT) String note) {}

  @PostMapping("/{id}/return")
  @Operation(summary = "Return to the deputy with reasons (退回修改)")
  public SuggestionView returnToDeputy(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody SuggestionController.ReasonRequest request) {
    return SuggestionView.of(commands.returnToDeputy(user, id, request.reason()));
  }

  @PostMapping("/{id}/registration")
  @Operation(summary = "Register (立案), optionally re-categorised and linked to similar items")
  public SuggestionView register(CurrentUser user, @PathVariable String id, @Valid @RequestBody RegisterRequest request) {
    return SuggestionView.of(commands.register(user, id, request.category(), request.linkedIds()));
  }

  @PostMapping("/{id}/non-registration")
  @Operation(summary = "Decline registration (不予立案) with the reason")
  public SuggestionView notRegister(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody SuggestionController.ReasonRequest request) {
    return SuggestionView.of(commands.notRegister(user, id, request.reason()));
  }

  @PostMapping("/{id}/merge")
  @Operation(summary = "Merge into a similar registered item (合并办理)",
      description = "The merged item is not registered on its own; it shows the target's id and number "
          + "(`mergedInto`, `mergedIntoNumber`), as does its event. The target lists the items merged into it "
          + "(`mergedItems`) and their deputies (`followerDeputyIds`: proposers and co-signers), who may read the "
          + "target and its audit trail. 422 when the target is not a registered item of the same congress.")
  public SuggestionView merge(CurrentUser user, @PathVariable String id, @Valid @RequestBody MergeRequest request) {
    return SuggestionView.of(commands.merge(user, id, request.targetId()));
  }

  @PostMapping("/{id}/agenda")
  @Operation(summary = "Place a registered motion on the agenda (列入议程) and hand it to a special committee",
      description = "The decision of the presidium (大会主席团, a motion of the session) or the chair's council (主任会议, "
          + "between sessions), recorded by the committee office on its behalf; the body follows from the motion's "
          + "`session` (`motionDecision.decidedBy`). The motion moves to `ON_AGENDA`. A motion is never assigned to a "
          + "unit: 409 for `/assignment`. 409 for a suggestion or an item not `REGISTERED`.")
  public SuggestionView placeOnAgenda(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody AgendaRequest request) {
    return SuggestionView.of(commands.placeOnAgenda(user, id, request.committee(), request.note()));
  }

  @PostMapping("/{id}/deliberation")
  @Operation(summary = "Record the special committee's deliberation of a motion on the agenda and its outcome (审议结果)",
      description = "`result` ADOPTED, NOT_ADOPTED or REFERRED (`note` required: where it was referred, 422 without). "
          + "The motion moves to `DELIBERATED`, its path's end. 409 unless the motion is `ON_AGENDA`.")
  public SuggestionView recordDeliberation(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody DeliberationRequest request) {
    return SuggestionView.of(commands.recordDeliberation(user, id, request.result(), request.note()));
  }

  @PostMapping("/{id}/conversion")
  @Operation(summary = "Convert a registered motion to a suggestion (转为建议), which takes the suggestion path",
      description = "The decision of the presidium or the chair's council, recorded by the committee office. A new item "
          + "is made: kind SUGGESTION, its own number (建议 series), `REGISTERED` (to be assigned), the motion's content, "
          + "proposer and co-signers, and `convertedFromId`/`convertedFromNumber`. The motion answered here moves to "
          + "`CONVERTED_TO_SUGGESTION` and shows `convertedToId`/`convertedToNumber`. 409 for a suggestion or an item "
          + "not `REGISTERED`.")
  public SuggestionView convert(CurrentUser user, @PathVariable String id, @Valid @RequestBody NoteRequest request) {
    return SuggestionView.of(commands.convertToSuggestion(user, id, request.note()));
  }

  @PostMapping("/{id}/assignment")
  @Operation(summary = "Assign to a lead unit and co-units (交办); due in 3 months, 6 if complex")
  public SuggestionView assign(CurrentUser user, @PathVariable String id, @Valid @RequestBody AssignRequest request) {
    return SuggestionView.of(commands.assign(user, id, request.to()));
  }

  @PostMapping("/assignments")
  @Operation(summary = "Batch assignment at an assignment meeting (集中交办): per-item result, each all-or-nothing",
      description = "Answers `{items, assigned, refused}`: one result per line in the order sent (a refused line names "
          + "its problem type and detail) and the counts.")
  public SuggestionCommands.BatchReport assignBatch(CurrentUser user, @Valid @RequestBody BatchAssignRequest request) {
    return commands.assignBatch(user, request.items().stream()
        .map(l -> new SuggestionCommands.BatchItem(l.suggestionId(), assignTo(l.leadUnitId(), l.coUnitIds(),
            l.complex()))).toList());
  }

  @PostMapping("/{id}/reassignment")
  @Operation(summary = "Reassign a disputed item (重新交办)")
  public SuggestionView reassign(CurrentUser user, @PathVariable String id, @Valid @RequestBody AssignRequest request) {
    return SuggestionView.of(commands.reassign(user, id, request.to()));
  }

  @PostMapping("/{id}/rehandling")
  @Operation(summary = "Order re-handling of an unsatisfied item (再作研究办理), to the same unit or its superior")
  public SuggestionView rehandle(CurrentUser user, @PathVariable String id, @Valid @RequestBody RehandlingRequest request) {
    return SuggestionView.of(commands.orderRehandling(user, id, request.unitId()));
  }

  @PostMapping("/{id}/closure")
  @Operation(summary = "Close an unsatisfied item without another round")
  public SuggestionView close(CurrentUser user, @PathVariable String id) {
    return SuggestionView.of(commands.closeUnsatisfied(user, id));
  }

  @PostMapping("/{id}/not-public")
  @Operation(summary = "Withhold from publication (不予公开) with the reason")
  public SuggestionView notPublic(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody SuggestionController.ReasonRequest request) {
    return SuggestionView.of(commands.markNotPublic(user, id, request.reason()));
  }

  @PostMapping("/{id}/publication")
  @Operation(summary = "Publish a closed item with its replies (公开), checked for personal data",
      description = "Before publishing, the text to publish (title, body, each reply's text and reason — the "
          + "`publicText` sent, else the item's own) is checked for likely personal data: mainland mobile and "
          + "landline phone numbers, 18-digit ID-card numbers, e-mail addresses and street addresses (号/栋/幢/单元/室). "
          + "Findings refuse publication with 422 (field `publicText`), each by kind, field and position (character "
          + "offset and length), never the value — unless staff send a redacted `publicText` without findings or "
          + "confirm with `personalDataCheck: CONFIRMED_BY_STAFF`. The public read the public version (`publicVersion`); "
          + "the item's own text stays as written. The body may be empty: `{}` publishes the text as written if "
          + "nothing is found.")
  public SuggestionView publish(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody(required = false) PublicationRequest request) {
    PublicationRequest given = request == null ? new PublicationRequest(null, null) : request;
    return SuggestionView.of(commands.publish(user, id, given.publicText() == null ? null : given.publicText().input(),
        given.personalDataCheck() == null ? PersonalDataCheck.REFUSE_IF_FOUND : given.personalDataCheck()));
  }

  @PostMapping("/{id}/key")
  @Operation(summary = "Mark as key suggestion (重点督办) with its supervising leader",
      description = "The leader is a member of the chair's council in the register (常委会领导领衔督办); an id that is "
          + "not — unknown, departed, or a standing-committee member without a seat on the council — is refused with 422 "
          + "naming it, and nothing is written.")
  public SuggestionView markKey(CurrentUser user, @PathVariable String id, @Valid @RequestBody KeyRequest request) {
    return SuggestionView.of(commands.markKey(user, id, request.leaderId()));
  }

  @PostMapping("/{id}/direct-channel")
  @Operation(summary = "Send by direct channel (直通车) to party committee / government leaders — recess items",
      description = "`recipientUnitIds` are units of the register: the offices of the party committee and of the "
          + "government are entered there as units. Each must be an active unit of the congress (422 naming the "
          + "others, nothing written). The item shows them (`directChannel.recipientUnitIds`, and their names as "
          + "`directChannel.recipients`); the `direct-channel-sent` event carries `directChannelUnitIds`, so they are told.")
  public SuggestionView directChannel(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody DirectChannelRequest request) {
    return SuggestionView.of(commands.sendDirectChannel(user, id, request.recipientUnitIds()));
  }

  @PostMapping("/{id}/working-group")
  @Operation(summary = "Set a key item's working group of deputies (重点督办专班/调研组), replacing the one it had",
      description = "Only on a key item (409 otherwise) from registration until it closes. `deputyIds`: active deputies "
          + "of the congress in the register (422 naming the others, nothing written), at most 30. The group's deputies "
          + "may read the item (it is in their list) and record inspection findings with POST /{id}/inspections.")
  public SuggestionView workingGroup(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody WorkingGroupRequest request) {
    return SuggestionView.of(commands.setWorkingGroup(user, id, request.deputyIds()));
  }

  @PostMapping("/{id}/instruction")
  @Operation(summary = "Record the leaders' instruction (批示) on a direct-channel item")
  public SuggestionView instruction(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody InstructionRequest request) {
    return SuggestionView.of(commands.recordInstruction(user, id, request.text(), request.by()));
  }

  @PostMapping("/{id}/look-back")
  @Operation(summary = "Open a look-back (回头看) on a closed item with unfulfilled commitments")
  public SuggestionView lookBack(CurrentUser user, @PathVariable String id, @Valid @RequestBody NoteRequest request) {
    return SuggestionView.of(commands.openLookBack(user, id, request.note()));
  }

  @PostMapping("/{id}/reply-review")
  @Operation(summary = "Review a signed reply (代表工作部门审核): approve it for the leader's sign-off, or send it back",
      description = "Where the committee reviews replies (every congress unless `lianxin.suggestion.reply-review-off` "
          + "names it), a signed reply waits in `REPLY_IN_REVIEW`. `APPROVED` moves it to `REPLY_AWAITING_SIGN_OFF`; "
          + "`SENT_BACK` (with `reason`, 422 without) returns the item to the unit (`IN_PROGRESS`, or `REHANDLING` in "
          + "a re-handling round) to draft and sign again, its reply due date moved by the days the committee held "
          + "the reply. 409 when no reply waits for review.")
  public SuggestionView reviewReply(CurrentUser user, @PathVariable String id, @Valid @RequestBody ReviewRequest request) {
    return SuggestionView.of(commands.reviewReply(user, id, request.decision(), request.reason()));
  }

  @PostMapping("/{id}/reply-sign-off")
  @Operation(summary = "Sign off a reviewed reply (分管主任审定) — leader: send it to the deputies, or send it back",
      description = "`APPROVED` sends the reply (`REPLIED`): the deputies see it and their 30-day evaluation window "
          + "starts today. `SENT_BACK` (with `reason`, 422 without) returns the item to the unit as the office's "
          + "sending back does. 409 when no reply waits for sign-off.")
  public SuggestionView signOffReply(CurrentUser user, @PathVariable String id,
      @Valid @RequestBody ReviewRequest request) {
    return SuggestionView.of(commands.signOffReply(user, id, request.decision(), request.reason()));
  }

  @GetMapping("/worklists")
  @Operation(summary = "How many items each committee worklist holds, in the worklists' order (the office's desk)",
      description = "One line per worklist of `GET /api/v1/suggestions/worklists/{worklist}`, each with the `total` "
          + "that list would answer; a leader's KEY count is of the key items they supervise.")
  public WorklistCounts worklistCounts(CurrentUser user) {
    return new WorklistCounts(queries.worklistCounts(user));
  }

  /** The worklists with their counts. */
  public record WorklistCounts(List<SuggestionQueries.WorklistCount> worklists) {}

  @GetMapping("/worklists/{worklist}")
  @Operation(summary = "Committee worklists: TO_REGISTER, TO_ASSIGN (suggestions), MOTIONS_TO_DECIDE, MOTIONS_ON_AGENDA, DISPUTED, OVERDUE, REPLIES_TO_REVIEW, "
      + "REPLIES_TO_SIGN_OFF, AWAITING_EVALUATION, UNSATISFIED, KEY, OPEN_COMMITMENTS, LOOK_BACK")
  public SuggestionQueries.Page<SuggestionView> worklist(CurrentUser user, @PathVariable SuggestionQueries.Worklist worklist,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    var result = queries.worklist(user, worklist, page, size);
    return new SuggestionQueries.Page<>(result.items().stream().map(SuggestionView::of).toList(), result.total(),
        result.page(), result.size());
  }
}
