package io.lianxin.suggestion.web;

import io.lianxin.suggestion.domain.Assignment;
import io.lianxin.suggestion.domain.CoSigner;
import io.lianxin.suggestion.domain.CoUnitOpinion;
import io.lianxin.suggestion.domain.Commitment;
import io.lianxin.suggestion.domain.Contact;
import io.lianxin.suggestion.domain.DirectChannel;
import io.lianxin.suggestion.domain.DraftOrigin;
import io.lianxin.suggestion.application.SuggestionQueries;
import io.lianxin.suggestion.domain.Evaluation;
import io.lianxin.suggestion.domain.Inspection;
import io.lianxin.suggestion.domain.LinkedItems;
import io.lianxin.suggestion.domain.MergedItems;
import io.lianxin.suggestion.domain.MotionDecision;
import io.lianxin.suggestion.domain.MotionDeliberation;
import io.lianxin.suggestion.domain.PublicText;
import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.suggestion.domain.Reply;
import io.lianxin.suggestion.domain.ReplyReviewStep;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SupervisionNote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A suggestion as its deputies, units and the committee office see it. {@code mergedIntoNumber} is
 * the number of the item it was merged into; {@code mergedItems} (the items merged into it) and
 * {@code followerDeputyIds} (their deputies, who may read it) are given when one item is read
 * (GET /api/v1/suggestions/{id}) and left out (null) in lists and in the answers of commands; so is
 * {@code linkedFrom}, the items whose {@code linkedIds} name this one (a link shows on both items:
 * {@code linkedIds} on the item it was registered with, {@code linkedFrom} on the item it names).
 * A key item shows its working group ({@code workingGroupDeputyIds}, 督办专班), the group's
 * inspection findings ({@code inspections}) and, on each supervision note that requested one, the
 * unit's progress report.
 * {@code replyUnderReview} (the signed reply the committee checks, 答复审核) and {@code replyReviews}
 * (the checks so far) are the committee's and the units': a deputy reads them as null — the deputies
 * see a reply when it is sent. A motion shows the decision on it ({@code motionDecision}: agenda or
 * conversion), its deliberation, and the suggestion it was converted to ({@code convertedToId},
 * {@code convertedToNumber}); that suggestion shows the motion ({@code convertedFromId},
 * {@code convertedFromNumber}). A draft started from a voter's opinion the deputy took up at a home or
 * station shows where it came from ({@code origin}: tracking code, station, day received); null otherwise.
 */
public record SuggestionView(
    String id, String congressId, String number, String kind, String session, boolean byDelegation, String state,
    String title, String body, String category, String proposerDeputyId, List<CoSigner> coSigners,
    Instant createdAt, Instant submittedAt, String lastReturnReason, String notRegisteredReason, String mergedInto,
    String mergedIntoNumber, List<MergedItems.MergedItem> mergedItems, List<String> followerDeputyIds,
    List<String> linkedIds, List<LinkedItems.LinkedItem> linkedFrom, MotionDecision motionDecision, MotionDeliberation deliberation, String convertedToId,
    String convertedToNumber, String convertedFromId, String convertedFromNumber, Assignment assignment, String disputeReason, LocalDate replyDueDate, int round,
    String handlerName, String responsibleLeader, List<Contact> contacts, List<CoUnitOpinion> coUnitOpinions,
    Reply replyDraft, Reply replyUnderReview, List<ReplyReviewStep> replyReviews, List<Reply> replies, LocalDate evaluationDueDate, List<Evaluation> evaluations,
    String supervisingLeaderId, List<SupervisionNote> supervisionNotes, List<String> workingGroupDeputyIds,
    List<Inspection> inspections, DirectChannel directChannel,
    boolean notPublic, String notPublicReason, Instant publishedAt, Instant closedAt, String outcome,
    List<Commitment> commitments, boolean lookBack, PublicText publicVersion, DraftOrigin origin) {

  /** Whether the reader sees the committee's review of a signed reply: deputies do not. */
  private enum Review { SHOWN, HIDDEN }

  /** The item read on its own by {@code reader}, with the items merged into it and their deputies. */
  static SuggestionView of(SuggestionQueries.ItemRead read, CurrentUser reader) {
    return of(read.item(), read.mergedIntoIt(), read.linkingToIt(), reviewFor(reader));
  }

  /** The item in {@code reader}'s list: the items merged into it are not looked up. */
  static SuggestionView of(Suggestion s, CurrentUser reader) {
    return of(s, null, null, reviewFor(reader));
  }

  /** The item in a command's answer: the items merged into it are not looked up. */
  static SuggestionView of(Suggestion s) {
    return of(s, null, null, Review.SHOWN);
  }

  private static Review reviewFor(CurrentUser reader) {
    return reader.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN, Role.UNIT_HANDLER, Role.UNIT_HEAD)
        ? Review.SHOWN : Review.HIDDEN;
  }

  private static SuggestionView of(Suggestion s, MergedItems merged, LinkedItems linking, Review review) {
    boolean shown = review == Review.SHOWN;
    return new SuggestionView(s.id(), s.congressId(), s.number() == null ? null : s.number().toString(),
        s.kind().name(), s.session().name(), s.byDelegation(), s.state().name(), s.title(), s.body(),
        s.category().name(), s.proposerDeputyId(), s.coSigners(), s.createdAt(), s.submittedAt(),
        s.lastReturnReason(), s.notRegisteredReason(), s.mergedInto(), s.mergedIntoNumber(),
        merged == null ? null : merged.items(), merged == null ? null : merged.followerDeputyIds(),
        s.linkedIds(), linking == null ? null : linking.items(), s.motionDecision(), s.deliberation(), s.convertedToId(), s.convertedToNumber(),
        s.convertedFromId(), s.convertedFromNumber(), s.assignment(),
        s.disputeReason(), s.replyDueDate(), s.round(), s.handlerName(), s.responsibleLeader(), s.contacts(),
        s.coUnitOpinions(), s.replyDraft(), shown ? s.replyUnderReview() : null, shown ? s.replyReviews() : null,
        s.replies(), s.evaluationDueDate(), s.evaluations(),
        s.supervisingLeaderId(), s.supervisionNotes(), s.workingGroupDeputyIds(), s.inspections(), s.directChannel(), s.notPublic(), s.notPublicReason(),
        s.publishedAt(), s.closedAt(), s.outcome() == null ? null : s.outcome().name(), s.commitments(), s.lookBack(),
        s.publicVersion(), s.origin());
  }

  /**
   * A published item as the public sees it: the public version of its content and replies (公开文本,
   * redacted when staff redacted it), no contacts, no evaluations' comments.
   */
  public record Public(String id, String number, String kind, String title, String body, String category,
      String leadUnitId, List<PublicReply> replies, Instant publishedAt) {

    static Public of(Suggestion s) {
      PublicText text = s.publicVersion();
      List<PublicReply> replies = new ArrayList<>();
      for (int i = 0; i < s.replies().size(); i++) {
        Reply r = s.replies().get(i);
        PublicText.ReplyText shown = text != null && i < text.replies().size() ? text.replies().get(i)
            : new PublicText.ReplyText(r.text(), r.reason());
        replies.add(new PublicReply(r.round(), r.unitId(), r.category().name(), shown.text(), shown.reason(),
            r.signedOn()));
      }
      return new Public(s.id(), s.number() == null ? null : s.number().toString(), s.kind().name(),
          text == null ? s.title() : text.title(), text == null ? s.body() : text.body(), s.category().name(),
          s.assignment() == null ? null : s.assignment().leadUnitId(), replies, s.publishedAt());
    }
  }

  /** A signed reply as published. */
  public record PublicReply(int round, String unitId, String category, String text, String reason, LocalDate signedOn) {}
}
