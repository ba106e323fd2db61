package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.suggestion.domain.DeadlineSchedule.EvaluationWindowClosed;
import io.lianxin.suggestion.domain.DeadlineSchedule.Reminder;
import io.lianxin.suggestion.domain.SuggestionEvent.CoUnitOpinionDue;
import io.lianxin.suggestion.domain.SuggestionEvent.EvaluationDueSoon;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplyDueSoon;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplyOverdue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a date brings to an item (期限提醒), and when to look at it next. */
class DeadlineScheduleTest {

  final DeadlineSchedule schedule = new DeadlineSchedule(POLICY);

  @Test
  void fourteenDaysBeforeTheReplyIsDueTheUnitIsReminded() {
    // given
    Suggestion s = aSuggestion().inProgress().build(); // due 2026-06-02, its co-unit U2 has not answered
    LocalDate due = s.replyDueDate();
    // when
    var dueOn = schedule.dueOn(s, due.minusDays(14));
    // expect
    assertThat(dueOn).containsExactly(
        new Reminder("reply-due-soon:r0:14", new ReplyDueSoon(due, 14, 0), Set.of()),
        new Reminder("co-unit-opinion-due:r0:U2", new CoUnitOpinionDue("U2", due.minusMonths(1)), Set.of()));
  }

  @Test
  void theTighterReminderMakesAMissedLargerOneMoot() {
    // given
    Suggestion s = aSuggestion().inProgress().build();
    s.submitCoUnitOpinion(CO_UNIT, "同意", day(2));
    LocalDate due = s.replyDueDate();
    // when
    var dueOn = schedule.dueOn(s, due.minusDays(2));
    // expect
    assertThat(dueOn).containsExactly(
        new Reminder("reply-due-soon:r0:3", new ReplyDueSoon(due, 2, 0), Set.of("reply-due-soon:r0:14")));
  }

  @Test
  void anOverdueReplyIsReportedOncePerWeek() {
    // given
    Suggestion s = aSuggestion().inProgress().build();
    s.submitCoUnitOpinion(CO_UNIT, "同意", day(2));
    LocalDate due = s.replyDueDate();
    // when / expect: days 1–7 after are one occurrence, day 8 the next
    assertThat(schedule.dueOn(s, due.plusDays(7)))
        .containsExactly(new Reminder("reply-overdue:r0:0", new ReplyOverdue(due, 7, 0), Set.of()));
    assertThat(schedule.dueOn(s, due.plusDays(8)))
        .containsExactly(new Reminder("reply-overdue:r0:1", new ReplyOverdue(due, 8, 0), Set.of()));
  }

  @Test
  void theEvaluationWindowRemindsTheDeputiesThenCloses() {
    // given
    Suggestion s = aSuggestion().coSignedBy("D2").replied(ReplyCategory.A).build();
    LocalDate replied = s.repliedOn();
    // when / expect
    assertThat(schedule.dueOn(s, replied.plusDays(7))).containsExactly(new Reminder("evaluation-due:r0:d7",
        new EvaluationDueSoon(s.evaluationDueDate(), List.of("D1", "D2")), Set.of()));
    assertThat(schedule.dueOn(s, replied.plusDays(31))).containsExactly(new EvaluationWindowClosed());
  }

  @Test
  void theNextCheckIsTheEarliestDateThatMayBringSomething() {
    // given
    Suggestion inProgress = aSuggestion().inProgress().build();
    Suggestion replied = aSuggestion().replied(ReplyCategory.A).build();
    Suggestion draft = aSuggestion().build();
    // expect
    LocalDate due = inProgress.replyDueDate();
    assertThat(schedule.nextCheck(inProgress)).isEqualTo(due.minusMonths(1));
    assertThat(schedule.nextCheck(replied)).isEqualTo(replied.repliedOn().plusDays(7));
    assertThat(schedule.nextCheck(draft)).isNull();
  }

  @Test
  void afterTheEngineHandledAnItemItLooksAgainTheNextDayAtTheEarliest() {
    // given
    Suggestion s = aSuggestion().inProgress().build();
    LocalDate pastTheFirstCheck = s.replyDueDate().minusDays(5);
    // expect
    assertThat(schedule.nextCheckAfter(s, pastTheFirstCheck)).isEqualTo(pastTheFirstCheck.plusDays(1));
    assertThat(schedule.nextCheckAfter(s, LocalDate.of(2026, 3, 3))).isEqualTo(s.replyDueDate().minusMonths(1));
  }
}
