package io.lianxin.deputy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The way of a voter's opinion (群众意见), given / when / expect. */
class OpinionTest {

  static final LocalDate ON = LocalDate.of(2026, 12, 16);

  static Opinion collected(ReceptionDay day) {
    return Opinion.collect(day, "V-1", "ABCDEFGHJK", new Opinion.Visitor("王先生", "139"), "路灯坏了");
  }

  @Test
  void anOpinionIsAssignedAnsweredAndFedBackAndItsAnswerIsPublishedOnlyThen() {
    // given
    ReceptionDay day = ReceptionDayTest.scheduled();
    Opinion opinion = collected(day);
    // when
    opinion.assign("U-1", true, ON);
    opinion.answer("已修复", ON.plusDays(3));
    Opinion.Answer beforeFeedback = opinion.publishedAnswer();
    opinion.feedBack(FeedbackMode.PHONE, ON.plusDays(4));
    // expect
    assertThat(beforeFeedback).as("not published before the voter was told").isNull();
    assertThat(opinion.state()).isEqualTo(OpinionState.FED_BACK);
    assertThat(opinion.handling()).isEqualTo(new Opinion.Handling("U-1", null, null, ON));
    assertThat(opinion.publishedAnswer()).isEqualTo(new Opinion.Answer("已修复", ON.plusDays(3)));
    assertThat(opinion.feedback()).isEqualTo(new Opinion.Feedback(FeedbackMode.PHONE, ON.plusDays(4)));
    assertThat(opinion.origin()).isEqualTo(new Opinion.Origin("R-1", "S-1", ReceptionDayTest.DAY, "V-1"));
    assertThat(opinion.takeEvents()).as("each step one event; none names the visitor").containsExactly(
        new WorkEvent.VoterOpinionCollected(), new WorkEvent.VoterOpinionAssigned("U-1", ON),
        new WorkEvent.VoterOpinionAnswered(ON.plusDays(3)),
        new WorkEvent.VoterOpinionFedBack(FeedbackMode.PHONE, "已修复", ON.plusDays(4)));
  }

  @Test
  void aUnitThatIsNotActiveInTheRegisterIsRefusedAndTheOpinionStaysCollected() {
    // given
    Opinion opinion = collected(ReceptionDayTest.scheduled());
    // when / expect
    assertThatThrownBy(() -> opinion.assign("U-gone", false, ON)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("U-gone");
    assertThat(opinion.state()).isEqualTo(OpinionState.COLLECTED);
    assertThat(opinion.handling()).isNull();
    assertThat(opinion.takeEvents()).containsExactly(new WorkEvent.VoterOpinionCollected());
  }

  @Test
  void aDeputyOnDutyThatDayTakesItUpAsASuggestionDraftAndAnswers() {
    // given
    ReceptionDay day = ReceptionDayTest.scheduled();
    Opinion opinion = collected(day);
    opinion.takeEvents();
    // when
    opinion.takeUp(day, "D-2", "关于修复路灯的建议", ON);
    opinion.answer("已提出建议", ON);
    // expect
    assertThat(opinion.takeEvents()).as("the take-up carries the text the draft starts with").containsExactly(
        new WorkEvent.VoterOpinionTakenUp("D-2", "关于修复路灯的建议", "路灯坏了", ON),
        new WorkEvent.VoterOpinionAnswered(ON));
    assertThat(opinion.state()).isEqualTo(OpinionState.ANSWERED);
    assertThat(opinion.handling()).isEqualTo(new Opinion.Handling(null, "D-2", "关于修复路灯的建议", ON));
  }

  @Test
  void aDeputyNotOnDutyThatDayCannotTakeItUp() {
    // given
    ReceptionDay day = ReceptionDayTest.scheduled();
    Opinion opinion = collected(day);
    ReceptionDay otherDay = ReceptionDay.schedule("C", "R-2", ReceptionDayTest.plan("D-3"),
        ReceptionDayTest.stationWith("D-3"), java.util.Set.of("D-3"));
    // when / expect
    assertThatThrownBy(() -> opinion.takeUp(day, "D-3", "t", ON)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("D-3");
    assertThatThrownBy(() -> opinion.takeUp(otherDay, "D-3", "t", ON)).as("on duty another day")
        .isInstanceOf(RuleViolationException.class);
    assertThat(opinion.state()).isEqualTo(OpinionState.COLLECTED);
  }

  @Test
  void eachStepOnlyFromTheStateBeforeIt() {
    // given
    ReceptionDay day = ReceptionDayTest.scheduled();
    Opinion collected = collected(day);
    Opinion assigned = collected(day);
    assigned.assign("U-1", true, ON);
    Opinion fedBack = collected(day);
    fedBack.takeUp(day, "D-1", "t", ON);
    fedBack.answer("a", ON);
    fedBack.feedBack(FeedbackMode.SMS, ON);
    // when / expect
    for (Runnable illegal : List.<Runnable>of(
        () -> collected.answer("a", ON),
        () -> collected.feedBack(FeedbackMode.PHONE, ON),
        () -> assigned.assign("U-2", true, ON),
        () -> assigned.takeUp(day, "D-1", "t", ON),
        () -> assigned.feedBack(FeedbackMode.PHONE, ON),
        () -> fedBack.answer("again", ON),
        () -> fedBack.feedBack(FeedbackMode.PHONE, ON),
        () -> fedBack.assign("U-1", true, ON))) {
      assertThatThrownBy(illegal::run).isInstanceOf(IllegalTransitionException.class);
    }
    assertThat(List.of(collected.state(), assigned.state(), fedBack.state()))
        .containsExactly(OpinionState.COLLECTED, OpinionState.ASSIGNED, OpinionState.FED_BACK);
  }

  @Test
  void aTrackingCodeIsTenCharactersOfCrockfordBase32AndNotRepeated() {
    // given
    java.util.Set<String> codes = new java.util.HashSet<>();
    // when
    for (int i = 0; i < 1_000; i++) {
      codes.add(TrackingCode.next());
    }
    // expect
    assertThat(codes).hasSize(1_000).allMatch(c -> c.matches(TrackingCode.PATTERN));
    assertThat(String.join("", codes)).doesNotContain("I", "L", "O", "U");
    assertThat("ABCDEFGHJK".matches(TrackingCode.PATTERN)).isTrue();
    assertThat("abcdefghjk".matches(TrackingCode.PATTERN)).isFalse();
  }
}
