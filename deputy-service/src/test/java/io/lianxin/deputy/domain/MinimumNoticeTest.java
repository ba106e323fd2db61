package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.domain.MinimumNotice.Measure;
import io.lianxin.deputy.domain.MinimumNotice.Shortfall;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimumNoticeTest {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 8);

  @Test
  void aNoticeNamesEachDeputyBelowOnceAndSaysWhatTheyReached() {
    // given
    List<Shortfall> shortfalls = List.of(new Shortfall("D-2", Measure.POINTS, 6, 10),
        new Shortfall("D-1", Measure.POINTS, 0, 10), new Shortfall("D-1", Measure.DEPUTY_WITH_VOTERS, 1, 4));
    // when
    MinimumNotice notice = MinimumNotice.issue("C", 2026, TODAY, shortfalls);
    // expect
    assertThat(notice.noticeId()).isEqualTo("2026:2026-10-08");
    assertThat(notice.takeEvents()).containsExactly(new WorkEvent.BelowMinimumNoticed(shortfalls, List.of("D-1", "D-2")));
  }

  @Test
  void aNoticeOfAPastYearMayBeIssuedAndOneOfAYearNotBegunMayNot() {
    // given
    List<Shortfall> none = List.of();
    // when
    MinimumNotice past = MinimumNotice.issue("C", 2025, TODAY, none);
    // expect
    assertThat(past.takeEvents()).containsExactly(new WorkEvent.BelowMinimumNoticed(none, List.of()));
    assertThatThrownBy(() -> MinimumNotice.issue("C", 2027, TODAY, none)).isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("year"));
  }

  @Test
  void aDeputyWhoReachedTheMinimumIsNoShortfall() {
    // given / when / expect
    assertThatThrownBy(() -> new Shortfall("D-1", Measure.POINTS, 10, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRestoredNoticeHasNoEventsToStage() {
    // given
    MinimumNotice restored = MinimumNotice.restore("C", 2026, TODAY, List.of(new Shortfall("D-1", Measure.POINTS, 0, 10)));
    // when / expect
    assertThat(restored.takeEvents()).isEmpty();
    assertThat(restored.deputyIds()).containsExactly("D-1");
  }
}
