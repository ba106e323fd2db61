package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;

import java.util.List;

/**
 * Test data: a suggestion taken to the stage a test starts from, the standard way. {@code
 * aSuggestion().submitted().build()}; a stage includes the ones before it.
 */
public final class SuggestionBuilder {

  /** How far the item goes, in the order of its life. */
  private enum Stage { DRAFTED, SUBMITTED, ASSIGNED, IN_PROGRESS, REPLY_IN_REVIEW, REPLIED }

  private String id = "S1";
  private SuggestionDraft draft = SuggestionDraft.suggestion("关于修路的建议", "村道破损严重。", SuggestionCategory.TRANSPORT);
  private Stage stage = Stage.DRAFTED;
  private ReplyCategory replyCategory = ReplyCategory.A;

  private SuggestionBuilder() {}

  public static SuggestionBuilder aSuggestion() {
    return new SuggestionBuilder();
  }

  public SuggestionBuilder withId(String newId) {
    id = newId;
    return this;
  }

  public SuggestionBuilder from(SuggestionDraft written) {
    draft = written;
    return this;
  }

  /** Co-signers asked; on submission those confirmed ({@link Fixtures#CO_SIGNER} is, the others are not) stay. */
  public SuggestionBuilder coSignedBy(String... deputyIds) {
    draft = draft.coSignedBy(List.of(deputyIds));
    return this;
  }

  public SuggestionBuilder drafted() {
    return at(Stage.DRAFTED);
  }

  /** Submitted as number 1 at county level, its co-signer D2 (if asked) having confirmed. */
  public SuggestionBuilder submitted() {
    return at(Stage.SUBMITTED);
  }

  /** Registered, and assigned to U1 with co-unit U2 on {@link Fixtures#START}. */
  public SuggestionBuilder assigned() {
    return at(Stage.ASSIGNED);
  }

  /** Accepted by U1's handler on day 1. */
  public SuggestionBuilder inProgress() {
    return at(Stage.IN_PROGRESS);
  }

  /** U2's opinion on day 5, a reply of {@code category} drafted on day 20 and signed on day 21. */
  public SuggestionBuilder replied(ReplyCategory category) {
    replyCategory = category;
    return at(Stage.REPLIED);
  }

  /** As {@link #replied}, but signed where the committee reviews replies: waiting for the office's review. */
  public SuggestionBuilder signedForReview(ReplyCategory category) {
    replyCategory = category;
    return at(Stage.REPLY_IN_REVIEW);
  }

  private SuggestionBuilder at(Stage to) {
    stage = to;
    return this;
  }

  public Suggestion build() {
    Suggestion s = Suggestion.draft(id, DEPUTY, draft, START);
    if (stage.compareTo(Stage.SUBMITTED) >= 0) {
      if (s.coSignerDeputyIds().contains(CO_SIGNER.deputyId())) {
        s.confirmCoSignature(CO_SIGNER, START);
      }
      s.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(1), START);
    }
    if (stage.compareTo(Stage.ASSIGNED) >= 0) {
      s.register(STAFF, null, List.of());
      s.assign(STAFF, AssignTo.lead("U1").withCoUnits(List.of("U2")), POLICY, START);
    }
    if (stage.compareTo(Stage.IN_PROGRESS) >= 0) {
      s.accept(HANDLER, "王承办", "李局长", day(1));
    }
    if (stage.compareTo(Stage.REPLY_IN_REVIEW) >= 0) {
      s.submitCoUnitOpinion(CO_UNIT, "同意", day(5));
      ReplyContent reply = ReplyContent.of(replyCategory, "答复正文");
      if (replyCategory == ReplyCategory.B) {
        reply = reply.promising(List.of(new Suggestion.CommitmentDraft("年内修复", java.time.LocalDate.of(2026, 12, 31))));
      } else if (replyCategory == ReplyCategory.C) {
        reply = reply.because("资金不足");
      }
      s.draftReply(HANDLER, reply, POLICY, day(20));
      s.signReply(HEAD, stage == Stage.REPLY_IN_REVIEW ? REVIEW : NO_REVIEW, POLICY, day(21));
    }
    return s;
  }
}
