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

/** The two-lists loop of a review opinion: given an opinion in a state, when a command, expect events (or a refusal that changes nothing). */
class ReviewOpinionTest {

  static final SupervisionPolicy POLICY = SupervisionPolicy.defaults(ZoneId.of("Asia/Shanghai"));
  static final LocalDate ISSUED_ON = LocalDate.of(2027, 3, 1);
  static final Instant NOW = Instant.parse("2027-06-01T02:00:00Z");
  static final List<String> COMMITTEE = List.of("D-1", "D-2", "D-3");

  static ReviewOpinion issued() {
    ReviewOpinion o = ReviewOpinion.issue("cn-county-qingshan", "6f1c2b9e-3d4a-4b5c-8e7f-0a1b2c3d4e5f",
        new ReviewOpinion.Details("关于老旧小区改造的审议意见", "审议认为……", "U-housing", "县住建局", "D-qingshan-004", null),
        List.of("改造进度慢", "资金拨付不到位", "群众参与不足"), ISSUED_ON, POLICY);
    o.takeEvents();
    return o;
  }

  static List<MeasurePlan> coveringAll() {
    return List.of(new MeasurePlan(List.of(1), "制定三年行动计划", "城建股", LocalDate.of(2027, 4, 30)),
        new MeasurePlan(List.of(2, 3), "设立专户并召开居民议事会", "财务股", LocalDate.of(2027, 5, 31)));
  }

  static ReviewOpinion reported() {
    ReviewOpinion o = issued();
    o.submitList(coveringAll(), ISSUED_ON.plusDays(10));
    o.submitReport("整改情况报告", ISSUED_ON.plusMonths(2));
    o.takeEvents();
    return o;
  }

  static String voting(ReviewOpinion o) {
    String requestId = o.requestSatisfactionVote(COMMITTEE, NOW.plusSeconds(3600), false, List.of(), NOW);
    o.takeEvents();
    return requestId;
  }

  @Test
  void issuingNumbersTheProblemsAndSetsTheDeadlinesOfThePolicy() {
    ReviewOpinion o = ReviewOpinion.issue("c", "id", new ReviewOpinion.Details("t", "x", "U", "单位", null, null),
        List.of("甲", "乙"), ISSUED_ON, POLICY);
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.OpinionIssued());
    assertThat(o.problems()).extracting(Problem::number).containsExactly(1, 2);
    assertThat(o.currentRound().listDueOn()).isEqualTo(LocalDate.of(2027, 3, 16));
    assertThat(o.currentRound().reportDueOn()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(o.status()).isEqualTo(OpinionStatus.ISSUED);
    assertThatThrownBy(() -> ReviewOpinion.issue("c", "id", new ReviewOpinion.Details("t", "x", "U", "单位", null, null),
        List.of(), ISSUED_ON, POLICY)).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aListThatLeavesAProblemWithoutAMeasureIsRefusedNamingTheProblems() {
    ReviewOpinion o = issued();
    assertThatThrownBy(() -> o.submitList(List.of(new MeasurePlan(List.of(2), "措施", "股室", ISSUED_ON)), ISSUED_ON))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("1, 3");
    assertThatThrownBy(() -> o.submitList(List.of(new MeasurePlan(List.of(1, 2, 3, 7), "措施", "股室", ISSUED_ON)),
        ISSUED_ON)).isInstanceOf(RuleViolationException.class).hasMessageContaining("7");
    assertThat(o.takeEvents()).isEmpty();
    assertThat(o.status()).isEqualTo(OpinionStatus.ISSUED);
    assertThat(o.currentRound().measures()).isEmpty();
  }

  @Test
  void aCompleteListStartsTheRectificationWithNumberedMeasures() {
    ReviewOpinion o = issued();
    o.submitList(coveringAll(), ISSUED_ON.plusDays(10));
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.RectificationListSubmitted(1, 2));
    assertThat(o.status()).isEqualTo(OpinionStatus.RECTIFYING);
    assertThat(o.currentRound().measures()).extracting(Measure::measureId).containsExactly("M1", "M2");
    assertThat(o.progressOf(3)).isEqualTo(new ReviewOpinion.Progress(0, 1));
  }

  @Test
  void aRejectedListIsAwaitedAgain() {
    ReviewOpinion o = issued();
    o.submitList(coveringAll(), ISSUED_ON.plusDays(10));
    o.takeEvents();
    o.rejectList("措施没有时限");
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.RectificationListRejected(1, "措施没有时限"));
    assertThat(o.status()).isEqualTo(OpinionStatus.ISSUED);
    assertThat(o.currentRound().measures()).isEmpty();
    assertThatThrownBy(() -> o.rejectList("again")).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void measuresMoveForwardOnlyAndDoneNeedsEvidence() {
    ReviewOpinion o = issued();
    o.submitList(coveringAll(), ISSUED_ON.plusDays(10));
    o.takeEvents();
    assertThatThrownBy(() -> o.updateMeasure("M1", MeasureStatus.DONE, " ", ISSUED_ON))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> o.updateMeasure("M9", MeasureStatus.DONE, "x", ISSUED_ON))
        .isInstanceOf(NotFoundException.class);
    o.updateMeasure("M1", MeasureStatus.IN_PROGRESS, null, ISSUED_ON.plusDays(20));
    o.updateMeasure("M1", MeasureStatus.DONE, "行动计划文件", ISSUED_ON.plusDays(40));
    assertThat(o.takeEvents()).containsExactly(
        new SupervisionEvent.MeasureUpdated("M1", MeasureStatus.IN_PROGRESS, List.of(1)),
        new SupervisionEvent.MeasureUpdated("M1", MeasureStatus.DONE, List.of(1)));
    assertThatThrownBy(() -> o.updateMeasure("M1", MeasureStatus.IN_PROGRESS, null, ISSUED_ON))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(o.progress()).isEqualTo(new ReviewOpinion.Progress(1, 2));
    assertThat(o.progressOf(1)).isEqualTo(new ReviewOpinion.Progress(1, 1));
    assertThat(o.currentRound().measures().get(0).doneOnTime()).isTrue();
  }

  @Test
  void theReportNeedsTheListAndTheVoteNeedsTheReportAndACommittee() {
    ReviewOpinion o = issued();
    assertThatThrownBy(() -> o.submitReport("r", ISSUED_ON)).isInstanceOf(IllegalTransitionException.class);
    ReviewOpinion r = reported();
    assertThatThrownBy(() -> r.requestSatisfactionVote(List.of(), NOW.plusSeconds(60), true, List.of(), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> r.requestSatisfactionVote(COMMITTEE, NOW, true, List.of(), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThat(r.takeEvents()).isEmpty();
    String requestId = r.requestSatisfactionVote(COMMITTEE, NOW.plusSeconds(3600), true, List.of("D-9"), NOW);
    assertThat(requestId).isEqualTo("opinion:6f1c2b9e-3d4a-4b5c-8e7f-0a1b2c3d4e5f:round-1:1");
    List<SupervisionEvent> events = r.takeEvents();
    assertThat(events).hasSize(1);
    SupervisionEvent.SatisfactionVoteRequested asked = (SupervisionEvent.SatisfactionVoteRequested) events.get(0);
    assertThat(asked.roll()).isEqualTo(COMMITTEE);
    assertThat(asked.items()).containsExactly("县住建局整改情况报告");
    assertThat(asked.subjectType()).isEqualTo("REVIEW_OPINION");
    assertThat(r.status()).isEqualTo(OpinionStatus.VOTING);
  }

  @Test
  void satisfiedMeansMoreThanHalfOfTheValidVotesAndClosesTheOpinion() {
    ReviewOpinion o = reported();
    String requestId = voting(o);
    assertThat(o.recordVote(new SatisfactionResult("c", requestId, "p", 2, 4, true), ISSUED_ON, POLICY))
        .as("half is not more than half").isTrue();
    assertThat(o.status()).isEqualTo(OpinionStatus.SECOND_DELIBERATION);
    ReviewOpinion other = reported();
    String second = voting(other);
    other.recordVote(new SatisfactionResult("c", second, "p", 3, 5, true), ISSUED_ON, POLICY);
    assertThat(other.takeEvents()).containsExactly(
        new SupervisionEvent.SatisfactionVoteRecorded(second, 1, 3, 5, true, true),
        new SupervisionEvent.OpinionClosed(OpinionOutcome.SATISFIED));
    assertThat(other.status()).isEqualTo(OpinionStatus.CLOSED);
    assertThat(other.outcome()).isEqualTo(OpinionOutcome.SATISFIED);
  }

  @Test
  void unsatisfiedTwiceGoesThroughASecondDeliberationToAccountabilityAndCloses() {
    ReviewOpinion o = reported();
    String first = voting(o);
    LocalDate decidedOn = LocalDate.of(2027, 6, 2);
    o.recordVote(new SatisfactionResult("c", first, "p1", 1, 5, true), decidedOn, POLICY);
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.SatisfactionVoteRecorded(first, 1, 1, 5, true, false),
        new SupervisionEvent.SecondDeliberationOrdered(2, LocalDate.of(2027, 6, 17), LocalDate.of(2027, 9, 2)));
    assertThatThrownBy(() -> o.submitReport("r", decidedOn)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> o.submitList(coveringAll(), decidedOn)).as("measures due before the list")
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("1, 2");
    o.submitList(List.of(new MeasurePlan(List.of(1), "修订方案", "城建股", decidedOn.plusMonths(1)),
        new MeasurePlan(List.of(2, 3), "补齐资金", "财务股", decidedOn.plusMonths(2))), decidedOn);
    assertThat(o.currentRound().measures()).extracting(Measure::measureId).containsExactly("R2-M1", "R2-M2");
    o.submitReport("第二轮报告", decidedOn.plusDays(30));
    o.takeEvents();
    String again = voting(o);
    assertThat(again).endsWith(":round-2:2");
    o.recordVote(new SatisfactionResult("c", again, "p2", 2, 5, true), decidedOn.plusDays(40), POLICY);
    assertThat(o.status()).isEqualTo(OpinionStatus.ACCOUNTABILITY);
    o.takeEvents();
    o.openReinspection(decidedOn.plusDays(40), "暗访改造小区");
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.ReinspectionOpened(decidedOn.plusDays(40), "暗访改造小区"));
    o.referAccountability("县纪委监委", "移交问责", decidedOn.plusDays(41));
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.AccountabilityReferred("县纪委监委", "移交问责"),
        new SupervisionEvent.OpinionClosed(OpinionOutcome.ACCOUNTABILITY_REFERRED));
    assertThat(o.status()).isEqualTo(OpinionStatus.CLOSED);
    assertThat(o.allMeasures()).hasSize(4);
    assertThatThrownBy(() -> o.openReinspection(decidedOn, "太晚")).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aVoteWithoutQuorumPutsTheReportBackAndAResultNotAwaitedChangesNothing() {
    ReviewOpinion o = reported();
    String requestId = voting(o);
    assertThat(o.recordVote(new SatisfactionResult("c", "opinion:other:round-1:1", "p", 5, 5, true), ISSUED_ON, POLICY))
        .isFalse();
    assertThat(o.takeEvents()).isEmpty();
    assertThat(o.recordVote(new SatisfactionResult("c", requestId, "p", 0, 0, false), ISSUED_ON, POLICY)).isTrue();
    assertThat(o.status()).isEqualTo(OpinionStatus.REPORTED);
    assertThat(o.recordVote(new SatisfactionResult("c", requestId, "p", 0, 0, false), ISSUED_ON, POLICY))
        .as("delivered again").isFalse();
    assertThat(voting(o)).endsWith(":round-1:2");
  }

  @Test
  void eachReminderIsSentOnceOnItsDayAndTheNextCheckFollows() {
    ReviewOpinion o = issued();
    assertThat(o.nextDeadlineCheck(POLICY)).isEqualTo(LocalDate.of(2027, 3, 13));
    assertThat(o.applyDeadlines(LocalDate.of(2027, 3, 12), POLICY)).isFalse();
    assertThat(o.applyDeadlines(LocalDate.of(2027, 3, 13), POLICY)).isTrue();
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.RectificationListDueSoon(1, LocalDate.of(2027, 3, 16)));
    assertThat(o.applyDeadlines(LocalDate.of(2027, 3, 14), POLICY)).as("once").isFalse();
    assertThat(o.nextDeadlineCheck(POLICY)).isEqualTo(LocalDate.of(2027, 3, 17));
    o.applyDeadlines(LocalDate.of(2027, 3, 17), POLICY);
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.RectificationOverdue(1, LocalDate.of(2027, 3, 16)));
    o.submitList(coveringAll(), LocalDate.of(2027, 3, 18));
    o.takeEvents();
    assertThat(o.nextDeadlineCheck(POLICY)).as("measure M1 due 30 April").isEqualTo(LocalDate.of(2027, 5, 1));
    o.applyDeadlines(LocalDate.of(2027, 6, 5), POLICY);
    assertThat(o.takeEvents()).containsExactly(
        new SupervisionEvent.ReportOverdue(1, LocalDate.of(2027, 6, 1)),
        new SupervisionEvent.MeasureOverdue("M1", "城建股", LocalDate.of(2027, 4, 30)),
        new SupervisionEvent.MeasureOverdue("M2", "财务股", LocalDate.of(2027, 5, 31)));
    assertThat(o.nextDeadlineCheck(POLICY)).as("the report's due-soon window passed unsent: skipped").isNull();
  }

  @Test
  void aResultOfAnOlderRequestArrivingDuringANewerVoteChangesNothing() {
    ReviewOpinion o = reported();
    String first = voting(o);
    o.recordVote(new SatisfactionResult("c", first, "p1", 0, 0, false), ISSUED_ON, POLICY); // no quorum
    o.takeEvents();
    String second = voting(o);
    assertThat(o.recordVote(new SatisfactionResult("c", first, "p1", 6, 6, true), ISSUED_ON, POLICY)).isFalse();
    assertThat(o.takeEvents()).isEmpty();
    assertThat(o.status()).isEqualTo(OpinionStatus.VOTING);
    assertThat(o.pendingVoteRequestId()).isEqualTo(second);
  }

  @Test
  void aVoteThatWillNotComeBackIsWithdrawnAndItsLateResultIgnored() {
    ReviewOpinion o = reported();
    assertThatThrownBy(() -> o.withdrawSatisfactionVote("x")).isInstanceOf(IllegalTransitionException.class);
    String requestId = voting(o);
    o.withdrawSatisfactionVote("投票已在表决系统中取消");
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.SatisfactionVoteWithdrawn(requestId, "投票已在表决系统中取消"));
    assertThat(o.status()).isEqualTo(OpinionStatus.REPORTED);
    assertThat(o.recordVote(new SatisfactionResult("c", requestId, "p", 5, 5, true), ISSUED_ON, POLICY)).isFalse();
    assertThat(voting(o)).endsWith(":round-1:2");
  }


  @Test
  void aPollCancelledInVotingEndsThePendingVoteOnceAndAnotherRequestsCancelChangesNothing() {
    // given
    ReviewOpinion o = reported();
    assertThat(o.voteCancelled("opinion:x:round-1:1", "p1", "x")).as("no vote asked").isFalse();
    String requestId = voting(o);
    // expect: a cancel of another request changes nothing
    assertThat(o.voteCancelled("opinion:other:round-1:1", "p9", "提请事项撤回")).isFalse();
    assertThat(o.takeEvents()).isEmpty();
    assertThat(o.status()).isEqualTo(OpinionStatus.VOTING);
    // when
    boolean changed = o.voteCancelled(requestId, "p1", "提请事项撤回");
    // expect
    assertThat(changed).isTrue();
    assertThat(o.takeEvents()).containsExactly(new SupervisionEvent.SatisfactionVoteCancelled(requestId, "p1", "提请事项撤回"));
    assertThat(o.status()).isEqualTo(OpinionStatus.REPORTED);
    assertThat(o.pendingVoteRequestId()).isNull();
    assertThat(o.voteCancelled(requestId, "p1", "提请事项撤回")).as("delivered again").isFalse();
    assertThat(o.recordVote(new SatisfactionResult("c", requestId, "p1", 5, 5, true), ISSUED_ON, POLICY)).isFalse();
    assertThat(o.takeEvents()).isEmpty();
    assertThat(voting(o)).as("staff may ask again").endsWith(":round-1:2");
  }

  @Test
  void anOpenVoteTakesNoScrutineersAndALongTitleStillFitsTheVote() {
    ReviewOpinion o = reported();
    assertThatThrownBy(() -> o.requestSatisfactionVote(COMMITTEE, NOW.plusSeconds(60), false, List.of("D-9"), NOW))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("scrutineers");
    ReviewOpinion long_ = ReviewOpinion.issue("c", "id", new ReviewOpinion.Details("议".repeat(200), "x", "U",
        "县住房和城乡建设局", null, null), List.of("甲"), ISSUED_ON, POLICY);
    long_.submitList(List.of(new MeasurePlan(List.of(1), "措施", "股室", ISSUED_ON.plusDays(30))), ISSUED_ON);
    long_.submitReport("r", ISSUED_ON.plusDays(1));
    long_.takeEvents();
    long_.requestSatisfactionVote(COMMITTEE, NOW.plusSeconds(60), true, List.of(), NOW);
    SupervisionEvent.SatisfactionVoteRequested asked = (SupervisionEvent.SatisfactionVoteRequested) long_.takeEvents().get(0);
    assertThat(asked.title()).hasSizeLessThanOrEqualTo(200).isEqualTo("对县住房和城乡建设局落实审议意见整改情况的满意度测评");
  }

  @Test
  void aListSentBackHasTheRemindersOfTheNextListDueAnew() {
    ReviewOpinion o = issued();
    o.applyDeadlines(LocalDate.of(2027, 3, 17), POLICY); // the list overdue
    o.submitList(List.of(new MeasurePlan(List.of(1, 2, 3), "措施", "股室", LocalDate.of(2027, 3, 20))),
        LocalDate.of(2027, 3, 18));
    o.applyDeadlines(LocalDate.of(2027, 3, 21), POLICY); // M1 overdue
    o.rejectList("措施过于笼统");
    o.takeEvents();
    o.applyDeadlines(LocalDate.of(2027, 3, 22), POLICY);
    assertThat(o.takeEvents()).as("still no list: overdue again").contains(
        new SupervisionEvent.RectificationOverdue(1, LocalDate.of(2027, 3, 16)));
    o.submitList(List.of(new MeasurePlan(List.of(1, 2, 3), "具体措施", "股室", LocalDate.of(2027, 4, 30))),
        LocalDate.of(2027, 3, 23));
    o.takeEvents();
    o.applyDeadlines(LocalDate.of(2027, 5, 1), POLICY);
    assertThat(o.takeEvents()).contains(new SupervisionEvent.MeasureOverdue("M1", "股室", LocalDate.of(2027, 4, 30)));
  }
}
