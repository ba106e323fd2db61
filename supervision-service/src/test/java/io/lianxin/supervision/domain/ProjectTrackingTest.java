package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A livelihood project's tracking: given a tracking, when a command, expect events or a refusal that changes nothing. */
class ProjectTrackingTest {

  static final SupervisionPolicy POLICY = SupervisionPolicy.defaults(ZoneId.of("Asia/Shanghai"));
  static final Instant NOW = Instant.parse("2027-12-01T02:00:00Z");
  static final ProjectTracking.Responsibility WHO =
      new ProjectTracking.Responsibility("D-qingshan-004", "财经工委", "U-housing", "县住建局");

  static ProjectTracking started() {
    ProjectTracking t = ProjectTracking.start("c", "P-1", new ProjectTracking.Project("prog", "P-1", 2027, "加装电梯",
        "县住建局", 12_000_000));
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.ProjectTrackingStarted());
    return t;
  }

  static ProjectTracking tracked() {
    ProjectTracking t = started();
    t.setUp(WHO, List.of(new ProjectTracking.PlannedMilestone("选址", LocalDate.of(2027, 4, 30)),
        new ProjectTracking.PlannedMilestone("施工", LocalDate.of(2027, 9, 30))));
    t.takeEvents();
    return t;
  }

  @Test
  void settingUpNeedsMilestonesInOrderAndHappensOnce() {
    ProjectTracking t = started();
    assertThatThrownBy(() -> t.setUp(WHO, List.of())).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> t.setUp(WHO, List.of(new ProjectTracking.PlannedMilestone("b", LocalDate.of(2027, 5, 1)),
        new ProjectTracking.PlannedMilestone("a", LocalDate.of(2027, 4, 1))))).isInstanceOf(RuleViolationException.class);
    assertThat(t.takeEvents()).isEmpty();
    t.setUp(WHO, List.of(new ProjectTracking.PlannedMilestone("a", LocalDate.of(2027, 4, 1))));
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.TrackingSetUp(1));
    assertThat(t.status()).isEqualTo(TrackingStatus.TRACKING);
    assertThatThrownBy(() -> t.setUp(WHO, List.of(new ProjectTracking.PlannedMilestone("a", LocalDate.of(2027, 4, 1)))))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void progressIsReportedPerMilestoneAndReachedStaysReached() {
    ProjectTracking t = tracked();
    assertThatThrownBy(() -> t.reportProgress(3, "x", true, NOW.atZone(POLICY.zone()).toLocalDate()))
        .isInstanceOf(NotFoundException.class);
    t.reportProgress(1, "完成选址 80%", false, LocalDate.of(2027, 4, 10));
    t.reportProgress(1, "选址完成", true, LocalDate.of(2027, 4, 20));
    t.reportProgress(1, "补充材料", false, LocalDate.of(2027, 4, 25));
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.MilestoneProgressReported(1, false),
        new SupervisionEvent.MilestoneProgressReported(1, true), new SupervisionEvent.MilestoneProgressReported(1, true));
    assertThat(t.milestones().get(0).reachedOn()).isEqualTo(LocalDate.of(2027, 4, 20));
    assertThat(t.milestones().get(0).reports()).hasSize(3);
  }

  @Test
  void milestonesRemindOnceDueSoonAndOnceOverdueUnlessReached() {
    ProjectTracking t = tracked();
    assertThat(t.nextDeadlineCheck(POLICY)).isEqualTo(LocalDate.of(2027, 4, 27));
    t.applyDeadlines(LocalDate.of(2027, 4, 28), POLICY);
    t.applyDeadlines(LocalDate.of(2027, 4, 29), POLICY);
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.MilestoneDueSoon(1, "选址", LocalDate.of(2027, 4, 30)));
    t.applyDeadlines(LocalDate.of(2027, 5, 1), POLICY);
    t.applyDeadlines(LocalDate.of(2027, 5, 2), POLICY);
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.MilestoneOverdue(1, "选址", LocalDate.of(2027, 4, 30)));
    t.reportProgress(2, "提前完成", true, LocalDate.of(2027, 6, 1));
    t.takeEvents();
    assertThat(t.applyDeadlines(LocalDate.of(2027, 10, 5), POLICY)).as("a reached milestone is not overdue").isFalse();
    assertThat(t.nextDeadlineCheck(POLICY)).isNull();
  }

  @Test
  void theDeputiesVoteRatesTheProjectAndAResultNotAwaitedChangesNothing() {
    ProjectTracking t = tracked();
    t.recordInspection(new SiteInspection(LocalDate.of(2027, 6, 1), "城关镇代表小组", List.of("D-1"), "进度正常"));
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.SiteInspectionRecorded(LocalDate.of(2027, 6, 1),
        "城关镇代表小组", List.of("D-1")));
    assertThatThrownBy(() -> t.requestSatisfactionVote(List.of(), NOW.plusSeconds(60), true, List.of(), NOW))
        .isInstanceOf(RuleViolationException.class);
    String requestId = t.requestSatisfactionVote(List.of("D-1", "D-2", "D-3"), NOW.plusSeconds(60), false, List.of(), NOW);
    assertThat(requestId).isEqualTo("project:P-1:1");
    SupervisionEvent.SatisfactionVoteRequested asked = (SupervisionEvent.SatisfactionVoteRequested) t.takeEvents().get(0);
    assertThat(asked.subjectType()).isEqualTo("LIVELIHOOD_PROJECT");
    assertThat(asked.items()).containsExactly("加装电梯");
    assertThat(t.recordVote(new SatisfactionResult("c", "project:P-9:1", "p", 3, 3, true), POLICY)).isFalse();
    assertThat(t.recordVote(new SatisfactionResult("c", requestId, "p", 2, 3, true), POLICY)).isTrue();
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.ProjectRated(requestId, 2, 3, true, true));
    assertThat(t.status()).isEqualTo(TrackingStatus.RATED);
    assertThat(t.recordVote(new SatisfactionResult("c", requestId, "p", 2, 3, true), POLICY)).as("again").isFalse();
    assertThatThrownBy(() -> t.reportProgress(1, "x", true, LocalDate.of(2027, 12, 2)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aWithdrawnVoteReturnsToTrackingAndItsLateResultIsIgnored() {
    ProjectTracking t = tracked();
    String requestId = t.requestSatisfactionVote(List.of("D-1"), NOW.plusSeconds(60), true, List.of(), NOW);
    t.takeEvents();
    t.withdrawSatisfactionVote("未能开启");
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.SatisfactionVoteWithdrawn(requestId, "未能开启"));
    assertThat(t.status()).isEqualTo(TrackingStatus.TRACKING);
    assertThat(t.recordVote(new SatisfactionResult("c", requestId, "p", 1, 1, true), POLICY)).isFalse();
  }


  @Test
  void aPollCancelledInVotingReturnsTheProjectToTrackingOnce() {
    // given
    ProjectTracking t = tracked();
    String requestId = t.requestSatisfactionVote(List.of("D-1"), NOW.plusSeconds(60), true, List.of(), NOW);
    t.takeEvents();
    assertThat(t.voteCancelled("project:P-9:1", "p9", "x")).as("not ours").isFalse();
    // when
    boolean changed = t.voteCancelled(requestId, "p1", "未能开启");
    // expect
    assertThat(changed).isTrue();
    assertThat(t.takeEvents()).containsExactly(new SupervisionEvent.SatisfactionVoteCancelled(requestId, "p1", "未能开启"));
    assertThat(t.status()).isEqualTo(TrackingStatus.TRACKING);
    assertThat(t.voteCancelled(requestId, "p1", "未能开启")).as("delivered again").isFalse();
    assertThat(t.recordVote(new SatisfactionResult("c", requestId, "p", 1, 1, true), POLICY)).isFalse();
    assertThat(t.requestSatisfactionVote(List.of("D-1"), NOW.plusSeconds(60), true, List.of(), NOW)).endsWith(":2");
  }

  @org.junit.jupiter.api.Test
  void onlyAnActiveMemberOfTheChairsCouncilLeadsATracking() {
    org.assertj.core.api.Assertions.assertThat(java.util.List.of(
        new RegisteredDeputy("D1", "C", "主任", true, "CHAIR"),
        new RegisteredDeputy("D2", "C", "副主任", true, "VICE_CHAIR"),
        new RegisteredDeputy("D3", "C", "秘书长", true, "SECRETARY_GENERAL"),
        new RegisteredDeputy("D4", "C", "委员", true, "MEMBER"),
        new RegisteredDeputy("D5", "C", "代表", true, null),
        new RegisteredDeputy("D6", "C", "已离任副主任", false, "VICE_CHAIR")))
        .filteredOn(RegisteredDeputy::leadsTheStandingCommittee).extracting(RegisteredDeputy::deputyId)
        .containsExactly("D1", "D2", "D3");
  }
}
