package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The handling states (办理中), and what "overdue" means in them. */
class SuggestionStateTest {

  @Test
  void theUnitsOweAReplyWhileAssignedDisputedInProgressOrReHandled() {
    // expect
    assertThat(SuggestionState.HANDLING).containsExactlyInAnyOrder(SuggestionState.ASSIGNED,
        SuggestionState.ASSIGNMENT_DISPUTED, SuggestionState.IN_PROGRESS, SuggestionState.REHANDLING);
    assertThat(Arrays.stream(SuggestionState.values()).filter(SuggestionState::isHandling))
        .containsExactlyInAnyOrderElementsOf(SuggestionState.HANDLING);
  }

  @Test
  void anItemIsOverdueAfterItsDueDateWhileItIsHandled() {
    // given
    Suggestion handled = aSuggestion().inProgress().build();
    Suggestion replied = aSuggestion().replied(ReplyCategory.A).build();
    LocalDate due = handled.replyDueDate();
    // expect
    assertThat(handled.isOverdueOn(due)).as("due today: not yet").isFalse();
    assertThat(handled.isOverdueOn(due.plusDays(1))).isTrue();
    assertThat(replied.isOverdueOn(replied.replyDueDate().plusDays(1))).as("replied").isFalse();
    assertThat(HandlingReport.isOverdue(handled, due.plusDays(1))).as("the report counts the same").isTrue();
  }

  @Test
  void unfulfilledCommitmentsAreTheOpenAndTheOverdue() {
    // expect
    assertThat(Commitment.UNFULFILLED).containsExactlyInAnyOrder(Commitment.Status.OPEN, Commitment.Status.OVERDUE);
  }
}
