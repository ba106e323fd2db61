package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Oversight activities: given an activity, when a command, expect events or a refusal that changes nothing. */
class SupervisionActivityTest {

  static final List<String> ACTIVE = List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7");
  static final List<String> COMMITTEE = List.of("D4", "D5", "D6", "D7");
  static final LocalDate HELD_ON = LocalDate.of(2027, 5, 18);
  static final SupervisionPolicy POLICY = SupervisionPolicy.defaults(java.time.ZoneId.of("Asia/Shanghai"));

  static SupervisionActivity planned() {
    SupervisionActivity a = SupervisionActivity.schedule("c", new SupervisionActivity.Schedule(2027, 2,
        ActivityType.LAW_INSPECTION, "水污染防治法执法检查", null, null, 3, List.of("2013-1")));
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.ActivityScheduled());
    return a;
  }

  static SupervisionActivity preparing() {
    SupervisionActivity a = planned();
    a.startPreparing();
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.ActivityPreparationStarted());
    return a;
  }

  static SupervisionActivity held() {
    SupervisionActivity a = preparing();
    a.hold(new Hearing(HELD_ON, List.of("D1"), "发现问题", List.of()), ACTIVE);
    a.takeEvents();
    return a;
  }

  @Test
  void aScheduledActivityIsPlannedUnderItsPlanItemsId() {
    SupervisionActivity a = planned();
    assertThat(a.activityId()).isEqualTo("2027-2");
    assertThat(a.status()).isEqualTo(ActivityStatus.PLANNED);
    assertThat(a.schedule().followsUp()).containsExactly("2013-1");
  }

  @Test
  void itGoesPlannedPreparingHeldOpinionIssuedClosed() {
    SupervisionActivity a = preparing();
    assertThat(a.status()).isEqualTo(ActivityStatus.PREPARING);
    a.hold(new Hearing(HELD_ON, List.of("D1", "D2"), "排污口整治不到位", List.of(
        new SiteCheck("城关段排污口", HELD_ON.minusDays(3), true, "夜间偷排"),
        new SiteCheck("污水处理厂", HELD_ON.minusDays(2), false, "满负荷运行"))), ACTIVE);
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.ActivityHeld(HELD_ON, 2, 2, 1));
    assertThat(a.hearing().unannouncedChecks()).isEqualTo(1);
    a.opinionIssued("op-1");
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.ActivityOpinionIssued("op-1"));
    assertThat(a.opinionId()).isEqualTo("op-1");
    a.close();
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.ActivityClosed());
    assertThat(a.status()).isEqualTo(ActivityStatus.CLOSED);
  }

  @Test
  void eachStepIsRefusedOutOfOrderAndChangesNothing() {
    SupervisionActivity a = planned();
    refused(a, x -> x.allocateDeputies(List.of("D1"), ACTIVE));
    refused(a, x -> x.nameLeadSpeakers(COMMITTEE.subList(0, 3), COMMITTEE));
    refused(a, x -> x.hold(new Hearing(HELD_ON, List.of(), "x", List.of()), ACTIVE));
    refused(a, x -> x.opinionIssued("op"));
    refused(a, SupervisionActivity::close);
    SupervisionActivity h = held();
    refused(h, SupervisionActivity::startPreparing);
    refused(h, x -> x.allocateDeputies(List.of("D1"), ACTIVE));
    refused(h, SupervisionActivity::close);
  }

  private static void refused(SupervisionActivity a, Consumer<SupervisionActivity> command) {
    ActivityStatus before = a.status();
    assertThatThrownBy(() -> command.accept(a)).isInstanceOf(IllegalTransitionException.class);
    assertThat(a.status()).isEqualTo(before);
    assertThat(a.takeEvents()).isEmpty();
  }

  @Test
  void deputiesAllocatedAreActiveDeputiesOfTheRegisterNamedOnce() {
    SupervisionActivity a = preparing();
    assertThatThrownBy(() -> a.allocateDeputies(List.of("D1", "X9"), ACTIVE)).isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("X9");
    assertThatThrownBy(() -> a.allocateDeputies(List.of("D1", "D1"), ACTIVE)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.allocateDeputies(List.of(), ACTIVE)).isInstanceOf(RuleViolationException.class);
    assertThat(a.takeEvents()).isEmpty();
    assertThat(a.allocatedDeputies()).isEmpty();
    a.allocateDeputies(List.of("D1", "D2"), ACTIVE);
    a.allocateDeputies(List.of("D3"), ACTIVE);
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.DeputiesAllocated(List.of("D1", "D2")),
        new SupervisionEvent.DeputiesAllocated(List.of("D3")));
    assertThat(a.allocatedDeputies()).as("replaced").containsExactly("D3");
    assertThat(a.involves("D3")).isTrue();
    assertThat(a.involves("D1")).isFalse();
  }

  @Test
  void leadSpeakersAreThreeToFourStandingCommitteeMembers() {
    SupervisionActivity a = preparing();
    assertThatThrownBy(() -> a.nameLeadSpeakers(List.of("D4", "D5"), COMMITTEE)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.nameLeadSpeakers(List.of("D4", "D5", "D6", "D7", "D1"), ACTIVE))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.nameLeadSpeakers(List.of("D1", "D4", "D5"), COMMITTEE))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("D1");
    assertThat(a.takeEvents()).isEmpty();
    a.nameLeadSpeakers(List.of("D4", "D5", "D6"), COMMITTEE);
    a.nameLeadSpeakers(List.of("D4", "D5", "D6", "D7"), COMMITTEE);
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.LeadSpeakersNamed(List.of("D4", "D5", "D6")),
        new SupervisionEvent.LeadSpeakersNamed(List.of("D4", "D5", "D6", "D7")));
    assertThat(a.involves("D7")).isTrue();
  }

  @Test
  void theAttendanceIsOfActiveDeputies() {
    SupervisionActivity a = preparing();
    assertThatThrownBy(() -> a.hold(new Hearing(HELD_ON, List.of("D1", "X9"), "x", List.of()), ACTIVE))
        .isInstanceOf(RuleViolationException.class).hasMessageContaining("X9");
    assertThat(a.status()).isEqualTo(ActivityStatus.PREPARING);
    assertThat(a.takeEvents()).isEmpty();
  }

  @Test
  void cancellingNeedsAReasonAndAnOpenActivity() {
    SupervisionActivity a = preparing();
    a.allocateDeputies(List.of("D1"), ACTIVE);
    a.takeEvents();
    assertThatThrownBy(() -> a.cancel(" ")).isInstanceOf(RuleViolationException.class);
    assertThat(a.status()).isEqualTo(ActivityStatus.PREPARING);
    a.cancel("县委调整工作安排");
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.ActivityCancelled("县委调整工作安排", List.of("D1")));
    assertThat(a.status()).isEqualTo(ActivityStatus.CANCELLED);
    refused(a, x -> x.cancel("again"));
    SupervisionActivity fromHeld = held();
    fromHeld.cancel("x");
    assertThat(fromHeld.status()).isEqualTo(ActivityStatus.CANCELLED);
    SupervisionActivity closed = held();
    closed.opinionIssued("op");
    closed.close();
    closed.takeEvents();
    refused(closed, x -> x.cancel("x"));
  }

  static SupervisionActivity inquiry() {
    SupervisionActivity a = SupervisionActivity.schedule("c", new SupervisionActivity.Schedule(2027, 5,
        ActivityType.THEMATIC_INQUIRY, "五里河治理专题询问", "U", "县住建局", 3, List.of()));
    a.takeEvents();
    return a;
  }

  @Test
  void onlyAThematicInquiryHasQuestionsDraftedBeforeItIsHeld() {
    SupervisionActivity review = planned();
    assertThatThrownBy(() -> review.draftQuestion(FiveQuestion.CAUSE, "q", "D4", "王某", "U", "县住建局"))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("activityType");
    SupervisionActivity a = inquiry();
    assertThat(a.draftQuestion(FiveQuestion.CAUSE, "原因是什么？", "D4", "王某", "U", "县住建局")).isEqualTo(1);
    a.startPreparing();
    assertThat(a.draftQuestion(FiveQuestion.COMMITMENT, "何时整改到位？", "D5", "王某", "U", "县住建局")).isEqualTo(2);
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.InquiryQuestionDrafted(1, FiveQuestion.CAUSE, "王某"),
        new SupervisionEvent.ActivityPreparationStarted(),
        new SupervisionEvent.InquiryQuestionDrafted(2, FiveQuestion.COMMITMENT, "王某"));
    a.hold(new Hearing(HELD_ON, List.of("D4", "D5"), "询问", List.of()), ACTIVE);
    a.takeEvents();
    refused(a, x -> x.draftQuestion(FiveQuestion.RESULTS, "q", "D4", "王某", "U", "县住建局"));
  }

  @Test
  void anAnswerIsGivenOnceWhenHeldWithFollowUpsAndACommitmentRemindedOnceWhenOverdue() {
    SupervisionActivity a = inquiry();
    a.draftQuestion(FiveQuestion.COMMITMENT, "何时整改到位？", "D4", "王某", "U", "县住建局");
    a.startPreparing();
    a.takeEvents();
    refused(a, x -> x.answerQuestion(1, "a", List.of(), null));
    a.hold(new Hearing(HELD_ON, List.of("D4"), "询问", List.of()), ACTIVE);
    a.takeEvents();
    assertThatThrownBy(() -> a.answerQuestion(1, "年底前", List.of(), new InquiryQuestion.Commitment("整治排污口",
        HELD_ON.minusDays(1)))).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.answerQuestion(2, "x", List.of(), null))
        .isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    LocalDate due = HELD_ON.plusMonths(6);
    a.answerQuestion(1, "年底前完成", List.of(new InquiryQuestion.FollowUp("资金从哪里来？", "县财政专项")),
        new InquiryQuestion.Commitment("整治排污口", due));
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.InquiryQuestionAnswered(1, FiveQuestion.COMMITMENT,
        "王某", 1, due));
    assertThat(a.questions().get(0).followUps()).hasSize(1);
    refused(a, x -> x.answerQuestion(1, "again", List.of(), null));

    assertThat(a.nextDeadlineCheck(POLICY)).isEqualTo(due.plusDays(1));
    assertThat(a.applyDeadlines(due, POLICY)).isFalse();
    assertThat(a.applyDeadlines(due.plusDays(1), POLICY)).isTrue();
    assertThat(a.applyDeadlines(due.plusDays(2), POLICY)).as("once").isFalse();
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.CommitmentOverdue(1, "整治排污口", "王某", "U", due));
    assertThat(a.nextDeadlineCheck(POLICY)).isNull();
  }

  @Test
  void theParticipationReportListsEveryoneOfTheRollAndThoseBelowTheMinimum() {
    SupervisionActivity first = preparing();
    first.allocateDeputies(List.of("D1", "D2"), ACTIVE);
    SupervisionActivity second = SupervisionActivity.schedule("c", new SupervisionActivity.Schedule(2027, 3,
        ActivityType.WORK_REPORT_REVIEW, "t", "U", "单位", 2, List.of()));
    second.startPreparing();
    second.allocateDeputies(List.of("D1"), ACTIVE);
    SupervisionActivity cancelled = SupervisionActivity.schedule("c", new SupervisionActivity.Schedule(2027, 4,
        ActivityType.WORK_REPORT_REVIEW, "t", "U", "单位", 2, List.of()));
    cancelled.startPreparing();
    cancelled.allocateDeputies(List.of("D2"), ACTIVE);
    cancelled.cancel("x");
    SupervisionActivity lastYear = SupervisionActivity.schedule("c", new SupervisionActivity.Schedule(2026, 1,
        ActivityType.WORK_REPORT_REVIEW, "t", "U", "单位", 2, List.of()));
    lastYear.startPreparing();
    lastYear.allocateDeputies(List.of("D2"), ACTIVE);

    ParticipationReport report = ParticipationReport.of(2027, 2, List.of("D3", "D1", "D2"),
        List.of(first, second, cancelled, lastYear), SupervisionActivity::allocatedDeputies);

    assertThat(report.lines()).containsExactly(new ParticipationReport.Line("D1", 2),
        new ParticipationReport.Line("D2", 1), new ParticipationReport.Line("D3", 0));
    assertThat(report.belowMinimum()).extracting(ParticipationReport.Line::deputyId).containsExactly("D2", "D3");
  }

  static SupervisionActivity answeredWithCommitment(LocalDate due) {
    SupervisionActivity a = inquiry();
    a.draftQuestion(FiveQuestion.COMMITMENT, "何时整改到位？", "D4", "王某", "U", "县住建局");
    a.draftQuestion(FiveQuestion.CAUSE, "原因是什么？", "D5", "王某", "U", "县住建局");
    a.startPreparing();
    a.hold(new Hearing(HELD_ON, List.of("D4", "D5"), "询问", List.of()), ACTIVE);
    a.answerQuestion(1, "年底前完成", List.of(), new InquiryQuestion.Commitment("整治排污口", due));
    a.answerQuestion(2, "历史欠账", List.of(), null);
    a.takeEvents();
    return a;
  }

  @Test
  void aCommitmentFulfilledOnTimeIsRecordedOnceAndIsNeverRemindedOverdue() {
    // given
    LocalDate due = HELD_ON.plusMonths(6);
    SupervisionActivity a = answeredWithCommitment(due);
    LocalDate fulfilledOn = due.minusDays(10);
    // when
    a.fulfilCommitment(1, fulfilledOn, "验收意见", due.minusDays(9));
    // expect
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.InquiryCommitmentFulfilled(1, "整治排污口", "王某", "U",
        "D4", due, fulfilledOn, true, "验收意见"));
    assertThat(a.questions().get(0).fulfilment()).isEqualTo(new InquiryQuestion.Fulfilment(fulfilledOn, "验收意见", true));
    assertThat(a.nextDeadlineCheck(POLICY)).as("nothing left to remind").isNull();
    assertThat(a.applyDeadlines(due.plusDays(1), POLICY)).isFalse();
    assertThat(a.takeEvents()).isEmpty();
    refused(a, x -> x.fulfilCommitment(1, fulfilledOn, "again", due));
    assertThat(a.questions().get(0).fulfilment().evidence()).isEqualTo("验收意见");
  }

  @Test
  void aCommitmentFulfilledAfterItsOverdueReminderIsLate() {
    // given
    LocalDate due = HELD_ON.plusMonths(1);
    SupervisionActivity a = answeredWithCommitment(due);
    a.applyDeadlines(due.plusDays(1), POLICY);
    a.takeEvents();
    // when
    a.fulfilCommitment(1, due.plusDays(5), "整改报告", due.plusDays(6));
    // expect
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.InquiryCommitmentFulfilled(1, "整治排污口", "王某", "U",
        "D4", due, due.plusDays(5), false, "整改报告"));
  }

  @Test
  void aFulfilmentNeedsACommitmentEvidenceAndADayBetweenTheInquiryAndToday() {
    // given
    LocalDate due = HELD_ON.plusMonths(6);
    SupervisionActivity a = answeredWithCommitment(due);
    LocalDate today = HELD_ON.plusDays(20);
    // expect
    assertThatThrownBy(() -> a.fulfilCommitment(2, today, "x", today)).isInstanceOf(RuleViolationException.class)
        .extracting("field").isEqualTo("questionNumber");
    assertThatThrownBy(() -> a.fulfilCommitment(1, today, " ", today)).isInstanceOf(RuleViolationException.class)
        .extracting("field").isEqualTo("evidence");
    assertThatThrownBy(() -> a.fulfilCommitment(1, HELD_ON.minusDays(1), "x", today))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("fulfilledOn");
    assertThatThrownBy(() -> a.fulfilCommitment(1, today.plusDays(1), "x", today))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("fulfilledOn");
    assertThatThrownBy(() -> a.fulfilCommitment(3, today, "x", today))
        .isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    assertThat(a.takeEvents()).isEmpty();
    assertThat(a.questions().get(0).fulfilment()).isNull();
    assertThat(a.nextDeadlineCheck(POLICY)).isEqualTo(due.plusDays(1));
    SupervisionActivity cancelled = answeredWithCommitment(due);
    cancelled.cancel("县委调整");
    cancelled.takeEvents();
    refused(cancelled, x -> x.fulfilCommitment(1, today, "x", today));
    assertThatThrownBy(() -> preparing().fulfilCommitment(1, today, "x", today))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("activityType");
  }

  static final LocalDate TODAY = LocalDate.of(2027, 4, 10);

  static SupervisionActivity allocated(String... deputies) {
    SupervisionActivity a = preparing();
    a.allocateDeputies(List.of(deputies), ACTIVE);
    a.takeEvents();
    return a;
  }

  @Test
  void theOpinionFormGoesOnceToTheDeputiesAllocatedWhilePreparing() {
    // given
    SupervisionActivity a = allocated("D1", "D2");
    // when
    a.sendOpinionForm(List.of("整治重点在哪里？", "还有哪些问题？"), TODAY.plusDays(20), TODAY);
    // expect
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.OpinionFormSent(2, TODAY.plusDays(20),
        List.of("D1", "D2")));
    assertThat(a.opinionForm().deputyIds()).containsExactly("D1", "D2");
    assertThat(a.opinionForm().sentOn()).isEqualTo(TODAY);
    assertThat(a.opinionForm().notAnswered()).containsExactly("D1", "D2");
    refused(a, x -> x.sendOpinionForm(List.of("q"), TODAY.plusDays(20), TODAY));
    refused(planned(), x -> x.sendOpinionForm(List.of("q"), TODAY.plusDays(20), TODAY));
    refused(held(), x -> x.sendOpinionForm(List.of("q"), TODAY.plusDays(20), TODAY));
  }

  @Test
  void anOpinionFormNeedsDeputiesOneToTwentyQuestionsAndADueDayNotPast() {
    // given
    SupervisionActivity nobody = preparing();
    SupervisionActivity a = allocated("D1");
    java.util.List<String> twentyOne = java.util.Collections.nCopies(21, "q");
    // expect
    assertThatThrownBy(() -> nobody.sendOpinionForm(List.of("q"), TODAY, TODAY))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("deputyIds");
    assertThatThrownBy(() -> a.sendOpinionForm(List.of(), TODAY, TODAY))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("questions");
    assertThatThrownBy(() -> a.sendOpinionForm(twentyOne, TODAY, TODAY))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("questions");
    assertThatThrownBy(() -> a.sendOpinionForm(List.of("q", " "), TODAY, TODAY))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("questions");
    assertThatThrownBy(() -> a.sendOpinionForm(List.of("q"), TODAY.minusDays(1), TODAY))
        .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("dueOn");
    assertThat(a.opinionForm()).isNull();
    assertThat(a.takeEvents()).isEmpty();
    a.sendOpinionForm(java.util.Collections.nCopies(20, "q"), TODAY, TODAY);
    assertThat(a.opinionForm().questions()).hasSize(20);
  }

  @Test
  void eachDeputyTheFormWentToAnswersOnceOneAnswerPerQuestionByTheDueDay() {
    // given
    SupervisionActivity a = allocated("D1", "D2", "D3");
    a.sendOpinionForm(List.of("q1", "q2"), TODAY.plusDays(5), TODAY);
    a.takeEvents();
    // when
    a.answerOpinionForm("D2", List.of("a1", "a2"), TODAY.plusDays(1));
    // expect
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.OpinionFormAnswered("D2", 1, 3));
    assertThat(a.opinionForm().answered()).containsExactly("D2");
    assertThat(a.opinionForm().notAnswered()).containsExactly("D1", "D3");
    refused(a, x -> x.answerOpinionForm("D2", List.of("b1", "b2"), TODAY.plusDays(1)));
    refused(a, x -> x.answerOpinionForm("D1", List.of("b1", "b2"), TODAY.plusDays(6)));
    assertThatThrownBy(() -> a.answerOpinionForm("D4", List.of("a1", "a2"), TODAY))
        .as("not allocated: the form is not there").isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    assertThatThrownBy(() -> a.answerOpinionForm("D1", List.of("a1"), TODAY)).isInstanceOf(RuleViolationException.class)
        .extracting("field").isEqualTo("answers");
    assertThatThrownBy(() -> a.answerOpinionForm("D1", List.of("a1", ""), TODAY))
        .isInstanceOf(RuleViolationException.class);
    assertThat(a.takeEvents()).isEmpty();
    assertThat(a.opinionForm().answerOf("D2").orElseThrow().answers()).containsExactly("a1", "a2");
    a.answerOpinionForm("D1", List.of("c1", "c2"), TODAY.plusDays(5));
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.OpinionFormAnswered("D1", 2, 3));
    assertThat(a.opinionForm().asSeenBy("D1").answers()).extracting(OpinionForm.Answer::deputyId).containsExactly("D1");
    assertThat(a.opinionForm().asSeenBy("D3").answers()).isEmpty();
  }

  @Test
  void aFormNotSentOrOfACancelledActivityTakesNoAnswer() {
    // given
    SupervisionActivity notSent = allocated("D1");
    SupervisionActivity cancelled = allocated("D1");
    cancelled.sendOpinionForm(List.of("q"), TODAY.plusDays(5), TODAY);
    cancelled.cancel("县委调整");
    cancelled.takeEvents();
    // expect
    assertThatThrownBy(() -> notSent.answerOpinionForm("D1", List.of("a"), TODAY))
        .isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    refused(cancelled, x -> x.answerOpinionForm("D1", List.of("a"), TODAY));
  }

  @Test
  void theFormDueSoonNamesTheDeputiesWhoHaveNotAnsweredOnce() {
    // given: a form due in 10 days to three deputies, one of whom answered (due soon: 3 days before)
    SupervisionActivity a = allocated("D1", "D2", "D3");
    LocalDate due = TODAY.plusDays(10);
    a.sendOpinionForm(List.of("q"), due, TODAY);
    a.answerOpinionForm("D2", List.of("a"), TODAY);
    a.takeEvents();
    // expect: looked at 3 days before the due day, not before
    assertThat(a.nextDeadlineCheck(POLICY)).isEqualTo(due.minusDays(3));
    assertThat(a.applyDeadlines(due.minusDays(4), POLICY)).isFalse();
    // when
    assertThat(a.applyDeadlines(due.minusDays(3), POLICY)).isTrue();
    // expect
    assertThat(a.takeEvents()).containsExactly(new SupervisionEvent.OpinionFormDueSoon(due, List.of("D1", "D3"), 3));
    assertThat(a.applyDeadlines(due.minusDays(2), POLICY)).as("once").isFalse();
    assertThat(a.applyDeadlines(due, POLICY)).as("once").isFalse();
    assertThat(a.nextDeadlineCheck(POLICY)).isNull();
    // and a copy restored from what is stored remembers it
    SupervisionActivity restored = SupervisionActivity.restore("c", a.activityId(), a.schedule(),
        new SupervisionActivity.State(a.status(), a.allocatedDeputies(), a.leadSpeakers(), a.hearing(), a.opinionId(),
            a.cancelReason(), a.questions(), a.remindersSent(), a.opinionForm()));
    assertThat(restored.applyDeadlines(due, POLICY)).isFalse();
    assertThat(restored.takeEvents()).isEmpty();
  }

  @Test
  void noFormReminderWhenEveryoneAnsweredTheActivityIsCancelledOrTheWindowPassedUnsent() {
    // given
    LocalDate due = TODAY.plusDays(10);
    SupervisionActivity answered = allocated("D1");
    answered.sendOpinionForm(List.of("q"), due, TODAY);
    answered.answerOpinionForm("D1", List.of("a"), TODAY);
    SupervisionActivity cancelled = allocated("D1");
    cancelled.sendOpinionForm(List.of("q"), due, TODAY);
    cancelled.cancel("县委调整");
    SupervisionActivity late = allocated("D1");
    late.sendOpinionForm(List.of("q"), due, TODAY);
    List.of(answered, cancelled, late).forEach(SupervisionActivity::takeEvents);
    // expect
    assertThat(answered.nextDeadlineCheck(POLICY)).isNull();
    assertThat(answered.applyDeadlines(due, POLICY)).isFalse();
    assertThat(cancelled.nextDeadlineCheck(POLICY)).isNull();
    assertThat(cancelled.applyDeadlines(due, POLICY)).isFalse();
    assertThat(late.applyDeadlines(due.plusDays(1), POLICY)).as("answers are closed: nothing to remind of").isFalse();
    assertThat(late.nextDeadlineCheck(POLICY)).isNull();
    assertThat(List.of(answered, cancelled, late)).allSatisfy(x -> assertThat(x.takeEvents()).isEmpty());
  }
}
