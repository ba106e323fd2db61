package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, key items (重点督办): the working group of deputies and their inspection findings, the
 * progress report a leader's note requests and the lead unit submits; the direct channel to units
 * of the register; links seen from the other side.
 */
class KeyItemWorkTest {

  static final CurrentUser GROUP_DEPUTY = user("d3", Role.DEPUTY, "D3", null);
  static final LocalDate TODAY = LocalDate.ofInstant(START, ZONE);

  static Suggestion keyItem() {
    Suggestion s = aSuggestion().inProgress().build();
    s.markKey(STAFF, "leader");
    s.takeEvents();
    return s;
  }

  @Test
  void theSupervisingLeaderIsKnownByTheDeputyIdOfTheirSignIn() {
    // given an item led by the register's deputy D-vice
    Suggestion s = aSuggestion().inProgress().build();
    s.markKey(STAFF, "D-vice");
    s.takeEvents();
    CurrentUser vice = user("vice@c1", Role.LEADER, "D-vice", null);
    // when
    s.addSupervisionNote(vice, "请报告进展", ProgressReport.NOT_REQUESTED, null, POLICY, START);
    // expect
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.SupervisionNoteAdded("vice@c1", false));
    assertThat(SuggestionAccess.onKeyWorklistOf(s, vice)).isTrue();
    assertThatThrownBy(() -> s.addSupervisionNote(LEADER, "x", ProgressReport.NOT_REQUESTED, null, POLICY, START))
        .as("another leader").isInstanceOf(RuleViolationException.class);
    assertThat(SuggestionAccess.onKeyWorklistOf(s, LEADER)).isFalse();
  }

  @Test
  void staffSetAKeyItemsWorkingGroupAndTheEventNamesTheDeputiesAdded() {
    // given
    Suggestion s = keyItem();
    s.setWorkingGroup(STAFF, List.of("D3"));
    s.takeEvents();
    // when
    s.setWorkingGroup(STAFF, List.of("D3", "D4", "D4", " "));
    // expect
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.WorkingGroupSet(List.of("D3", "D4"), List.of("D4")));
    assertThat(s.workingGroupDeputyIds()).containsExactly("D3", "D4");
    assertThat(SuggestionAccess.visibleTo(s, GROUP_DEPUTY)).as("the group reads the item").isTrue();
    assertThat(SuggestionAccess.involvesDeputy(s, "D3")).as("but does not rate it").isFalse();
  }

  @Test
  void aWorkingGroupIsForKeyItemsSetByStaffWithAtLeastOneDeputy() {
    // given
    Suggestion notKey = aSuggestion().inProgress().build();
    Suggestion key = keyItem();
    // when / expect
    assertThatThrownBy(() -> notKey.setWorkingGroup(STAFF, List.of("D3"))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> key.setWorkingGroup(LEADER, List.of("D3"))).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> key.setWorkingGroup(STAFF, List.of())).isInstanceOf(RuleViolationException.class);
    assertThat(key.takeEvents()).isEmpty();
    assertThat(key.workingGroupDeputyIds()).isEmpty();
  }

  @Test
  void theRegisterRefusesAWorkingGroupNamingDeputiesWhoAreNotActiveByName() {
    // given
    RegisterExtract register = register();
    // when / expect
    assertThatThrownBy(() -> register.checkWorkingGroup(List.of("D3", "D-left", "D-nobody")))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D-left, D-nobody").hasMessageNotContaining("D3");
    register.checkWorkingGroup(List.of("D3", "D4"));
  }

  @Test
  void aDeputyOfTheGroupRecordsDatedInspectionFindingsNumberedFromOne() {
    // given
    Suggestion s = keyItem();
    s.setWorkingGroup(STAFF, List.of("D3"));
    s.takeEvents();
    // when
    s.recordInspection(GROUP_DEPUTY, TODAY.minusDays(1), "现场查看：电梯井道已开挖。", POLICY, START);
    // expect
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.InspectionRecorded(1, "D3", TODAY.minusDays(1)));
    assertThat(s.inspections()).singleElement().satisfies(i -> {
      assertThat(i.number()).isEqualTo(1);
      assertThat(i.findings()).isEqualTo("现场查看：电梯井道已开挖。");
      assertThat(i.inspectedOn()).isEqualTo(TODAY.minusDays(1));
    });
  }

  @Test
  void inspectionsAreRefusedOutsideTheGroupInTheFutureOrTooLong() {
    // given
    Suggestion s = keyItem();
    s.setWorkingGroup(STAFF, List.of("D3"));
    s.takeEvents();
    // when / expect
    assertThatThrownBy(() -> s.recordInspection(DEPUTY, TODAY, "x", POLICY, START))
        .as("the proposer is not in the group").isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> s.recordInspection(GROUP_DEPUTY, TODAY.plusDays(1), "x", POLICY, START))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("after it took place");
    assertThatThrownBy(() -> s.recordInspection(GROUP_DEPUTY, TODAY, "长".repeat(Suggestion.MAX_FINDINGS + 1), POLICY,
        START)).isInstanceOf(RuleViolationException.class);
    assertThat(s.takeEvents()).isEmpty();
    assertThat(s.inspections()).isEmpty();
  }

  @Test
  void aNoteRequestingAProgressReportNeedsADueDateAfterToday() {
    // given
    Suggestion s = keyItem();
    // when
    s.addSupervisionNote(LEADER, "请于月底前报告进展", ProgressReport.REQUESTED, TODAY.plusDays(14), POLICY, START);
    // expect
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.SupervisionNoteAdded("leader", true),
        new SuggestionEvent.ProgressReportRequested(1, "leader", TODAY.plusDays(14)));
    assertThat(s.supervisionNotes().get(0).number()).isEqualTo(1);
    assertThatThrownBy(() -> s.addSupervisionNote(LEADER, "x", ProgressReport.REQUESTED, null, POLICY, START))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> s.addSupervisionNote(LEADER, "x", ProgressReport.REQUESTED, TODAY, POLICY, START))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> s.addSupervisionNote(LEADER, "x", ProgressReport.NOT_REQUESTED, TODAY.plusDays(3), POLICY,
        START)).isInstanceOf(RuleViolationException.class).hasMessageContaining("only with a request");
    assertThat(s.supervisionNotes()).hasSize(1);
  }

  @Test
  void theLeadUnitSubmitsTheRequestedProgressReportOnceLateAfterTheDueDate() {
    // given
    Suggestion s = keyItem();
    s.addSupervisionNote(LEADER, "请报告进展", ProgressReport.REQUESTED, TODAY.plusDays(7), POLICY, START);
    s.takeEvents();
    // when
    s.submitProgressReport(HANDLER, 1, "已完成设计招标。", POLICY, day(8));
    // expect
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.ProgressReportSubmitted(1, "U1", TODAY.plusDays(7), true));
    assertThat(s.supervisionNotes().get(0).progressReport()).satisfies(r -> {
      assertThat(r.text()).isEqualTo("已完成设计招标。");
      assertThat(r.unitId()).isEqualTo("U1");
      assertThat(r.late()).isTrue();
    });
    assertThatThrownBy(() -> s.submitProgressReport(HEAD, 1, "again", POLICY, day(9)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void onlyTheLeadUnitReportsAndOnlyAgainstANoteThatRequestedIt() {
    // given
    Suggestion s = keyItem();
    s.addSupervisionNote(LEADER, "关注进度", ProgressReport.NOT_REQUESTED, null, POLICY, START);
    s.takeEvents();
    // when / expect
    assertThatThrownBy(() -> s.submitProgressReport(CO_UNIT, 1, "x", POLICY, START)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> s.submitProgressReport(HANDLER, 1, "x", POLICY, START))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("did not request");
    assertThatThrownBy(() -> s.submitProgressReport(HANDLER, 2, "x", POLICY, START))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("no supervision note 2");
    assertThat(s.takeEvents()).isEmpty();
  }

  @Test
  void theDirectChannelGoesToUnitsOfTheRegisterAndItsEventCarriesTheirIds() {
    // given
    Suggestion s = aSuggestion().assigned().build();
    s.takeEvents();
    // when
    s.sendDirectChannel(STAFF, List.of("U-party", "U-gov", "U-party"), register(), START);
    // expect
    assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.DirectChannelSent(
        List.of("县委办公室", "县人民政府办公室"), List.of("U-party", "U-gov")));
    assertThat(s.directChannel().recipientUnitIds()).containsExactly("U-party", "U-gov");
  }

  @Test
  void theDirectChannelRefusesIdsTheRegisterDoesNotHoldAsActiveByName() {
    // given
    Suggestion s = aSuggestion().assigned().build();
    s.takeEvents();
    // when / expect
    assertThatThrownBy(() -> s.sendDirectChannel(STAFF, List.of("U-gov", "U-left", "县长"), register(), START))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("U-left, 县长");
    assertThat(s.directChannel()).isNull();
    assertThat(s.takeEvents()).isEmpty();
  }

  @Test
  void anItemSeesTheItemsWhoseLinksNameIt() {
    // given: A registered with a link to B; C links elsewhere
    Suggestion b = aSuggestion().withId("B").submitted().build();
    Suggestion a = aSuggestion().withId("A").submitted().build();
    a.register(STAFF, null, List.of("B"));
    Suggestion c = aSuggestion().withId("C").submitted().build();
    c.register(STAFF, null, List.of("X"));
    // when
    LinkedItems linking = LinkedItems.to(b, List.of(a, b, c));
    // expect
    assertThat(linking.items()).extracting(LinkedItems.LinkedItem::id).containsExactly("A");
  }
}
