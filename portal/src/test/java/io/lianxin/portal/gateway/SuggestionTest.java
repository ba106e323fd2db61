package io.lianxin.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static Suggestion in(String state, LocalDate replyDueDate, LocalDate assignedDueDate) {
    return new Suggestion("S-1", "2026-001", "SUGGESTION", state, "标题", "正文", "HOUSING", "D-1", null, null, null,
        replyDueDate, assignedDueDate == null ? null
            : new Suggestion.Assignment("U-1", List.of(), assignedDueDate));
  }

  @Test
  void anItemInHandlingPastItsDeadlineIsOverdue() {
    // given
    Suggestion item = in("IN_PROGRESS", TODAY.minusDays(1), null);
    // when
    boolean overdue = item.overdue(TODAY);
    // expect
    assertThat(overdue).isTrue();
  }

  @Test
  void itsDeadlineDayItselfIsNotOverdue() {
    // given
    Suggestion item = in("IN_PROGRESS", TODAY, null);
    // when
    boolean overdue = item.overdue(TODAY);
    // expect
    assertThat(overdue).isFalse();
  }

  @Test
  void aRepliedItemIsNoLongerOverdue() {
    // given
    Suggestion item = in("REPLIED", TODAY.minusDays(30), null);
    // when
    boolean overdue = item.overdue(TODAY);
    // expect
    assertThat(overdue).isFalse();
  }

  @Test
  void theDeadlineIsTheAssignmentsWhenTheItemCarriesNone() {
    // given
    Suggestion item = in("ASSIGNED", null, TODAY.minusDays(2));
    // when
    LocalDate deadline = item.deadline();
    // expect
    assertThat(deadline).isEqualTo(TODAY.minusDays(2));
    assertThat(item.overdue(TODAY)).isTrue();
  }

  @Test
  void aDraftHasNoDeadline() {
    // given
    Suggestion item = in("DRAFT", null, null);
    // when
    LocalDate deadline = item.deadline();
    // expect
    assertThat(deadline).isNull();
    assertThat(item.overdue(TODAY)).isFalse();
  }

  private static Suggestion replied(String state, int round, List<Suggestion.Evaluation> evaluations) {
    Suggestion.Reply reply = new Suggestion.Reply(1, "U-1", "A", "已解决", null, null, "h", "head", TODAY, TODAY);
    return new Suggestion("S-1", "2026-001", "SUGGESTION", state, "标题", "正文", "HOUSING", "D-1",
        List.of(new Suggestion.CoSigner("D-2", null)), null, null, null, null, round, null, null, null, null,
        List.of(reply), TODAY.plusDays(30), evaluations, null, null, null, null, null);
  }

  @Test
  void theProposerAndCoSignersRateTheCurrentRoundsReplyOnceWhileTheWindowIsOpen() {
    // given
    Suggestion item = replied("REPLIED", 1, List.of(new Suggestion.Evaluation("D-2", 1, "SATISFIED", null, null)));
    // expect
    assertThat(item.awaitsRatingBy("D-1", TODAY)).isTrue();
    assertThat(item.awaitsRatingBy("D-2", TODAY)).as("rated this round").isFalse();
    assertThat(item.ratingBy("D-2").rating()).isEqualTo("SATISFIED");
    assertThat(item.awaitsRatingBy("D-9", TODAY)).as("not the item's deputy").isFalse();
    assertThat(item.awaitsRatingBy("D-1", TODAY.plusDays(31))).as("the window closed").isFalse();
  }

  @Test
  void aReplySupersededByReHandlingIsNotRated() {
    // given
    Suggestion item = replied("REHANDLING", 2, List.of());
    // expect
    assertThat(item.awaitsRatingBy("D-1", TODAY)).isFalse();
  }

  private static Suggestion withDeputies(String state, List<Suggestion.CoSigner> coSigners,
      List<Suggestion.Contact> contacts) {
    return new Suggestion("S-1", "2026-001", "SUGGESTION", state, "标题", "正文", "HOUSING", "D-1", coSigners, null,
        null, null, null, 1, null, null, contacts, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void onlyAnUnconfirmedCoSignerOfADraftIsAskedToConfirm() {
    // given
    List<Suggestion.CoSigner> coSigners = List.of(new Suggestion.CoSigner("D-2", null),
        new Suggestion.CoSigner("D-3", java.time.Instant.parse("2026-03-01T00:00:00Z")));
    // when
    Suggestion draft = withDeputies("DRAFT", coSigners, List.of());
    Suggestion submitted = withDeputies("SUBMITTED", coSigners, List.of());
    // expect
    assertThat(draft.awaitsCoSignatureOf("D-2")).isTrue();
    assertThat(draft.awaitsCoSignatureOf("D-3")).as("confirmed already").isFalse();
    assertThat(draft.awaitsCoSignatureOf("D-1")).as("the proposer").isFalse();
    assertThat(submitted.awaitsCoSignatureOf("D-2")).as("no longer a draft").isFalse();
  }

  @Test
  void theProposerWithdrawsOnlyBeforeAssignment() {
    // expect
    assertThat(withDeputies("REGISTERED", List.of(), List.of()).mayBeWithdrawnBy("D-1")).isTrue();
    assertThat(withDeputies("REGISTERED", List.of(), List.of()).mayBeWithdrawnBy("D-2")).as("not the proposer")
        .isFalse();
    assertThat(withDeputies("ASSIGNED", List.of(), List.of()).mayBeWithdrawnBy("D-1")).isFalse();
  }

  @Test
  void theProposerAnswersEachContactOnceWhileTheItemIsHandledOrAnswered() {
    // given
    List<Suggestion.Contact> contacts = List.of(
        new Suggestion.Contact(1, "BEFORE", TODAY, "VISIT", "办前走访", new Suggestion.DeputyAnswer("CONFIRMED", null)),
        new Suggestion.Contact(2, "DURING", TODAY, "PHONE", "电话", null));
    // when
    Suggestion inProgress = withDeputies("IN_PROGRESS", List.of(), contacts);
    // expect
    assertThat(inProgress.contactsToAnswerBy("D-1")).containsExactly(2);
    assertThat(inProgress.contactsToAnswerBy("D-2")).as("only the proposer answers").isEmpty();
    assertThat(withDeputies("ASSIGNED", List.of(), contacts).contactsToAnswerBy("D-1")).isEmpty();
  }

  private static Suggestion handled(String state, List<Suggestion.CoUnitOpinion> opinions,
      List<Suggestion.Commitment> commitments) {
    return new Suggestion("S-1", "2026-001", "SUGGESTION", state, "标题", "正文", "HOUSING", "D-1", null, null, null,
        null, new Suggestion.Assignment("U-lead", List.of("U-co"), TODAY), 1, null, null, null, null, null, null,
        null, null, opinions, commitments, null, null);
  }

  @Test
  void aCoUnitGivesItsOpinionOnceARoundWhileTheItemIsHandledAndTheLeadUnitGivesNone() {
    // given
    Suggestion inProgress = handled("IN_PROGRESS", List.of(), List.of());
    Suggestion given = handled("IN_PROGRESS", List.of(new Suggestion.CoUnitOpinion("U-co", 1, "同意", null)), List.of());
    // expect
    assertThat(inProgress.takesCoUnitOpinionFrom("U-co")).isTrue();
    assertThat(inProgress.takesCoUnitOpinionFrom("U-lead")).isFalse();
    assertThat(given.takesCoUnitOpinionFrom("U-co")).isFalse();
    assertThat(handled("REPLIED", List.of(), List.of()).takesCoUnitOpinionFrom("U-co")).isFalse();
  }

  @Test
  void theLeadUnitReportsTheCommitmentsItStillOwesOnceItsReplyIsSent() {
    // given
    Suggestion.Commitment open = new Suggestion.Commitment("c-1", "改造", TODAY, "OPEN", null, null);
    Suggestion.Commitment overdue = new Suggestion.Commitment("c-2", "更新", TODAY, "OVERDUE", null, null);
    Suggestion.Commitment fulfilled = new Suggestion.Commitment("c-3", "修缮", TODAY, "FULFILLED", "验收", TODAY);
    Suggestion replied = handled("REPLIED", List.of(), List.of(open, overdue, fulfilled));
    // expect
    assertThat(replied.commitmentsToFulfilBy("U-lead")).containsExactly(open, overdue);
    assertThat(replied.commitmentsToFulfilBy("U-co")).isEmpty();
    assertThat(handled("IN_PROGRESS", List.of(), List.of(open)).commitmentsToFulfilBy("U-lead")).isEmpty();
  }
}
