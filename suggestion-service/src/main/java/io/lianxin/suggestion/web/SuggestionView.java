package io.lianxin.suggestion.web;

import io.lianxin.suggestion.domain.Assignment;
import io.lianxin.suggestion.domain.CoSigner;
import io.lianxin.suggestion.domain.CoUnitOpinion;
import io.lianxin.suggestion.domain.Commitment;
import io.lianxin.suggestion.domain.Contact;
import io.lianxin.suggestion.domain.DirectChannel;
import io.lianxin.suggestion.domain.Evaluation;
import io.lianxin.suggestion.domain.Reply;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SupervisionNote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A suggestion as its deputies, units and the committee office see it. */
public record SuggestionView(
    String id, String congressId, String number, String kind, String session, boolean byDelegation, String state,
    String title, String body, String category, String proposerDeputyId, List<CoSigner> coSigners,
    Instant createdAt, Instant submittedAt, String lastReturnReason, String notRegisteredReason, String mergedInto,
    List<String> linkedIds, Assignment assignment, String disputeReason, LocalDate replyDueDate, int round,
    String handlerName, String responsibleLeader, List<Contact> contacts, List<CoUnitOpinion> coUnitOpinions,
    Reply replyDraft, List<Reply> replies, LocalDate evaluationDueDate, List<Evaluation> evaluations,
    String supervisingLeaderId, List<SupervisionNote> supervisionNotes, DirectChannel directChannel,
    boolean notPublic, String notPublicReason, Instant publishedAt, Instant closedAt, String outcome,
    List<Commitment> commitments, boolean lookBack) {

  static SuggestionView of(Suggestion s) {
    return new SuggestionView(s.id(), s.congressId(), s.number() == null ? null : s.number().toString(),
        s.kind().name(), s.session().name(), s.byDelegation(), s.state().name(), s.title(), s.body(),
        s.category().name(), s.proposerDeputyId(), s.coSigners(), s.createdAt(), s.submittedAt(),
        s.lastReturnReason(), s.notRegisteredReason(), s.mergedInto(), s.linkedIds(), s.assignment(),
        s.disputeReason(), s.replyDueDate(), s.round(), s.handlerName(), s.responsibleLeader(), s.contacts(),
        s.coUnitOpinions(), s.replyDraft(), s.replies(), s.evaluationDueDate(), s.evaluations(),
        s.supervisingLeaderId(), s.supervisionNotes(), s.directChannel(), s.notPublic(), s.notPublicReason(),
        s.publishedAt(), s.closedAt(), s.outcome() == null ? null : s.outcome().name(), s.commitments(), s.lookBack());
  }

  /** A published item as the public sees it: content and replies, no contacts, no evaluations' comments. */
  public record Public(String id, String number, String kind, String title, String body, String category,
      String leadUnitId, List<PublicReply> replies, Instant publishedAt) {

    static Public of(Suggestion s) {
      return new Public(s.id(), s.number() == null ? null : s.number().toString(), s.kind().name(), s.title(),
          s.body(), s.category().name(), s.assignment() == null ? null : s.assignment().leadUnitId(),
          s.replies().stream().map(r -> new PublicReply(r.round(), r.unitId(), r.category().name(), r.text(),
              r.reason(), r.signedOn())).toList(), s.publishedAt());
    }
  }

  /** A signed reply as published. */
  public record PublicReply(int round, String unitId, String category, String text, String reason, LocalDate signedOn) {}
}
