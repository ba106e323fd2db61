package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annual plan: given a plan, when a command, expect events or a refusal that changes nothing. */
class AnnualPlanTest {

  static final LocalDate ADOPTION = LocalDate.of(2027, 2, 20);

  static PlanItem.Draft review(String title) {
    return new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null, ActivityType.WORK_REPORT_REVIEW, title,
        "U-housing", "县住建局", 2, List.of());
  }

  static AnnualPlan drafted() {
    AnnualPlan plan = AnnualPlan.draft("c", 2027, List.of(review("老旧小区改造"), new PlanItem.Draft(PlanItemSource.TOPIC,
        "T1", null, ActivityType.LAW_INSPECTION, "水污染防治法执法检查", null, null, 3, List.of())));
    assertThat(plan.takeEvents()).containsExactly(new SupervisionEvent.PlanDrafted(2));
    return plan;
  }

  @Test
  void aDraftNumbersItsItemsAndAdoptionHappensOnce() {
    AnnualPlan plan = drafted();
    assertThat(plan.items()).extracting(PlanItem::number).containsExactly(1, 2);
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.adopt(ADOPTION)).isTrue();
    assertThat(plan.takeEvents()).containsExactly(new SupervisionEvent.PlanAdopted(2));
    assertThat(plan.adoptedOn()).isEqualTo(ADOPTION);
    assertThat(plan.adopt(ADOPTION.plusDays(1))).as("adopted again: a retry").isFalse();
    assertThat(plan.takeEvents()).isEmpty();
    assertThat(plan.adoptedOn()).isEqualTo(ADOPTION);
  }

  @Test
  void theActivityIdIsTheYearAndTheItemNumber() {
    assertThat(AnnualPlan.activityId(2027, 3)).isEqualTo("2027-3");
  }

  @Test
  void anItemIsAddedToADraftWithoutAReasonAndAfterAdoptionOnlyWithOne() {
    AnnualPlan plan = drafted();
    assertThat(plan.addItem(review("食品安全"), null).number()).isEqualTo(3);
    assertThat(plan.takeEvents()).containsExactly(new SupervisionEvent.PlanItemAdded(3, "食品安全", null));
    plan.adopt(ADOPTION);
    plan.takeEvents();
    assertThatThrownBy(() -> plan.addItem(review("安全生产"), " ")).isInstanceOf(RuleViolationException.class)
        .extracting("field").isEqualTo("reason");
    assertThat(plan.items()).hasSize(3);
    PlanItem late = plan.addItem(review("安全生产"), "县委交办");
    assertThat(late.addedLateReason()).isEqualTo("县委交办");
    assertThat(plan.takeEvents()).containsExactly(new SupervisionEvent.PlanItemAdded(4, "安全生产", "县委交办"));
  }

  @Test
  void anEmptyOrOversizedPlanIsRefused() {
    assertThatThrownBy(() -> AnnualPlan.draft("c", 2027, List.of())).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> AnnualPlan.draft("c", 2027, Collections.nCopies(AnnualPlan.MAX_ITEMS + 1, review("x"))))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void eachItemNamesItsSourceBodyAndQuarter() {
    assertThatThrownBy(() -> new PlanItem.Draft(PlanItemSource.TOPIC, null, null, ActivityType.LAW_INSPECTION, "t",
        null, null, 1, List.of())).extracting("field").isEqualTo("topicId");
    assertThatThrownBy(() -> new PlanItem.Draft(PlanItemSource.GOVERNMENT_PRIORITY, "T1", null,
        ActivityType.LAW_INSPECTION, "t", null, null, 1, List.of())).extracting("field").isEqualTo("topicId");
    assertThatThrownBy(() -> new PlanItem.Draft(PlanItemSource.OTHER, null, " ", ActivityType.LAW_INSPECTION, "t", null,
        null, 1, List.of())).extracting("field").isEqualTo("sourceNote");
    assertThatThrownBy(() -> new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null,
        ActivityType.WORK_REPORT_REVIEW, "t", null, null, 1, List.of())).extracting("field").isEqualTo("bodyUnitId");
    assertThatThrownBy(() -> new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null,
        ActivityType.LAW_INSPECTION, "t", null, null, 5, List.of())).extracting("field").isEqualTo("quarter");
    assertThatThrownBy(() -> new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null, ActivityType.FOLLOW_UP,
        "t", "U", "单位", 1, List.of())).extracting("field").isEqualTo("followsUp");
    assertThat(new PlanItem.Draft(PlanItemSource.OTHER, null, "代表议案", ActivityType.LAW_INSPECTION, "t", null, null, 4,
        null).followsUp()).isEmpty();
  }

  @Test
  void aFollowUpLinksOnlyToEarlierActivities() {
    AnnualPlan plan = drafted();
    PlanItem.Draft later = new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null, ActivityType.FOLLOW_UP, "t",
        "U", "单位", 1, List.of("2028-1"));
    assertThatThrownBy(() -> plan.addItem(later, null)).isInstanceOf(RuleViolationException.class);
    PlanItem.Draft itself = new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null, ActivityType.FOLLOW_UP, "t",
        "U", "单位", 1, List.of("2027-3"));
    assertThatThrownBy(() -> plan.addItem(itself, null)).isInstanceOf(RuleViolationException.class);
    assertThat(plan.items()).hasSize(2);
    assertThat(plan.takeEvents()).isEmpty();
    PlanItem.Draft earlier = new PlanItem.Draft(PlanItemSource.PARTY_COMMITTEE, null, null, ActivityType.FOLLOW_UP,
        "五里河治理跟踪监督", "U", "单位", 1, List.of("2013-2", "2027-1"));
    assertThat(plan.addItem(earlier, null).followsUp()).containsExactly("2013-2", "2027-1");
  }
}
