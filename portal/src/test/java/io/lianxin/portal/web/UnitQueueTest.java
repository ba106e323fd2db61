package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.Suggestion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitQueueTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static Suggestion item(String number, String state, LocalDate due) {
    return new Suggestion("S-" + number, number, "SUGGESTION", state, "标题", "正文", "HOUSING", "D-1", null, null, null,
        null, due == null ? null : new Suggestion.Assignment("U-1", List.of(), due));
  }

  @Test
  void theQueueHoldsTheItemsStillOwedAReplyNearestDeadlineFirstAndThoseWithoutOneLast() {
    // given
    List<Suggestion> assigned = List.of(item("004", "IN_PROGRESS", null), item("003", "ASSIGNED", TODAY.plusDays(30)),
        item("002", "REPLIED", TODAY.minusDays(90)), item("001", "REHANDLING", TODAY.minusDays(5)),
        item("005", "ASSIGNMENT_DISPUTED", TODAY.plusDays(2)));
    // when
    List<Suggestion> queue = UnitQueue.of(assigned);
    // expect
    assertThat(queue).extracting(Suggestion::number).containsExactly("001", "005", "003", "004");
    assertThat(UnitQueue.overdue(queue, TODAY)).isEqualTo(1);
  }
}
