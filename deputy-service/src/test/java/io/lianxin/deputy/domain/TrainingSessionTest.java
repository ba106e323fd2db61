package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of training sessions (代表培训), given / when / expect. */
class TrainingSessionTest {

  static final TrainingSession.Details ONLINE = new TrainingSession.Details("履职能力培训", LocalDate.of(2026, 11, 5),
      TrainingMode.ONLINE);

  @Test
  void activeDeputiesAttendAndEachAttendanceCountsOnceInTheSessionsYear() {
    // given
    TrainingSession session = TrainingSession.plan("C", "T-1", ONLINE);
    // when
    boolean first = session.attend(List.of("D-2", "D-1"), Set.of("D-1", "D-2"));
    boolean again = session.attend(List.of("D-1"), Set.of("D-1"));
    boolean more = session.attend(List.of("D-1", "D-3", "D-3"), Set.of("D-1", "D-3"));
    // expect
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(more).isTrue();
    assertThat(session.takeEvents()).as("each event names only those new to the session").containsExactly(
        new WorkEvent.TrainingAttended(List.of("D-1", "D-2")), new WorkEvent.TrainingAttended(List.of("D-3")));
    assertThat(session.attendees()).containsExactly("D-1", "D-2", "D-3");
  }

  @Test
  void deputiesNotActiveInTheRegisterAreNamedAndNoneIsRecorded() {
    // given
    TrainingSession session = TrainingSession.plan("C", "T-1", ONLINE);
    // when / expect
    assertThatThrownBy(() -> session.attend(List.of("D-1", "D-9"), Set.of("D-1")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D-9").hasMessageNotContaining("D-1");
    assertThat(session.attendees()).isEmpty();
  }

  @Test
  void anAttendedSessionStaysInItsYear() {
    // given
    TrainingSession session = TrainingSession.plan("C", "T-1", ONLINE);
    session.attend(List.of("D-1"), Set.of("D-1"));
    // when
    boolean same = session.update(ONLINE);
    boolean moved = session.update(new TrainingSession.Details("履职能力培训", LocalDate.of(2026, 12, 1),
        TrainingMode.OFFLINE));
    // expect
    assertThat(same).isFalse();
    assertThat(moved).isTrue();
    assertThatThrownBy(() -> session.update(new TrainingSession.Details("t", LocalDate.of(2027, 1, 2),
        TrainingMode.OFFLINE))).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void theYearlyCountIsTheSessionsEachDeputyAttended() {
    // given
    TrainingSession a = TrainingSession.restore("C", "T-1", ONLINE, List.of("D-1", "D-2"));
    TrainingSession b = TrainingSession.restore("C", "T-2", ONLINE, List.of("D-1"));
    // when
    Map<String, Integer> counts = TrainingSession.attendanceByDeputy(List.of(a, b));
    // expect
    assertThat(counts).containsExactly(Map.entry("D-1", 2), Map.entry("D-2", 1));
  }
}
