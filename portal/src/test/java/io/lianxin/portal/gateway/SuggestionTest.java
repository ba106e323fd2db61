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
}
