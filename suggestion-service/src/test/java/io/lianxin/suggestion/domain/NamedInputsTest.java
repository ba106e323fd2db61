package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a deputy writes and whom staff assign to, as named inputs of the commands. */
class NamedInputsTest {

  @Test
  void onlyAMotionIsProposedByADelegation() {
    // given
    SuggestionDraft motion = SuggestionDraft.motion("议案", "内容", SuggestionCategory.OTHER).byADelegation();
    SuggestionDraft suggestion = SuggestionDraft.suggestion("建议", "内容", SuggestionCategory.OTHER).byADelegation();
    // when
    Suggestion m = Suggestion.draft("M", DEPUTY, motion, START);
    Suggestion s = Suggestion.draft("S", DEPUTY, suggestion, START);
    // expect
    assertThat(m.byDelegation()).isTrue();
    assertThat(s.byDelegation()).as("a suggestion has no delegation").isFalse();
    assertThat(m.takeEvents()).containsExactly(new SuggestionEvent.Drafted(Session.RECESS));
  }

  @Test
  void aComplexAssignmentGivesSixMonthsAndTheLeadIsNotItsOwnCoUnit() {
    // given
    Suggestion s = aSuggestion().submitted().build();
    s.register(STAFF, null, List.of());
    s.takeEvents();
    // when
    s.assign(STAFF, AssignTo.lead("U1").withCoUnits(List.of("U1", "U2", " ")).asComplex(), POLICY, START);
    // expect
    assertThat(s.takeEvents()).containsExactly(
        new SuggestionEvent.Assigned("U1", List.of("U2"), true, LocalDate.of(2026, 9, 2)));
  }

  @Test
  void aProgressReportIsRequestedByName() {
    // expect
    assertThat(ProgressReport.requestedIf(true)).isEqualTo(ProgressReport.REQUESTED);
    assertThat(ProgressReport.requestedIf(false)).isEqualTo(ProgressReport.NOT_REQUESTED);
  }
}
