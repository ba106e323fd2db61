package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.ActivityStore;
import io.lianxin.supervision.application.port.PlanStore;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.application.port.TopicStore;
import io.lianxin.supervision.domain.ActivityType;
import io.lianxin.supervision.domain.AnnualPlan;
import io.lianxin.supervision.domain.PlanItem;
import io.lianxin.supervision.domain.PlanItemSource;
import io.lianxin.supervision.domain.PlanStatus;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.supervision.domain.SupervisionActivity;
import io.lianxin.supervision.domain.SupervisionPolicy;
import io.lianxin.supervision.domain.SupervisionTopic;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The annual supervision plan (年度监督计划): the office drafts it with items from topics, the party
 * committee, the government's priorities or another source (a topic must be open, a body an active
 * unit of the register, a linked earlier activity must exist); the chair's council (LEADER) adopts
 * it. Anyone reads an adopted plan on the public path.
 *
 * <p>Adoption is two steps, each one aggregate write: the plan saved adopted ({@code plan-adopted}),
 * then one activity inserted per item under the deterministic id {@code <planYear>-<itemNumber>}
 * ({@code activity-scheduled}). An activity that exists already is left as it is (the key refuses a
 * second insert), and adopting an adopted plan writes no plan but schedules the activities still
 * missing — so an adoption retried after a failure between the steps, or sent twice, completes the
 * schedule and creates nothing twice. An item added after adoption (with its reason) schedules its
 * activity the same way right after the plan's write.
 */
@Service
public class AnnualPlans {

  /** An item as the office writes it; the body is named by its unit id of the register. */
  public record ItemRequest(PlanItemSource source, String topicId, String sourceNote, ActivityType activityType,
      String title, String bodyUnitId, int quarter, List<String> followsUp) {}

  private final PlanStore plans;
  private final ActivityStore activities;
  private final TopicStore topics;
  private final RegisterCopyStore register;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public AnnualPlans(PlanStore plans, ActivityStore activities, TopicStore topics, RegisterCopyStore register,
      SupervisionPolicy policy, Clock clock) {
    this.plans = plans;
    this.activities = activities;
    this.topics = topics;
    this.register = register;
    this.policy = policy;
    this.clock = clock;
  }

  /** The draft of a year's plan; a second plan of the same year is refused by the key (409). */
  public AnnualPlan draft(CurrentUser staff, int year, List<ItemRequest> items) {
    List<PlanItem.Draft> drafts = items.stream().map(i -> checked(staff.congressId(), i)).toList();
    return plans.insert(AnnualPlan.draft(staff.congressId(), year, drafts), staff).item();
  }

  /** Adds an item; after adoption with its reason, and its activity is scheduled at once. */
  public AnnualPlan addItem(CurrentUser staff, int year, ItemRequest item, String reason) {
    Loaded<AnnualPlan> loaded = load(staff.congressId(), year);
    PlanItem added = loaded.item().addItem(checked(staff.congressId(), item), reason);
    AnnualPlan plan = plans.save(loaded, staff).item();
    if (plan.status() == PlanStatus.ADOPTED) {
      schedule(staff, plan, added);
    }
    return plan;
  }

  /** The chair's council adopts the plan; every item's activity is scheduled (again: only the missing ones). */
  public AnnualPlan adopt(CurrentUser leader, int year) {
    Loaded<AnnualPlan> loaded = load(leader.congressId(), year);
    AnnualPlan plan = loaded.item().adopt(today()) ? plans.save(loaded, leader).item() : loaded.item();
    plan.items().forEach(item -> schedule(leader, plan, item));
    return plan;
  }

  public AnnualPlan plan(CurrentUser caller, int year) {
    return load(caller.congressId(), year).item();
  }

  /** An adopted plan for anyone; a draft is not shown (404). */
  public AnnualPlan publicPlan(String congressId, int year) {
    return plans.find(congressId, year).map(Loaded::item).filter(p -> p.status() == PlanStatus.ADOPTED)
        .orElseThrow(() -> new NotFoundException("plan", String.valueOf(year)));
  }

  private void schedule(CurrentUser actor, AnnualPlan plan, PlanItem item) {
    String activityId = AnnualPlan.activityId(plan.year(), item.number());
    if (activities.find(plan.congressId(), activityId).isPresent()) {
      return;
    }
    try {
      activities.insert(SupervisionActivity.schedule(plan.congressId(),
          SupervisionActivity.Schedule.of(plan.year(), item)), actor);
    } catch (OptimisticLockingFailureException scheduledMeanwhile) {
      // the same adoption handled at the same time: one activity
    }
  }

  private PlanItem.Draft checked(String congressId, ItemRequest i) {
    if (i.topicId() != null && topics.find(congressId, i.topicId()).map(Loaded::item).filter(SupervisionTopic::open)
        .isEmpty()) {
      throw new RuleViolationException("topicId", "没有这个未合并的议题 / no such open topic: " + i.topicId());
    }
    String bodyName = null;
    if (i.bodyUnitId() != null) {
      bodyName = register.unit(congressId, i.bodyUnitId()).filter(RegisteredUnit::active).map(RegisteredUnit::name)
          .orElseThrow(() -> new RuleViolationException("bodyUnitId",
              "名册中没有这个在册单位 / not an active unit of the register: " + i.bodyUnitId()));
    }
    List<String> followsUp = i.followsUp() == null ? List.of() : i.followsUp();
    List<String> unknown = followsUp.stream().filter(id -> activities.find(congressId, id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException("followsUp", "没有这些监督活动 / no such activities: " + String.join(", ", unknown));
    }
    return new PlanItem.Draft(i.source(), i.topicId(), i.sourceNote(), i.activityType(), i.title(), i.bodyUnitId(),
        bodyName, i.quarter(), followsUp);
  }

  private Loaded<AnnualPlan> load(String congressId, int year) {
    return plans.find(congressId, year).orElseThrow(() -> new NotFoundException("plan", String.valueOf(year)));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), policy.zone());
  }
}
