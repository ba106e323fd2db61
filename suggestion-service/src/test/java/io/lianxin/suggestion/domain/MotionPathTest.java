package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.suggestion.domain.SuggestionEvent.ConvertedFromMotion;
import io.lianxin.suggestion.domain.SuggestionEvent.MotionConverted;
import io.lianxin.suggestion.domain.SuggestionEvent.MotionDeliberated;
import io.lianxin.suggestion.domain.SuggestionEvent.MotionPlacedOnAgenda;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A motion's own path (议案): the presidium (session) or the chair's council (recess) decides a
 * registered motion — on the agenda with a special committee, its deliberation recorded — or
 * converts it to a suggestion with its own number and a link both ways. Never assigned to a unit.
 */
class MotionPathTest {

  static final SuggestionNumber MOTION_NUMBER = new SuggestionNumber(2026, SuggestionKind.MOTION, 3);
  static final SuggestionNumber SUGGESTION_NUMBER = new SuggestionNumber(2026, SuggestionKind.SUGGESTION, 43);
  static final String COMMITTEE = "城乡建设环境保护工作委员会";

  static Suggestion registeredMotion(Session session) {
    Suggestion m = Suggestion.draft("M1", DEPUTY, SuggestionDraft.motion("关于制定物业管理条例的议案", "理由和方案",
        SuggestionCategory.HOUSING).during(session).byADelegation(), START);
    m.submit(DEPUTY, CongressLevel.COUNTY, POLICY, MOTION_NUMBER, START);
    m.register(STAFF, null, List.of());
    m.takeEvents();
    return m;
  }

  @Test
  void aMotionOfTheSessionIsPlacedOnTheAgendaByThePresidiumWithItsCommittee() {
    // given
    Suggestion m = registeredMotion(Session.SESSION);
    // when
    m.placeOnAgenda(STAFF, COMMITTEE, "主席团第二次会议决定", day(1));
    // expect
    assertThat(m.takeEvents()).containsExactly(
        new MotionPlacedOnAgenda(MotionBody.PRESIDIUM, COMMITTEE, "主席团第二次会议决定"));
    assertThat(m.state()).isEqualTo(SuggestionState.ON_AGENDA);
    assertThat(m.motionDecision().path()).isEqualTo(MotionDecision.Path.ON_AGENDA);
    assertThat(m.motionDecision().recordedBy()).isEqualTo(STAFF.subject());
  }

  @Test
  void betweenSessionsTheChairsCouncilDecides() {
    // given
    Suggestion m = registeredMotion(Session.RECESS);
    // when
    m.placeOnAgenda(STAFF, COMMITTEE, null, day(1));
    // expect
    assertThat(m.takeEvents()).containsExactly(new MotionPlacedOnAgenda(MotionBody.CHAIRS_COUNCIL, COMMITTEE, null));
  }

  @Test
  void theDeliberationAndItsOutcomeAreRecordedAndEndTheMotionsPath() {
    // given
    Suggestion m = registeredMotion(Session.SESSION);
    m.placeOnAgenda(STAFF, COMMITTEE, null, day(1));
    m.takeEvents();
    // when
    m.recordDeliberation(STAFF, MotionResult.ADOPTED, "常委会第十次会议通过", day(40));
    // expect
    assertThat(m.takeEvents()).containsExactly(new MotionDeliberated(COMMITTEE, MotionResult.ADOPTED, "常委会第十次会议通过"));
    assertThat(m.state()).isEqualTo(SuggestionState.DELIBERATED);
    assertThat(m.deliberation().result()).isEqualTo(MotionResult.ADOPTED);
    assertThat(m.closedAt()).isEqualTo(day(40));
    assertThatThrownBy(() -> m.recordDeliberation(STAFF, MotionResult.NOT_ADOPTED, null, day(41)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aReferredMotionSaysWhereAndWithoutThatNothingIsRecorded() {
    // given
    Suggestion m = registeredMotion(Session.SESSION);
    m.placeOnAgenda(STAFF, COMMITTEE, null, day(1));
    m.takeEvents();
    // when / expect
    assertThatThrownBy(() -> m.recordDeliberation(STAFF, MotionResult.REFERRED, " ", day(40)))
        .isInstanceOf(RuleViolationException.class).extracting(e -> ((RuleViolationException) e).field())
        .isEqualTo("note");
    assertThatThrownBy(() -> m.recordDeliberation(STAFF, null, null, day(40))).isInstanceOf(RuleViolationException.class);
    assertThat(m.state()).isEqualTo(SuggestionState.ON_AGENDA);
    assertThat(m.deliberation()).isNull();
    assertThat(m.takeEvents()).isEmpty();
  }

  @Test
  void aConvertedMotionMakesARegisteredSuggestionWithItsOwnNumberLinkedBothWays() {
    // given
    Suggestion m = registeredMotion(Session.SESSION);
    // when
    Suggestion s = m.convertToSuggestion(STAFF, "S9", SUGGESTION_NUMBER, "不具备议案条件", day(2));
    // expect
    assertThat(m.takeEvents()).containsExactly(
        new MotionConverted(MotionBody.PRESIDIUM, "S9", "2026 建议 第0043号", "不具备议案条件"));
    assertThat(m.state()).isEqualTo(SuggestionState.CONVERTED_TO_SUGGESTION);
    assertThat(m.convertedToId()).isEqualTo("S9");
    assertThat(m.convertedToNumber()).isEqualTo("2026 建议 第0043号");
    assertThat(s.takeEvents()).containsExactly(new ConvertedFromMotion("M1", "2026 议案 第0003号"));
    assertThat(s.kind()).isEqualTo(SuggestionKind.SUGGESTION);
    assertThat(s.state()).isEqualTo(SuggestionState.REGISTERED);
    assertThat(s.number()).isEqualTo(SUGGESTION_NUMBER);
    assertThat(s.convertedFromId()).isEqualTo("M1");
    assertThat(s.convertedFromNumber()).isEqualTo("2026 议案 第0003号");
    assertThat(s.proposerDeputyId()).isEqualTo(DEPUTY.deputyId());
    assertThat(s.title()).isEqualTo(m.title());
    // and it takes the suggestion path
    s.assign(STAFF, AssignTo.lead("U1"), POLICY, day(3));
    assertThat(s.state()).isEqualTo(SuggestionState.ASSIGNED);
  }

  @Test
  void aMotionIsNotAssignedAndASuggestionHasNoMotionPath() {
    // given
    Suggestion m = registeredMotion(Session.SESSION);
    Suggestion s = SuggestionBuilder.aSuggestion().submitted().build();
    s.register(STAFF, null, List.of());
    // when / expect
    assertThatThrownBy(() -> m.assign(STAFF, AssignTo.lead("U1"), POLICY, day(1)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> s.placeOnAgenda(STAFF, COMMITTEE, null, day(1)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> s.checkCanConvert(STAFF)).isInstanceOf(IllegalTransitionException.class);
    assertThat(m.state()).isEqualTo(SuggestionState.REGISTERED);
    assertThat(s.state()).isEqualTo(SuggestionState.REGISTERED);
  }

  @Test
  void onlyTheOfficeRecordsTheDecisionsAndOnlyOfARegisteredMotion() {
    // given
    Suggestion m = registeredMotion(Session.SESSION);
    // when / expect
    assertThatThrownBy(() -> m.placeOnAgenda(LEADER, COMMITTEE, null, day(1))).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> m.convertToSuggestion(HANDLER, "S9", SUGGESTION_NUMBER, null, day(1)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> m.placeOnAgenda(STAFF, " ", null, day(1))).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> m.recordDeliberation(STAFF, MotionResult.ADOPTED, null, day(1)))
        .as("not on the agenda").isInstanceOf(IllegalTransitionException.class);
    m.convertToSuggestion(STAFF, "S9", SUGGESTION_NUMBER, null, day(2));
    assertThatThrownBy(() -> m.placeOnAgenda(STAFF, COMMITTEE, null, day(3)))
        .as("converted already").isInstanceOf(IllegalTransitionException.class);
  }
}
