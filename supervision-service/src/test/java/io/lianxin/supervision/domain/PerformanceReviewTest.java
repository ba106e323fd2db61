package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A performance review round: given a round in a state, when a command or a result, expect events or a refusal. */
class PerformanceReviewTest {

  static final String CONGRESS = "cn-county-qingshan";
  static final String REVIEW_ID = "5b0c8a52-1f3e-3c4d-9a7b-2e6f1d0c9b8a";
  static final Instant NOW = Instant.parse("2027-12-01T02:00:00Z");
  static final List<String> COMMITTEE = List.of("D-4", "D-5", "D-6");
  static final PerformanceReviewPolicy POLICY = PerformanceReviewPolicy.defaults();
  static final RegisteredUnit COURT = new RegisteredUnit("U-court", CONGRESS, "县人民法院", true);
  static final RegisteredUnit PROCURATORATE = new RegisteredUnit("U-proc", CONGRESS, "县人民检察院", true);
  static final RegisteredUnit POLICE_BUREAU = new RegisteredUnit("U-police", CONGRESS, "县公安局", true);
  static final RegisteredUnit HOUSING = new RegisteredUnit("U-housing", CONGRESS, "县住建局", true);
  static final RegisteredUnit SUPERIOR = new RegisteredUnit("U-superior", CONGRESS, "市中级人民法院", true);

  /** Four subjects: two judges, a prosecutor and the police. */
  static PerformanceReview started() {
    PerformanceReview r = PerformanceReview.start(CONGRESS, REVIEW_ID,
        new PerformanceReview.Details(2027, "两官履职评议", "U-party", "中共青山县委", null), List.of(
            ReviewedSubject.named("S1", "王法官", ReviewSubjectKind.JUDGE, COURT, SUPERIOR),
            ReviewedSubject.named("S2", "李检察官", ReviewSubjectKind.PROSECUTOR, PROCURATORATE, SUPERIOR),
            ReviewedSubject.named("S3", "赵法官", ReviewSubjectKind.JUDGE, COURT, SUPERIOR),
            ReviewedSubject.named("S4", "县公安局", ReviewSubjectKind.POLICE, POLICE_BUREAU, SUPERIOR)));
    r.takeEvents();
    return r;
  }

  static PerformanceReview heard() {
    PerformanceReview r = started();
    for (ReviewedSubject s : r.subjects()) {
      r.recordReport(s.subjectId(), new ReviewedSubject.ReportHearing(LocalDate.of(2027, 11, 20), "述职报告"));
    }
    r.takeEvents();
    return r;
  }

  static PerformanceReview voting() {
    PerformanceReview r = heard();
    r.requestScoreVote(COMMITTEE, NOW.plusSeconds(3600), true, List.of(), NOW);
    r.takeEvents();
    return r;
  }

  static ScoreResult result(String requestId, double s1, double s2, double s3, double s4) {
    return new ScoreResult(CONGRESS, requestId, "poll-1", true, List.of(new ScoreResult.ItemScore("1、王法官", s1, 3),
        new ScoreResult.ItemScore("2、李检察官", s2, 3), new ScoreResult.ItemScore("3、赵法官", s3, 3),
        new ScoreResult.ItemScore("4、县公安局", s4, 3)));
  }

  static PerformanceReview rated() {
    PerformanceReview r = voting();
    r.recordScores(result(r.pendingVoteRequestId(), 71, 92.5, 55, 80), POLICY);
    r.takeEvents();
    return r;
  }

  static ReviewedSubject subject(PerformanceReview r, String id) {
    return r.subjects().stream().filter(s -> s.subjectId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aRoundStartsOverItsSubjects() {
    // when
    PerformanceReview r = PerformanceReview.start(CONGRESS, REVIEW_ID,
        new PerformanceReview.Details(2027, "述职评议", "U-party", "县委", null),
        List.of(ReviewedSubject.named("S1", "县住建局局长", ReviewSubjectKind.DEPARTMENT_HEAD, HOUSING, SUPERIOR)));
    // expect
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.PerformanceReviewStarted(1));
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
    assertThat(r.subjectUnitIds()).containsExactly("U-housing");
    assertThat(r.superiorUnitIds()).containsExactly("U-superior");
  }

  @Test
  void aRoundWithoutSubjectsIsRefused() {
    assertThatThrownBy(() -> PerformanceReview.start(CONGRESS, REVIEW_ID,
        new PerformanceReview.Details(2027, "述职评议", "U-party", "县委", null), List.of()))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void theStepsHearVisitAndCheckAreRecordedPerSubject() {
    // given
    PerformanceReview r = started();
    // when
    r.recordReport("S1", new ReviewedSubject.ReportHearing(LocalDate.of(2027, 11, 20), "述职"));
    r.recordInterviews("S1", new ReviewedSubject.Interviews(12, 40, "群众反映审判效率较低"));
    r.recordCaseFiles("S1", new ReviewedSubject.CaseFileSample(30, List.of("超审限案件 3 件", "文书说理不充分")));
    // expect
    assertThat(r.takeEvents()).extracting(e -> ((SupervisionEvent.PerformanceReviewStepRecorded) e).step())
        .containsExactly(ReviewStep.REPORT_HEARD, ReviewStep.INTERVIEWS_RECORDED, ReviewStep.CASE_FILES_SAMPLED);
    ReviewedSubject s1 = subject(r, "S1");
    assertThat(s1.interviews().commentForms()).isEqualTo(40);
    assertThat(s1.caseFiles().findings()).hasSize(2);
  }

  @Test
  void aStepForASubjectNotInTheRoundIsNotFound() {
    PerformanceReview r = started();
    assertThatThrownBy(() -> r.recordReport("S9", new ReviewedSubject.ReportHearing(LocalDate.of(2027, 11, 20), "x")))
        .isInstanceOf(NotFoundException.class);
    assertThat(r.takeEvents()).isEmpty();
  }

  @Test
  void theScoreVoteIsRefusedUntilEveryReportIsHeardNamingThoseNotHeard() {
    // given
    PerformanceReview r = started();
    r.recordReport("S1", new ReviewedSubject.ReportHearing(LocalDate.of(2027, 11, 20), "述职"));
    r.takeEvents();
    // when / expect
    assertThatThrownBy(() -> r.requestScoreVote(COMMITTEE, NOW.plusSeconds(3600), true, List.of(), NOW))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("S2, S3, S4");
    assertThat(r.takeEvents()).isEmpty();
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
  }

  @Test
  void theScoreVoteIsOnePollWithAnItemPerSubjectForTheStandingCommittee() {
    // given
    PerformanceReview r = heard();
    // when
    String requestId = r.requestScoreVote(COMMITTEE, NOW.plusSeconds(3600), false, List.of(), NOW);
    // expect
    assertThat(requestId).isEqualTo("review:" + REVIEW_ID + ":1");
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.ScoreVoteRequested(requestId, CONGRESS,
        "2027年度两官履职评议测评", "PERFORMANCE_REVIEW", REVIEW_ID, List.of("1、王法官", "2、李检察官", "3、赵法官", "4、县公安局"),
        COMMITTEE, NOW.plusSeconds(3600), false, false, List.of()));
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.VOTING);
  }

  @Test
  void aScoreVoteWithoutMembersOrClosingInThePastIsRefused() {
    PerformanceReview r = heard();
    assertThatThrownBy(() -> r.requestScoreVote(List.of(), NOW.plusSeconds(3600), true, List.of(), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> r.requestScoreVote(COMMITTEE, NOW, true, List.of(), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> r.requestScoreVote(COMMITTEE, NOW.plusSeconds(60), false, List.of("D-9"), NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
  }

  @Test
  void theResultRanksGradesJudgesAndProsecutorsFlagsTalksAndProposesCommendations() {
    // given
    PerformanceReview r = voting();
    String requestId = r.pendingVoteRequestId();
    // when
    boolean changed = r.recordScores(result(requestId, 71, 92.5, 55, 80), POLICY);
    // expect
    assertThat(changed).isTrue();
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.RATED);
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.PerformanceReviewRated(requestId, "poll-1", List.of(
        new SupervisionEvent.RatedSubject("S2", "李检察官", ReviewSubjectKind.PROSECUTOR, "U-proc", "U-superior", 92.5, 1,
            false, CompetenceGrade.EXCELLENT, false),
        new SupervisionEvent.RatedSubject("S4", "县公安局", ReviewSubjectKind.POLICE, "U-police", "U-superior", 80, 2,
            false, null, true),
        new SupervisionEvent.RatedSubject("S1", "王法官", ReviewSubjectKind.JUDGE, "U-court", "U-superior", 71, 3, false,
            CompetenceGrade.BASICALLY_COMPETENT, true),
        new SupervisionEvent.RatedSubject("S3", "赵法官", ReviewSubjectKind.JUDGE, "U-court", "U-superior", 55, 4, false,
            CompetenceGrade.INCOMPETENT, true)),
        List.of("S4", "S1", "S3"), List.of("S2"), List.of("S1", "S3")));
    assertThat(subject(r, "S2").result().commendationProposed()).isTrue();
    assertThat(subject(r, "S4").result().grade()).as("the police are ranked, not graded").isNull();
    assertThat(r.pollId()).isEqualTo("poll-1");
  }

  @Test
  void equalScoresShareAPlaceInTheResult() {
    // given
    PerformanceReview r = voting();
    // when
    r.recordScores(result(r.pendingVoteRequestId(), 80, 92, 80, 60), POLICY);
    // expect
    assertThat(subject(r, "S1").result().rank()).isEqualTo(2);
    assertThat(subject(r, "S3").result().rank()).isEqualTo(2);
    assertThat(subject(r, "S1").result().tied()).isTrue();
    assertThat(subject(r, "S4").result().rank()).isEqualTo(4);
    assertThat(subject(r, "S2").result().tied()).isFalse();
  }

  @Test
  void aResultDeliveredAgainChangesNothing() {
    // given
    PerformanceReview r = voting();
    String requestId = r.pendingVoteRequestId();
    r.recordScores(result(requestId, 71, 92.5, 55, 80), POLICY);
    r.takeEvents();
    // when
    boolean changed = r.recordScores(result(requestId, 99, 99, 99, 99), POLICY);
    // expect
    assertThat(changed).isFalse();
    assertThat(r.takeEvents()).isEmpty();
    assertThat(subject(r, "S1").result().averageScore()).isEqualTo(71);
  }

  @Test
  void aResultOfAnOlderRequestChangesNothing() {
    // given a first vote withdrawn and a second asked
    PerformanceReview r = voting();
    String first = r.pendingVoteRequestId();
    r.withdrawScoreVote("投票系统中已取消");
    r.requestScoreVote(COMMITTEE, NOW.plusSeconds(3600), true, List.of(), NOW);
    r.takeEvents();
    // when
    boolean changed = r.recordScores(result(first, 71, 92.5, 55, 80), POLICY);
    // expect
    assertThat(changed).isFalse();
    assertThat(r.takeEvents()).isEmpty();
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.VOTING);
    assertThat(r.pendingVoteRequestId()).isEqualTo("review:" + REVIEW_ID + ":2");
  }

  @Test
  void aVoteThatLeftASubjectUnscoredRanksAndGradesNobody() {
    // given: ballots may leave an item out; nobody scored S3 (voting publishes an average of 0 for it)
    PerformanceReview r = voting();
    String requestId = r.pendingVoteRequestId();
    ScoreResult partial = new ScoreResult(CONGRESS, requestId, "poll-1", true, List.of(
        new ScoreResult.ItemScore("1、王法官", 80, 3), new ScoreResult.ItemScore("2、李检察官", 90, 3),
        new ScoreResult.ItemScore("3、赵法官", 0, 0), new ScoreResult.ItemScore("4、县公安局", 85, 3)));
    // when
    boolean changed = r.recordScores(partial, POLICY);
    // expect: not graded 不称职 for want of ballots; the vote is void and a new one may be asked
    assertThat(changed).isTrue();
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.ScoreVoteVoid(requestId,
        "无人评分的评议对象 / subjects nobody scored: S3"));
    assertThat(r.subjects()).allSatisfy(s -> assertThat(s.result()).isNull());
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
  }

  @Test
  void thePartyCommitteeReadsEverySubjectASuperiorItsSubordinatesAUnitItsOwn() {
    // given
    PerformanceReview r = started();
    // expect
    assertThat(r.readerUnitIds()).containsExactlyInAnyOrder("U-court", "U-proc", "U-police", "U-superior", "U-party");
    assertThat(r.subjectsReadBy("U-party")).hasSize(4);
    assertThat(r.subjectsReadBy("U-superior")).hasSize(4);
    assertThat(r.subjectsReadBy("U-court")).extracting(ReviewedSubject::subjectId).containsExactly("S1", "S3");
    assertThat(r.subjectsReadBy("U-housing")).isEmpty();
  }

  @Test
  void aVoteWithoutQuorumDecidesNothingAndANewOneMayBeAsked() {
    // given
    PerformanceReview r = voting();
    String requestId = r.pendingVoteRequestId();
    // when
    boolean changed = r.recordScores(new ScoreResult(CONGRESS, requestId, "poll-1", false, List.of()), POLICY);
    // expect
    assertThat(changed).isTrue();
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.ScoreVoteVoid(requestId,
        "表决无效（未达法定人数） / the vote is void (no quorum)"));
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
    assertThat(r.requestScoreVote(COMMITTEE, NOW.plusSeconds(3600), true, List.of(), NOW)).endsWith(":2");
  }

  @Test
  void aWithdrawnVoteIsNotAwaitedAnyMore() {
    // given
    PerformanceReview r = voting();
    String requestId = r.pendingVoteRequestId();
    // when
    r.withdrawScoreVote("投票系统中已取消");
    // expect
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.ScoreVoteVoid(requestId, "投票系统中已取消"));
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
    assertThat(r.recordScores(result(requestId, 71, 92.5, 55, 80), POLICY)).isFalse();
    assertThatThrownBy(() -> r.withdrawScoreVote("again")).isInstanceOf(IllegalTransitionException.class);
  }


  @Test
  void aPollCancelledInVotingVoidsTheScoreVoteOnceWithVotingsReason() {
    // given
    PerformanceReview r = voting();
    String requestId = r.pendingVoteRequestId();
    assertThat(r.voteCancelled("review:other:1", "x")).as("not ours").isFalse();
    assertThat(r.takeEvents()).isEmpty();
    // when
    boolean changed = r.voteCancelled(requestId, "提请事项撤回");
    // expect
    assertThat(changed).isTrue();
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.ScoreVoteVoid(requestId,
        "表决已在表决服务中取消 / the poll was cancelled in voting-service: 提请事项撤回"));
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.IN_PROGRESS);
    assertThat(r.voteCancelled(requestId, "提请事项撤回")).as("delivered again").isFalse();
    assertThat(r.recordScores(result(requestId, 71, 92.5, 55, 80), POLICY)).isFalse();
  }

  @Test
  void aResultThatDoesNotScoreASubjectIsRefused() {
    PerformanceReview r = voting();
    ScoreResult partial = new ScoreResult(CONGRESS, r.pendingVoteRequestId(), "poll-1", true,
        List.of(new ScoreResult.ItemScore("1、王法官", 80, 3)));
    assertThatThrownBy(() -> r.recordScores(partial, POLICY)).isInstanceOf(IllegalArgumentException.class);
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.VOTING);
    assertThat(r.takeEvents()).isEmpty();
  }

  @Test
  void basicallyCompetentAndIncompetentSubjectsGetAnOpinionWithADerivedIdAndTheFindingsAsProblems() {
    // given
    PerformanceReview r = started();
    r.recordCaseFiles("S1", new ReviewedSubject.CaseFileSample(30, List.of("超审限案件 3 件")));
    for (ReviewedSubject s : r.subjects()) {
      r.recordReport(s.subjectId(), new ReviewedSubject.ReportHearing(LocalDate.of(2027, 11, 20), "述职"));
    }
    r.requestScoreVote(COMMITTEE, NOW.plusSeconds(3600), true, List.of(), NOW);
    r.recordScores(result(r.pendingVoteRequestId(), 71, 92.5, 55, 80), POLICY);
    // when
    PerformanceReview.RectificationOpinion first = r.rectificationOpinion("S1", List.of());
    PerformanceReview.RectificationOpinion again = r.rectificationOpinion("S1", List.of());
    PerformanceReview.RectificationOpinion other = r.rectificationOpinion("S3", List.of("庭审不规范"));
    // expect
    assertThat(first.problems()).containsExactly("超审限案件 3 件");
    assertThat(again.opinionId()).as("derived: a retry meets the same id").isEqualTo(first.opinionId());
    assertThat(other.opinionId()).isNotEqualTo(first.opinionId()).matches("^[0-9a-f-]{36}$");
    assertThat(first.subject().unitId()).isEqualTo("U-court");
  }

  @Test
  void noOpinionForACompetentOrUngradedSubjectOrWithoutProblems() {
    PerformanceReview r = rated();
    assertThatThrownBy(() -> r.rectificationOpinion("S2", List.of("x"))).as("优秀")
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> r.rectificationOpinion("S4", List.of("x"))).as("the police are not graded")
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> r.rectificationOpinion("S3", List.of())).as("no findings, no problems given")
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("problems");
    assertThatThrownBy(() -> heard().rectificationOpinion("S1", List.of("x"))).as("not rated yet")
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theOpinionIsRecordedOnTheSubjectOnce() {
    // given
    PerformanceReview r = rated();
    String id = r.rectificationOpinion("S1", List.of("超审限")).opinionId();
    // when
    boolean first = r.opinionIssued("S1", id);
    boolean again = r.opinionIssued("S1", id);
    // expect
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.PerformanceReviewStepRecorded("S1", "王法官",
        ReviewStep.RECTIFICATION_OPINION_ISSUED, id));
    assertThat(subject(r, "S1").opinionId()).isEqualTo(id);
  }

  @Test
  void theRoundClosesOnlyWhenEveryOpinionDueIsIssued() {
    // given
    PerformanceReview r = rated();
    r.opinionIssued("S1", r.rectificationOpinion("S1", List.of("超审限")).opinionId());
    r.takeEvents();
    // when / expect
    assertThatThrownBy(r::close).isInstanceOf(RuleViolationException.class).hasMessageContaining("S3");
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.RATED);
    r.opinionIssued("S3", r.rectificationOpinion("S3", List.of("庭审不规范")).opinionId());
    r.takeEvents();
    r.close();
    assertThat(r.takeEvents()).containsExactly(new SupervisionEvent.PerformanceReviewClosed(3, 1, 2));
    assertThat(r.status()).isEqualTo(PerformanceReviewStatus.CLOSED);
  }

  @Test
  void stepsAreRecordedOnlyBeforeTheVote() {
    PerformanceReview r = voting();
    assertThatThrownBy(() -> r.recordInterviews("S1", new ReviewedSubject.Interviews(1, 1, "x")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> started().close()).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theItemOfASubjectHasNoDotAndFitsVotingsLimit() {
    ReviewedSubject s = ReviewedSubject.named("S12", "A.B" + "长".repeat(300), ReviewSubjectKind.STREET_UNIT, HOUSING,
        SUPERIOR);
    assertThat(s.pollItem()).startsWith("12、A·B").doesNotContain(".").hasSize(200);
  }
}
