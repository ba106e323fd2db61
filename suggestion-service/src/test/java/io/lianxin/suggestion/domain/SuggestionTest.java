package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every transition of DOMAIN.md §1, and the ones it forbids (state, role, deadline). */
class SuggestionTest {

  /** The types of the events the item recorded since the last call. */
  static List<Class<?>> eventTypes(Suggestion s) {
    return s.takeEvents().stream().<Class<?>>map(Object::getClass).toList();
  }

  @Nested
  class DraftingAndSubmission {

    @Test
    void aSuggestionWithoutCoSignersIsSubmittedWithItsNumber() {
      Suggestion s = drafted(List.of());
      s.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(42), START);
      assertThat(s.state()).isEqualTo(SuggestionState.SUBMITTED);
      assertThat(s.number()).hasToString("2026 建议 第0042号");
      assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.Drafted(Session.RECESS),
          new SuggestionEvent.Submitted(Session.RECESS, START));
    }

    @Test
    void coSignersConfirmOnceAndUnconfirmedOnesAreDroppedAtSubmission() {
      Suggestion s = drafted(List.of("D2", "D3"));
      s.confirmCoSignature(CO_SIGNER, START);
      assertThatThrownBy(() -> s.confirmCoSignature(CO_SIGNER, START)).isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> s.confirmCoSignature(OTHER_DEPUTY, START)).isInstanceOf(ForbiddenException.class);
      s.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(1), START);
      assertThat(s.coSignerDeputyIds()).containsExactly("D2");
    }

    @Test
    void aMotionNeedsTenConfirmedCoSignersAtCountyLevelAndThirtyNationally() {
      List<String> ten = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ten.add("M" + i);
      }
      Suggestion motion = Suggestion.draft("M", DEPUTY, SuggestionDraft.motion("议案", "内容", SuggestionCategory.OTHER)
          .during(Session.SESSION).coSignedBy(ten), START);
      for (int i = 0; i < 9; i++) {
        motion.confirmCoSignature(Fixtures.user("m" + i, io.lianxin.chassis.domain.Role.DEPUTY, "M" + i, null), START);
      }
      assertThatThrownBy(() -> motion.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(1), START))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("10 confirmed");
      motion.confirmCoSignature(Fixtures.user("m9", io.lianxin.chassis.domain.Role.DEPUTY, "M9", null), START);
      assertThatThrownBy(() -> motion.checkCanSubmit(DEPUTY, CongressLevel.NATIONAL, POLICY))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("30 confirmed");
      motion.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(1), START);
      assertThat(motion.state()).isEqualTo(SuggestionState.SUBMITTED);
    }

    @Test
    void aMotionByADelegationNeedsNoCoSigners() {
      Suggestion motion = Suggestion.draft("M", DEPUTY, SuggestionDraft.motion("议案", "内容", SuggestionCategory.OTHER)
          .during(Session.SESSION).byADelegation(), START);
      motion.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(1), START);
      assertThat(motion.state()).isEqualTo(SuggestionState.SUBMITTED);
    }

    @Test
    void onlyTheProposerEditsSubmitsAndWithdraws() {
      Suggestion s = drafted(List.of("D2"));
      for (CurrentUser u : List.of(CO_SIGNER, OTHER_DEPUTY, STAFF, HANDLER)) {
        assertThatThrownBy(() -> s.edit(u, SuggestionDraft.suggestion("t", "b", SuggestionCategory.OTHER)))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.submit(u, CongressLevel.COUNTY, POLICY, number(1), START))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.withdraw(u, "x", START)).isInstanceOf(ForbiddenException.class);
      }
    }

    @Test
    void blankOrOverlongContentIsRejectedWithTheField() {
      assertThatThrownBy(() -> Suggestion.draft("X", DEPUTY, SuggestionDraft.suggestion(" ", "b", SuggestionCategory.OTHER), START))
          .isInstanceOf(RuleViolationException.class)
          .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("title");
      assertThatThrownBy(() -> Suggestion.draft("X", DEPUTY, SuggestionDraft.suggestion("t", "b".repeat(Suggestion.MAX_BODY + 1), SuggestionCategory.OTHER), START))
          .isInstanceOf(RuleViolationException.class);
      assertThatThrownBy(() -> Suggestion.draft("X", STAFF, SuggestionDraft.suggestion("t", "b", SuggestionCategory.OTHER), START))
          .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void withdrawalIsPossibleUntilAssignmentOnly() {
      Suggestion registered = submitted();
      registered.register(STAFF, null, List.of());
      registered.withdraw(DEPUTY, "已解决", START);
      assertThat(registered.state()).isEqualTo(SuggestionState.WITHDRAWN);
      assertThat(registered.outcome()).isEqualTo(Outcome.WITHDRAWN);
      Suggestion assigned = assigned();
      assertThatThrownBy(() -> assigned.withdraw(DEPUTY, "x", START))
          .isInstanceOf(IllegalTransitionException.class)
          .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("ASSIGNED");
    }

    @Test
    void aReturnedItemGoesBackToDraftAndKeepsItsNumberWhenResubmitted() {
      Suggestion s = submitted();
      s.returnToDeputy(STAFF, "请补充具体路段");
      assertThat(s.state()).isEqualTo(SuggestionState.DRAFT);
      assertThat(s.needsNumber()).isFalse();
      s.edit(DEPUTY, SuggestionDraft.suggestion("关于修复某某路段的建议", "补充了路段。", SuggestionCategory.TRANSPORT).coSignedBy(List.of("D2")));
      s.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(99), day(2));
      assertThat(s.number()).isEqualTo(number(1));
    }
  }

  @Nested
  class Registration {

    @Test
    void staffRegisterReCategoriseAndLink() {
      Suggestion s = submitted();
      s.register(STAFF, SuggestionCategory.URBAN_MANAGEMENT, List.of("S7", "S1"));
      assertThat(s.state()).isEqualTo(SuggestionState.REGISTERED);
      assertThat(s.category()).isEqualTo(SuggestionCategory.URBAN_MANAGEMENT);
      assertThat(s.linkedIds()).containsExactly("S7");
    }

    @Test
    void staffDeclineOrMergeWithAReason() {
      Suggestion declined = submitted();
      declined.notRegister(STAFF, "作为群众来信处理", START);
      assertThat(declined.state()).isEqualTo(SuggestionState.NOT_REGISTERED);
      Suggestion merged = submitted();
      Suggestion target = SuggestionBuilder.aSuggestion().withId("S7").assigned().build();
      merged.mergeInto(STAFF, target, START);
      assertThat(merged.mergedInto()).isEqualTo("S7");
      assertThatThrownBy(() -> submitted().mergeInto(STAFF, submitted(), START)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aMergedItemIsToldTheTargetsNumberAndItsDeputiesFollowTheTarget() {
      // given
      Suggestion target = SuggestionBuilder.aSuggestion().withId("S7").assigned().build();
      Suggestion merged = SuggestionBuilder.aSuggestion().withId("S8").coSignedBy("D2").submitted().build();
      merged.takeEvents();
      // when
      merged.mergeInto(STAFF, target, START);
      // expect
      assertThat(merged.mergedIntoNumber()).isEqualTo("2026 建议 第0001号");
      assertThat(merged.takeEvents()).containsExactly(new SuggestionEvent.NotRegistered(
          "合并至 / merged into 2026 建议 第0001号", "S7", "2026 建议 第0001号"));
      MergedItems intoTarget = MergedItems.into(target, List.of(merged, submitted()));
      assertThat(intoTarget.items()).extracting(MergedItems.MergedItem::id).containsExactly("S8");
      assertThat(intoTarget.followerDeputyIds()).containsExactly("D1", "D2");
    }

    @Test
    void onlyARegisteredItemCanBeMergedInto() {
      // given
      Suggestion merged = submitted();
      Suggestion notRegistered = SuggestionBuilder.aSuggestion().withId("S7").submitted().build();
      notRegistered.notRegister(STAFF, "不属于建议", START);
      // when / expect
      assertThatThrownBy(() -> merged.mergeInto(STAFF, notRegistered, START))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("NOT_REGISTERED");
      assertThatThrownBy(() -> merged.mergeInto(STAFF, SuggestionBuilder.aSuggestion().withId("S9").drafted().build(),
          START)).isInstanceOf(RuleViolationException.class);
      assertThat(merged.state()).isEqualTo(SuggestionState.SUBMITTED);
    }

    @Test
    void onlyStaffRegisterAndOnlyWhenSubmitted() {
      for (CurrentUser u : List.of(DEPUTY, LEADER, HANDLER, HEAD, ADMIN)) {
        assertThatThrownBy(() -> submitted().register(u, null, List.of())).isInstanceOf(ForbiddenException.class);
      }
      assertThatThrownBy(() -> drafted(List.of()).register(STAFF, null, List.of()))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> submitted().returnToDeputy(STAFF, " ")).isInstanceOf(RuleViolationException.class);
    }
  }

  @Nested
  class Assignment {

    @Test
    void theReplyIsDueInThreeMonthsOrSixWhenComplex() {
      Suggestion s = assigned();
      assertThat(s.replyDueDate()).isEqualTo(LocalDate.of(2026, 6, 2));
      assertThat(s.assignment().coUnitIds()).containsExactly("U2");
      Suggestion complex = submitted();
      complex.register(STAFF, null, List.of());
      complex.assign(STAFF, AssignTo.lead("U1").withCoUnits(List.of("U1", "U2")).asComplex(), POLICY, START);
      assertThat(complex.replyDueDate()).isEqualTo(LocalDate.of(2026, 9, 2));
      assertThat(complex.assignment().coUnitIds()).as("the lead unit is not its own co-unit").containsExactly("U2");
    }

    @Test
    void theLeadUnitDisputesWithinFiveWorkingDaysAndStaffReassign() {
      Suggestion s = assigned(); // assigned Monday 2026-03-02: 5 working days end Monday 2026-03-09
      WorkingCalendar calendar = WorkingCalendar.weekendsOnly();
      assertThatThrownBy(() -> s.dispute(CO_UNIT, "不属于本单位职责", POLICY, calendar, day(1)))
          .isInstanceOf(ForbiddenException.class);
      s.dispute(HANDLER, "不属于本单位职责", POLICY, calendar, day(7));
      assertThat(s.state()).isEqualTo(SuggestionState.ASSIGNMENT_DISPUTED);
      s.reassign(STAFF, AssignTo.lead("U3"), POLICY, day(8));
      assertThat(s.state()).isEqualTo(SuggestionState.ASSIGNED);
      assertThat(s.assignment().leadUnitId()).isEqualTo("U3");
      assertThat(s.replyDueDate()).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @Test
    void aDisputeAfterFiveWorkingDaysIsRefusedAndHolidaysDoNotCount() {
      WorkingCalendar calendar = WorkingCalendar.weekendsOnly();
      assertThatThrownBy(() -> assigned().dispute(HANDLER, "晚了", POLICY, calendar, day(8)))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("2026-03-09");
      WorkingCalendar withHoliday = new WorkingCalendar(Set.of(LocalDate.of(2026, 3, 4)), Set.of());
      Suggestion s = assigned();
      s.dispute(HANDLER, "假日顺延", POLICY, withHoliday, day(8));
      assertThat(s.state()).isEqualTo(SuggestionState.ASSIGNMENT_DISPUTED);
    }

    @Test
    void onlyAssignedItemsAreAccepted_byTheLeadUnit() {
      assertThatThrownBy(() -> assigned().accept(CO_UNIT, "x", "y", START)).isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> assigned().accept(OTHER_UNIT, "x", "y", START)).isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> inProgress().accept(HANDLER, "x", "y", START)).isInstanceOf(IllegalTransitionException.class);
      Suggestion s = inProgress();
      assertThat(s.handlerName()).isEqualTo("王承办");
      assertThat(s.responsibleLeader()).isEqualTo("李局长");
    }
  }

  @Nested
  class Handling {

    @Test
    void theUnitLogsTheContactsNumberedAndNoDeputyLogsOne() {
      // given
      Suggestion s = inProgress();
      s.takeEvents();
      // when
      s.logContact(HANDLER, ContactPhase.BEFORE, LocalDate.of(2026, 3, 3), ContactMode.VISIT, "走访了解诉求", POLICY, day(2));
      // expect
      assertThat(s.contacts()).extracting(Contact::number).containsExactly(1);
      assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.ContactLogged(ContactPhase.BEFORE, ContactMode.VISIT,
          LocalDate.of(2026, 3, 3), false, 1, null, null));
      assertThatThrownBy(() -> s.logContact(HANDLER, ContactPhase.DURING, LocalDate.of(2026, 4, 1), ContactMode.PHONE,
          "未来", POLICY, day(2))).isInstanceOf(RuleViolationException.class);
      assertThatThrownBy(() -> s.logContact(DEPUTY, ContactPhase.DURING, LocalDate.of(2026, 3, 3),
          ContactMode.PHONE, "代表自己记一条", POLICY, day(2))).isInstanceOf(ForbiddenException.class);
      assertThat(s.contacts()).hasSize(1);
    }

    @Test
    void theProposerConfirmsALoggedContactOnce() {
      // given
      Suggestion s = inProgress();
      s.logContact(HANDLER, ContactPhase.BEFORE, LocalDate.of(2026, 3, 3), ContactMode.VISIT, "走访了解诉求", POLICY, day(2));
      s.takeEvents();
      // when
      s.answerContact(DEPUTY, 1, ContactResponse.CONFIRMED, null, day(3));
      // expect
      assertThat(s.contacts()).singleElement().satisfies(c -> {
        assertThat(c.deputyAnswer().response()).isEqualTo(ContactResponse.CONFIRMED);
        assertThat(c.deputyAnswer().deputyId()).isEqualTo("D1");
        assertThat(c.notes()).as("the unit's entry stays as logged").isEqualTo("走访了解诉求");
      });
      assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.ContactLogged(ContactPhase.BEFORE, ContactMode.VISIT,
          LocalDate.of(2026, 3, 3), true, 1, ContactResponse.CONFIRMED, null));
      assertThatThrownBy(() -> s.answerContact(DEPUTY, 1, ContactResponse.DISPUTED, "改主意", day(4)))
          .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aDisputeOfAContactGivesItsReasonAndOnlyTheProposerAnswers() {
      // given
      Suggestion s = SuggestionBuilder.aSuggestion().coSignedBy("D2").inProgress().build();
      s.logContact(HANDLER, ContactPhase.DURING, LocalDate.of(2026, 3, 3), ContactMode.PHONE, "电话沟通", POLICY, day(2));
      // when / expect
      assertThatThrownBy(() -> s.answerContact(DEPUTY, 1, ContactResponse.DISPUTED, " ", day(3)))
          .isInstanceOf(RuleViolationException.class).extracting(e -> ((RuleViolationException) e).field())
          .isEqualTo("reason");
      assertThatThrownBy(() -> s.answerContact(CO_SIGNER, 1, ContactResponse.CONFIRMED, null, day(3)))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> s.answerContact(DEPUTY, 2, ContactResponse.CONFIRMED, null, day(3)))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("no contact 2");
      s.answerContact(DEPUTY, 1, ContactResponse.DISPUTED, "未接到电话", day(3));
      assertThat(s.contacts().get(0).deputyAnswer().reason()).isEqualTo("未接到电话");
      assertThat(s.takeEvents()).last().isEqualTo(new SuggestionEvent.ContactLogged(ContactPhase.DURING,
          ContactMode.PHONE, LocalDate.of(2026, 3, 3), false, 1, ContactResponse.DISPUTED, "未接到电话"));
    }

    @Test
    void coUnitsGiveOneOpinionPerRoundAndTheReplyWaitsForThemOrSaysWhy() {
      Suggestion s = inProgress();
      assertThatThrownBy(() -> s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.A, "答复"), POLICY, day(20)))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("U2");
      s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.A, "答复").withoutOpinionsBecause("协办单位逾期未复"), POLICY, day(20));
      s.submitCoUnitOpinion(CO_UNIT, "同意", day(21));
      assertThatThrownBy(() -> s.submitCoUnitOpinion(CO_UNIT, "再次", day(22))).isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> s.submitCoUnitOpinion(HANDLER, "主办不是协办", day(22))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aBReplyNeedsCommitmentsAndACReplyAReason() {
      Suggestion s = inProgress();
      s.submitCoUnitOpinion(CO_UNIT, "同意", day(5));
      assertThatThrownBy(() -> s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.B, "计划中"), POLICY, day(20)))
          .isInstanceOf(RuleViolationException.class).extracting(e -> ((RuleViolationException) e).field())
          .isEqualTo("commitments");
      assertThatThrownBy(() -> s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.C, "暂不能"), POLICY, day(20)))
          .isInstanceOf(RuleViolationException.class).extracting(e -> ((RuleViolationException) e).field())
          .isEqualTo("reason");
      assertThatThrownBy(() -> s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.B, "计划中")
          .promising(List.of(new Suggestion.CommitmentDraft("过去", LocalDate.of(2026, 1, 1)))), POLICY, day(20)))
          .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theHandlerDraftsAndOnlyTheUnitHeadSigns() {
      Suggestion s = inProgress();
      s.submitCoUnitOpinion(CO_UNIT, "同意", day(5));
      assertThatThrownBy(() -> s.signReply(HEAD, NO_REVIEW, POLICY, day(20))).isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> s.draftReply(HEAD, ReplyContent.of(ReplyCategory.A, "答复"), POLICY, day(20)))
          .isInstanceOf(ForbiddenException.class);
      s.draftReply(HANDLER, ReplyContent.of(ReplyCategory.A, "答复"), POLICY, day(20));
      assertThatThrownBy(() -> s.signReply(HANDLER, NO_REVIEW, POLICY, day(21))).isInstanceOf(ForbiddenException.class);
      s.signReply(HEAD, NO_REVIEW, POLICY, day(21));
      assertThat(s.state()).isEqualTo(SuggestionState.REPLIED);
      assertThat(s.latestReply().onTime()).isTrue();
      assertThat(s.evaluationDueDate()).isEqualTo(LocalDate.of(2026, 3, 23).plusDays(30));
    }

    @Test
    void aBReplyPutsItsCommitmentsInTheLedger() {
      Suggestion s = replied(ReplyCategory.B);
      assertThat(s.commitments()).singleElement().satisfies(c -> {
        assertThat(c.status()).isEqualTo(Commitment.Status.OPEN);
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
      });
    }
  }

  @Nested
  class EvaluationAndRehandling {

    @Test
    void aSatisfiedProposerClosesTheItem() {
      Suggestion s = replied(ReplyCategory.A);
      s.takeEvents();
      s.evaluate(DEPUTY, Rating.BASICALLY_SATISFIED, "基本满意", POLICY, day(25));
      assertThat(s.state()).isEqualTo(SuggestionState.CLOSED);
      assertThat(s.outcome()).isEqualTo(Outcome.BASICALLY_SATISFIED);
      assertThat(s.takeEvents()).containsExactly(
          new SuggestionEvent.Evaluated("D1", Rating.BASICALLY_SATISFIED, 0, true),
          new SuggestionEvent.Closed(Outcome.BASICALLY_SATISFIED, 0));
    }

    @Test
    void eachDeputyRatesOncePerRoundAndOthersNotAtAll() {
      Suggestion s = replied(ReplyCategory.A);
      s.evaluate(CO_SIGNER, Rating.SATISFIED, null, POLICY, day(22));
      assertThat(s.state()).as("a co-signer's rating does not decide").isEqualTo(SuggestionState.REPLIED);
      assertThatThrownBy(() -> s.evaluate(CO_SIGNER, Rating.SATISFIED, null, POLICY, day(22)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> s.evaluate(OTHER_DEPUTY, Rating.SATISFIED, null, POLICY, day(22)))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> s.evaluate(STAFF, Rating.SATISFIED, null, POLICY, day(22)))
          .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCoSignerRatesAfterTheProposersRatingClosedTheItemAndTheRatingIsRecorded() {
      // given
      Suggestion s = replied(ReplyCategory.A);
      s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      s.takeEvents();
      // when
      s.evaluate(CO_SIGNER, Rating.UNSATISFIED, "进度慢", POLICY, day(40));
      // expect
      assertThat(s.state()).as("the proposer's rating decided").isEqualTo(SuggestionState.CLOSED);
      assertThat(s.outcome()).isEqualTo(Outcome.SATISFIED);
      assertThat(s.evaluations()).extracting(Evaluation::deputyId).containsExactly("D1", "D2");
      assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.Evaluated("D2", Rating.UNSATISFIED, 0, false));
    }

    @Test
    void aRatingThatCannotCountIsRefusedWithTheReason() {
      // given: the proposer unsatisfied, re-handling ordered before the co-signer rated
      Suggestion s = replied(ReplyCategory.C);
      s.evaluate(DEPUTY, Rating.UNSATISFIED, null, POLICY, day(22));
      s.orderRehandling(STAFF, null, POLICY, day(23));
      // when / expect
      assertThatThrownBy(() -> s.evaluate(CO_SIGNER, Rating.SATISFIED, null, POLICY, day(24)))
          .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("superseded");
      Suggestion late = replied(ReplyCategory.A);
      late.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      assertThatThrownBy(() -> late.evaluate(CO_SIGNER, Rating.SATISFIED, null, POLICY, day(52)))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot count");
      assertThat(late.evaluations()).hasSize(1);
    }

    @Test
    void theEvaluationWindowIsThirtyDays() {
      Suggestion s = replied(ReplyCategory.A); // replied 2026-03-23, window until 2026-04-22
      assertThatThrownBy(() -> s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(52)))
          .isInstanceOf(RuleViolationException.class).hasMessageContaining("2026-04-22");
    }

    @Test
    void unsatisfiedGoesToReHandlingAtMostTwiceThenCloses() {
      Suggestion s = replied(ReplyCategory.C);
      s.evaluate(DEPUTY, Rating.UNSATISFIED, "不满意", POLICY, day(22));
      assertThat(s.state()).isEqualTo(SuggestionState.EVALUATED);
      assertThatThrownBy(() -> s.orderRehandling(HANDLER, null, POLICY, day(23))).isInstanceOf(ForbiddenException.class);
      for (int round = 1; round <= 2; round++) {
        s.orderRehandling(STAFF, round == 2 ? "U0" : null, POLICY, day(23 * round));
        assertThat(s.state()).isEqualTo(SuggestionState.REHANDLING);
        assertThat(s.round()).isEqualTo(round);
        assertThat(s.replyDueDate()).isEqualTo(LocalDate.ofInstant(day(23 * round), ZONE).plusMonths(1));
        CurrentUser lead = round == 2 ? Fixtures.user("h0", io.lianxin.chassis.domain.Role.UNIT_HANDLER, null, "U0") : HANDLER;
        CurrentUser head = round == 2 ? Fixtures.user("k0", io.lianxin.chassis.domain.Role.UNIT_HEAD, null, "U0") : HEAD;
        s.draftReply(lead, ReplyContent.of(ReplyCategory.C, "再答复").because("仍有困难")
            .withoutOpinionsBecause("已征求"), POLICY, day(23 * round + 1));
        s.signReply(head, NO_REVIEW, POLICY, day(23 * round + 2));
        s.evaluate(DEPUTY, Rating.UNSATISFIED, "仍不满意", POLICY, day(23 * round + 3));
      }
      assertThat(s.state()).as("rounds used up: closed with the last rating").isEqualTo(SuggestionState.CLOSED);
      assertThat(s.outcome()).isEqualTo(Outcome.UNSATISFIED);
      assertThat(s.replies()).hasSize(3);
    }

    @Test
    void reHandlingIsOnlyForUnsatisfiedItemsAndStaffMayCloseInstead() {
      Suggestion s = replied(ReplyCategory.A);
      s.evaluate(DEPUTY, Rating.UNSATISFIED, null, POLICY, day(22));
      s.closeUnsatisfied(STAFF, day(23));
      assertThat(s.outcome()).isEqualTo(Outcome.UNSATISFIED);
      assertThatThrownBy(() -> s.orderRehandling(STAFF, null, POLICY, day(24))).isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Nested
  class PublicationKeyAndDirectChannel {

    @Test
    void closedItemsArePublishedUnlessWithheld() {
      Suggestion s = replied(ReplyCategory.A);
      assertThatThrownBy(() -> s.publish(STAFF, null, PersonalDataCheck.REFUSE_IF_FOUND, day(22))).isInstanceOf(IllegalTransitionException.class);
      s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      s.publish(STAFF, null, PersonalDataCheck.REFUSE_IF_FOUND, day(23));
      assertThat(s.state()).isEqualTo(SuggestionState.PUBLISHED);
      Suggestion secret = replied(ReplyCategory.A);
      secret.markNotPublic(STAFF, "涉及个人信息");
      secret.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      assertThatThrownBy(() -> secret.publish(STAFF, null, PersonalDataCheck.REFUSE_IF_FOUND, day(23))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyTheSupervisingLeaderAddsNotesToAKeyItem() {
      Suggestion s = inProgress();
      s.markKey(STAFF, "leader");
      s.addSupervisionNote(LEADER, "请加快进度", ProgressReport.REQUESTED, LocalDate.of(2026, 3, 20), POLICY, day(3));
      assertThat(s.supervisionNotes()).singleElement().extracting(SupervisionNote::progressReportRequested).isEqualTo(true);
      CurrentUser anotherLeader = Fixtures.user("leader2", io.lianxin.chassis.domain.Role.LEADER, null, null);
      assertThatThrownBy(() -> s.addSupervisionNote(anotherLeader, "x", ProgressReport.NOT_REQUESTED, null, POLICY, day(3)))
          .isInstanceOf(io.lianxin.chassis.domain.RuleViolationException.class);
      assertThatThrownBy(() -> s.markKey(LEADER, "leader")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDirectChannelIsForRecessItemsAndRecordsOneInstruction() {
      Suggestion s = assigned();
      assertThatThrownBy(() -> s.recordInstruction(STAFF, "x", "y", day(1))).isInstanceOf(IllegalTransitionException.class);
      s.sendDirectChannel(STAFF, List.of("U-party", "U-gov"), register(), day(1));
      s.recordInstruction(STAFF, "请交通局抓紧办理", "县长", day(3));
      assertThat(s.directChannel().instruction()).isEqualTo("请交通局抓紧办理");
      assertThatThrownBy(() -> s.sendDirectChannel(STAFF, List.of("U-gov"), register(), day(4))).isInstanceOf(IllegalTransitionException.class);
      Suggestion duringSession = Suggestion.draft("S2", DEPUTY, SuggestionDraft.suggestion("t", "b", SuggestionCategory.OTHER)
          .during(Session.SESSION), START);
      duringSession.submit(DEPUTY, CongressLevel.COUNTY, POLICY, number(2), START);
      duringSession.register(STAFF, null, List.of());
      assertThatThrownBy(() -> duringSession.sendDirectChannel(STAFF, List.of("U-gov"), register(), day(1)))
          .isInstanceOf(RuleViolationException.class);
    }
  }

  @Nested
  class CommitmentsAndDeadlines {

    @Test
    void theLeadUnitFulfilsACommitmentWithEvidenceOnce() {
      Suggestion s = replied(ReplyCategory.B);
      String id = s.commitments().get(0).id();
      assertThatThrownBy(() -> s.fulfilCommitment(CO_UNIT, id, "x", POLICY, day(30))).isInstanceOf(ForbiddenException.class);
      s.fulfilCommitment(HANDLER, id, "已修复，附照片", POLICY, day(30));
      assertThat(s.commitments().get(0).fulfilledOnTime()).isTrue();
      assertThatThrownBy(() -> s.fulfilCommitment(HANDLER, id, "again", POLICY, day(31)))
          .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void replyRemindersComeAtFourteenAndThreeDaysThenOverdueWeeklyEachOnce() {
      Suggestion s = inProgress(); // due 2026-06-02
      s.takeEvents();
      LocalDate due = s.replyDueDate();
      assertThat(s.applyDeadlines(due.minusMonths(1).minusDays(1), POLICY, START)).isFalse();
      assertThat(s.applyDeadlines(due.minusMonths(1), POLICY, START)).as("co-unit opinion due").isTrue();
      assertThat(s.applyDeadlines(due.minusDays(15), POLICY, START)).isFalse();
      assertThat(s.applyDeadlines(due.minusDays(14), POLICY, START)).isTrue();
      assertThat(s.applyDeadlines(due.minusDays(13), POLICY, START)).as("not again").isFalse();
      assertThat(s.applyDeadlines(due.minusDays(3), POLICY, START)).isTrue();
      assertThat(s.applyDeadlines(due, POLICY, START)).isFalse();
      assertThat(s.applyDeadlines(due.plusDays(1), POLICY, START)).isTrue();
      assertThat(s.applyDeadlines(due.plusDays(7), POLICY, START)).isFalse();
      assertThat(s.applyDeadlines(due.plusDays(8), POLICY, START)).as("a week later").isTrue();
      List<Class<?>> events = eventTypes(s);
      assertThat(events).filteredOn(e -> e == SuggestionEvent.ReplyDueSoon.class).hasSize(2);
      assertThat(events).filteredOn(e -> e == SuggestionEvent.ReplyOverdue.class).hasSize(2);
      assertThat(events).filteredOn(e -> e == SuggestionEvent.CoUnitOpinionDue.class).hasSize(1);
    }

    @Test
    void aMissedFourteenDayReminderIsNotSentLateWhenThreeDaysAreLeft() {
      Suggestion s = inProgress();
      s.submitCoUnitOpinion(CO_UNIT, "同意", day(2));
      s.takeEvents();
      s.applyDeadlines(s.replyDueDate().minusDays(2), POLICY, START);
      List<SuggestionEvent> events = s.takeEvents();
      assertThat(events).containsExactly(new SuggestionEvent.ReplyDueSoon(s.replyDueDate(), 2, 0));
    }

    @Test
    void evaluationRemindersAtDaysSevenAndTwentyOneThenNotEvaluatedClosesIt() {
      Suggestion s = replied(ReplyCategory.A);
      s.takeEvents();
      LocalDate replied = s.repliedOn();
      s.applyDeadlines(replied.plusDays(7), POLICY, START);
      s.applyDeadlines(replied.plusDays(21), POLICY, START);
      s.applyDeadlines(replied.plusDays(30), POLICY, START);
      assertThat(s.state()).isEqualTo(SuggestionState.REPLIED);
      s.applyDeadlines(replied.plusDays(31), POLICY, day(52));
      assertThat(s.state()).isEqualTo(SuggestionState.CLOSED);
      assertThat(s.outcome()).isEqualTo(Outcome.NOT_EVALUATED);
      assertThat(eventTypes(s)).containsExactly(SuggestionEvent.EvaluationDueSoon.class, SuggestionEvent.EvaluationDueSoon.class, SuggestionEvent.Closed.class);
    }

    @Test
    void commitmentsAreRemindedThenTurnOverdueAndCanStillBeFulfilledLate() {
      Suggestion s = replied(ReplyCategory.B);
      s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      s.takeEvents();
      LocalDate due = s.commitments().get(0).dueDate();
      s.applyDeadlines(due.minusDays(14), POLICY, START);
      s.applyDeadlines(due.plusDays(1), POLICY, START);
      assertThat(eventTypes(s)).containsExactly(SuggestionEvent.CommitmentDueSoon.class, SuggestionEvent.CommitmentOverdue.class);
      assertThat(s.commitments().get(0).status()).isEqualTo(Commitment.Status.OVERDUE);
      s.openLookBack(STAFF, "回头看");
      assertThat(s.lookBack()).isTrue();
      s.fulfilCommitment(HANDLER, s.commitments().get(0).id(), "补办完成", POLICY,
          due.plusDays(10).atStartOfDay(ZONE).toInstant());
      assertThat(s.commitments().get(0).fulfilledOnTime()).isFalse();
      assertThat(s.takeEvents()).last()
          .isEqualTo(new SuggestionEvent.CommitmentFulfilled(s.commitments().get(0).id(), due, true));
    }

    @Test
    void aLookBackNeedsUnfulfilledCommitments() {
      Suggestion s = replied(ReplyCategory.A);
      s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      assertThatThrownBy(() -> s.openLookBack(STAFF, "x")).isInstanceOf(RuleViolationException.class);
    }
  }

  @Nested
  class Visibility {

    @Test
    void draftsAreTheDeputysAndSubmittedItemsTheOffices() {
      Suggestion draft = drafted(List.of("D2"));
      assertThat(SuggestionAccess.visibleTo(draft, DEPUTY)).isTrue();
      assertThat(SuggestionAccess.visibleTo(draft, CO_SIGNER)).isTrue();
      assertThat(SuggestionAccess.visibleTo(draft, STAFF)).isFalse();
      assertThat(SuggestionAccess.visibleTo(draft, OTHER_DEPUTY)).isFalse();
      Suggestion assigned = assigned();
      assertThat(SuggestionAccess.visibleTo(assigned, STAFF)).isTrue();
      assertThat(SuggestionAccess.visibleTo(assigned, HANDLER)).isTrue();
      assertThat(SuggestionAccess.visibleTo(assigned, CO_UNIT)).isTrue();
      assertThat(SuggestionAccess.visibleTo(assigned, OTHER_UNIT)).isFalse();
      CurrentUser otherCongress = new CurrentUser("x", "x", Set.of(io.lianxin.chassis.domain.Role.COMMITTEE_STAFF),
          "C2", null, null);
      assertThat(SuggestionAccess.visibleTo(assigned, otherCongress)).isFalse();
    }
  }
}
