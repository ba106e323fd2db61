package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.suggestion.domain.SuggestionEvent.Replied;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplyReviewed;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplySentBack;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplySigned;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committee's check of a signed reply (答复审核: 代表工作部门具体负责，分管主任统一把关): signed →
 * reviewed by the office → signed off by a leader → sent; sent back to the unit with the reason at
 * either step; the reply deadline stands still while the committee holds the reply.
 */
class ReplyReviewTest {

  /** Assigned on 2026-03-02, due 2026-06-02; signed on day 21 (2026-03-23). */
  static final LocalDate DUE = LocalDate.of(2026, 6, 2);

  static Suggestion signedForReview() {
    Suggestion s = SuggestionBuilder.aSuggestion().coSignedBy("D2").signedForReview(ReplyCategory.B).build();
    s.takeEvents();
    return s;
  }

  /** An A reply drafted on day 20, U2's opinion given. */
  static Suggestion drafted() {
    Suggestion s = SuggestionBuilder.aSuggestion().coSignedBy("D2").inProgress().build();
    s.submitCoUnitOpinion(CO_UNIT, "同意", day(5));
    s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.A, "答复正文"), POLICY, day(20));
    s.takeEvents();
    return s;
  }

  static LocalDate date(int dayAfterStart) {
    return LocalDate.ofInstant(day(dayAfterStart), ZONE);
  }

  @Test
  void whereTheCommitteeReviewsASignedReplyWaitsUnsentForTheOffice() {
    // given
    Suggestion s = drafted();
    // when
    s.signReply(HEAD, REVIEW, POLICY, day(21));
    // expect
    assertThat(s.takeEvents()).containsExactly(new ReplySigned(0, ReplyCategory.A, true));
    assertThat(s.state()).isEqualTo(SuggestionState.REPLY_IN_REVIEW);
    assertThat(s.replyUnderReview().signedBy()).isEqualTo(HEAD.subject());
    assertThat(s.replies()).as("not the deputies' yet").isEmpty();
    assertThat(s.evaluationDueDate()).isNull();
    assertThat(s.repliedOn()).isNull();
  }

  @Test
  void whereTheReviewIsOffTheSignatureSendsTheReplyAsBefore() {
    // given
    Suggestion s = drafted();
    // when
    s.signReply(HEAD, ReplyReviewScope.offFor("C9", CONGRESS), POLICY, day(21));
    // expect
    assertThat(s.takeEvents()).containsExactly(new Replied(0, ReplyCategory.A, true, date(21).plusDays(30), List.of()));
    assertThat(s.state()).isEqualTo(SuggestionState.REPLIED);
    assertThat(s.replyUnderReview()).isNull();
  }

  @Test
  void theOfficeApprovesAndTheReplyWaitsForTheLeader() {
    // given
    Suggestion s = signedForReview();
    // when
    s.reviewReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(23));
    // expect
    assertThat(s.takeEvents()).containsExactly(new ReplyReviewed(0));
    assertThat(s.state()).isEqualTo(SuggestionState.REPLY_AWAITING_SIGN_OFF);
    assertThat(s.replyReviews()).containsExactly(
        new ReplyReviewStep(0, ReviewStage.OFFICE_REVIEW, ReviewDecision.APPROVED, null, STAFF.subject(), day(23)));
    assertThat(s.replies()).isEmpty();
  }

  @Test
  void theLeadersSignOffSendsTheReplyAndStartsTheEvaluationWindowThatDay() {
    // given
    Suggestion s = signedForReview();
    s.reviewReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(23));
    s.takeEvents();
    // when
    s.signOffReply(LEADER, ReviewDecision.APPROVED, null, POLICY, day(25));
    // expect
    List<SuggestionEvent> events = s.takeEvents();
    assertThat(events).singleElement().isInstanceOfSatisfying(Replied.class, r -> {
      assertThat(r.evaluationDueDate()).isEqualTo(date(25).plusDays(30));
      assertThat(r.onTime()).as("decided by the unit head's signature").isTrue();
      assertThat(r.commitments()).hasSize(1);
    });
    assertThat(s.state()).isEqualTo(SuggestionState.REPLIED);
    assertThat(s.repliedOn()).isEqualTo(date(25));
    assertThat(s.replies()).singleElement().satisfies(r -> assertThat(r.signedOn()).isEqualTo(date(21)));
    assertThat(s.commitments()).as("the ledger holds the commitments once the reply is sent").hasSize(1);
    assertThat(s.replyUnderReview()).isNull();
  }

  @Test
  void theOfficeSendsTheReplyBackWithTheReasonAndTheDeadlineStoodStillMeanwhile() {
    // given: signed on day 21, sent back on day 31 — ten days held by the office
    Suggestion s = signedForReview();
    // when
    s.reviewReply(STAFF, ReviewDecision.SENT_BACK, "未说明资金来源", POLICY, day(31));
    // expect
    assertThat(s.takeEvents()).containsExactly(
        new ReplySentBack(0, ReviewStage.OFFICE_REVIEW, "未说明资金来源", STAFF.subject()));
    assertThat(s.state()).isEqualTo(SuggestionState.IN_PROGRESS);
    assertThat(s.replyDueDate()).isEqualTo(DUE.plusDays(10));
    assertThat(s.replyUnderReview()).isNull();
    assertThat(s.replyDraft()).as("the unit drafts again").isNull();
    assertThatThrownBy(() -> s.signReply(HEAD, REVIEW, POLICY, day(32))).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theLeaderSendsTheReplyBackAndTheUnitAnswersAgain() {
    // given
    Suggestion s = signedForReview();
    s.reviewReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(22));
    s.takeEvents();
    // when
    s.signOffReply(LEADER, ReviewDecision.SENT_BACK, "承诺时限过长", POLICY, day(24));
    // expect
    assertThat(s.takeEvents()).containsExactly(
        new ReplySentBack(0, ReviewStage.LEADER_SIGN_OFF, "承诺时限过长", LEADER.subject()));
    assertThat(s.state()).isEqualTo(SuggestionState.IN_PROGRESS);
    assertThat(s.replyDueDate()).isEqualTo(DUE.plusDays(3));
    assertThat(s.replyReviews()).extracting(ReplyReviewStep::decision)
        .containsExactly(ReviewDecision.APPROVED, ReviewDecision.SENT_BACK);
    // and the second reply goes the whole way
    s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.A, "补充后的答复").withoutOpinionsBecause("已征求"), POLICY, day(25));
    s.signReply(HEAD, REVIEW, POLICY, day(26));
    s.reviewReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(27));
    s.signOffReply(LEADER, ReviewDecision.APPROVED, null, POLICY, day(28));
    assertThat(s.state()).isEqualTo(SuggestionState.REPLIED);
    assertThat(s.replies()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("补充后的答复"));
  }

  @Test
  void aReplySentBackInAReHandlingRoundReturnsToReHandling() {
    // given
    Suggestion s = SuggestionBuilder.aSuggestion().coSignedBy("D2").replied(ReplyCategory.A).build();
    s.evaluate(DEPUTY, Rating.UNSATISFIED, null, POLICY, day(22));
    s.orderRehandling(STAFF, null, POLICY, day(23));
    s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.A, "再答复").withoutOpinionsBecause("已征求"), POLICY, day(24));
    s.signReply(HEAD, REVIEW, POLICY, day(25));
    s.takeEvents();
    // when
    s.reviewReply(STAFF, ReviewDecision.SENT_BACK, "仍未回应", POLICY, day(26));
    // expect
    assertThat(s.takeEvents()).containsExactly(new ReplySentBack(1, ReviewStage.OFFICE_REVIEW, "仍未回应", STAFF.subject()));
    assertThat(s.state()).isEqualTo(SuggestionState.REHANDLING);
  }

  @Test
  void sendingBackWithoutAReasonIsRefusedAndChangesNothing() {
    // given
    Suggestion s = signedForReview();
    // when / expect
    assertThatThrownBy(() -> s.reviewReply(STAFF, ReviewDecision.SENT_BACK, " ", POLICY, day(22)))
        .isInstanceOf(RuleViolationException.class).extracting(e -> ((RuleViolationException) e).field())
        .isEqualTo("reason");
    assertThatThrownBy(() -> s.reviewReply(STAFF, null, "x", POLICY, day(22)))
        .isInstanceOf(RuleViolationException.class);
    assertThat(s.state()).isEqualTo(SuggestionState.REPLY_IN_REVIEW);
    assertThat(s.replyReviews()).isEmpty();
    assertThat(s.takeEvents()).isEmpty();
  }

  @Test
  void onlyTheOfficeReviewsAndOnlyALeaderSignsOffEachInItsTurn() {
    // given
    Suggestion s = signedForReview();
    // when / expect
    assertThatThrownBy(() -> s.reviewReply(LEADER, ReviewDecision.APPROVED, null, POLICY, day(22)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> s.reviewReply(HEAD, ReviewDecision.APPROVED, null, POLICY, day(22)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> s.signOffReply(LEADER, ReviewDecision.APPROVED, null, POLICY, day(22)))
        .as("the office reviews first").isInstanceOf(IllegalTransitionException.class);
    s.reviewReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(22));
    assertThatThrownBy(() -> s.signOffReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(23)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> s.reviewReply(STAFF, ReviewDecision.APPROVED, null, POLICY, day(23)))
        .as("reviewed once").isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(23)))
        .as("nothing to rate before the reply is sent").isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aReplyUnderReviewIsNotOverdueAndBringsNoReplyReminders() {
    // given: signed on day 21, still under review after the due date
    Suggestion s = signedForReview();
    LocalDate pastDue = DUE.plusDays(10);
    // when
    List<DeadlineSchedule.Due> due = new DeadlineSchedule(POLICY).dueOn(s, pastDue);
    // expect
    assertThat(s.isOverdueOn(pastDue)).isFalse();
    assertThat(due).isEmpty();
    assertThat(new DeadlineSchedule(POLICY).nextCheck(s)).isNull();
  }
}
