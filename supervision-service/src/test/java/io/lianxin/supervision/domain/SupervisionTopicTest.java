package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Supervision topics: given a topic, when a command, expect events or a refusal that changes nothing. */
class SupervisionTopicTest {

  static SupervisionTopic proposed(String id, String title) {
    SupervisionTopic t = SupervisionTopic.propose("c", id, new SupervisionTopic.Proposal(title, "说明", "citizen1@c",
        ProposerKind.RESIDENT, LocalDate.of(2027, 1, 10)));
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.TopicProposed(ProposerKind.RESIDENT));
    return t;
  }

  @Test
  void aProposedTopicIsOpenToSupports() {
    SupervisionTopic t = proposed("T1", "五里河治理");
    assertThat(t.status()).isEqualTo(TopicStatus.OPEN);
    assertThat(t.open()).isTrue();
    t.requireOpenForSupport();
  }

  @Test
  void aDuplicateMergesIntoAnOpenTopicOnceAndIsThenClosedToSupports() {
    SupervisionTopic duplicate = proposed("T1", "五里河污染");
    SupervisionTopic kept = proposed("T2", "五里河治理");
    duplicate.mergeInto(kept);
    assertThat(duplicate.takeEvents()).containsExactly(new SupervisionEvent.TopicMerged("T2", "五里河治理"));
    assertThat(duplicate.status()).isEqualTo(TopicStatus.MERGED);
    assertThat(duplicate.mergedIntoTopicId()).isEqualTo("T2");
    assertThatThrownBy(duplicate::requireOpenForSupport).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> duplicate.mergeInto(kept)).isInstanceOf(IllegalTransitionException.class);
    assertThat(duplicate.open()).isFalse();
  }

  @Test
  void aTopicMergesNeitherIntoItselfNorIntoAMergedOne() {
    SupervisionTopic a = proposed("T1", "a");
    SupervisionTopic b = proposed("T2", "b");
    SupervisionTopic c = proposed("T3", "c");
    assertThatThrownBy(() -> a.mergeInto(a)).isInstanceOf(RuleViolationException.class);
    b.mergeInto(c);
    b.takeEvents();
    assertThatThrownBy(() -> a.mergeInto(b)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("T2");
    assertThat(a.takeEvents()).isEmpty();
    assertThat(a.status()).isEqualTo(TopicStatus.OPEN);
  }

  @Test
  void theFeasibilityNoteIsRecordedWhileOpen() {
    SupervisionTopic t = proposed("T1", "a");
    t.assessFeasibility(Feasibility.FEASIBLE, "属于监督职权");
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.TopicAssessed(Feasibility.FEASIBLE, "属于监督职权"));
    assertThat(t.feasibility()).isEqualTo(Feasibility.FEASIBLE);
    t.mergeInto(proposed("T2", "b"));
    t.takeEvents();
    assertThatThrownBy(() -> t.assessFeasibility(Feasibility.NOT_FEASIBLE, "x"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(t.feasibility()).isEqualTo(Feasibility.FEASIBLE);
  }
}
