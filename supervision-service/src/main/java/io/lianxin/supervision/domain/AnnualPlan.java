package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A congress's annual supervision plan (年度监督计划), one per year: drafted by the office with its
 * items, each naming its source, adopted by the chair's council (主任会议). Adoption schedules one
 * activity per item — the application creates them after the plan's write under the deterministic
 * id {@link #activityId(int, int)}, so an adoption retried creates nothing twice. An item added after
 * adoption needs a reason (调整计划) and its activity is scheduled at once.
 */
public final class AnnualPlan {

  /** At most this many items in one plan. */
  public static final int MAX_ITEMS = 100;

  /** The state as stored. */
  public record State(PlanStatus status, List<PlanItem> items, LocalDate adoptedOn) {}

  private final String congressId;
  private final int year;
  private PlanStatus status;
  private final List<PlanItem> items;
  private LocalDate adoptedOn;
  private final List<SupervisionEvent> events = new ArrayList<>();

  private AnnualPlan(String congressId, int year, State state) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.year = year;
    this.status = state.status();
    this.items = new ArrayList<>(state.items());
    this.adoptedOn = state.adoptedOn();
  }

  /** The office's draft with its first items (at least one). */
  public static AnnualPlan draft(String congressId, int year, List<PlanItem.Draft> drafts) {
    if (drafts.isEmpty() || drafts.size() > MAX_ITEMS) {
      throw new RuleViolationException("items", "计划须有 1 至 " + MAX_ITEMS + " 个项目 / a plan has 1 to " + MAX_ITEMS
          + " items");
    }
    AnnualPlan plan = new AnnualPlan(congressId, year, new State(PlanStatus.DRAFT, List.of(), null));
    for (PlanItem.Draft d : drafts) {
      plan.items.add(PlanItem.numbered(plan.items.size() + 1, plan.checked(d), null));
    }
    plan.events.add(new SupervisionEvent.PlanDrafted(plan.items.size()));
    return plan;
  }

  public static AnnualPlan restore(String congressId, int year, State state) {
    return new AnnualPlan(congressId, year, state);
  }

  /** The id of the activity an item schedules: {@code <planYear>-<itemNumber>}, the same on every retry. */
  public static String activityId(int year, int itemNumber) {
    return year + "-" + itemNumber;
  }

  /**
   * Adds an item: to a draft without a reason; after adoption only with one (the activity is then
   * scheduled at once). Returns the item as numbered.
   */
  public PlanItem addItem(PlanItem.Draft draft, String reason) {
    if (items.size() >= MAX_ITEMS) {
      throw new RuleViolationException("items", "计划至多 " + MAX_ITEMS + " 个项目 / a plan has at most " + MAX_ITEMS
          + " items");
    }
    boolean late = status == PlanStatus.ADOPTED;
    if (late && (reason == null || reason.isBlank())) {
      throw new RuleViolationException("reason", "计划通过后增加项目须说明理由 / an item added after adoption needs a reason");
    }
    PlanItem item = PlanItem.numbered(items.size() + 1, checked(draft), late ? reason : null);
    items.add(item);
    events.add(new SupervisionEvent.PlanItemAdded(item.number(), item.title(), item.addedLateReason()));
    return item;
  }

  /**
   * The chair's council adopts the draft (主任会议通过). Adopting an adopted plan changes nothing and
   * returns false (the caller's retry; the application then makes sure every activity exists).
   */
  public boolean adopt(LocalDate on) {
    if (status == PlanStatus.ADOPTED) {
      return false;
    }
    status = PlanStatus.ADOPTED;
    adoptedOn = on;
    events.add(new SupervisionEvent.PlanAdopted(items.size()));
    return true;
  }

  /** A follow-up may link only to activities of this plan's year or earlier, never to its own. */
  private PlanItem.Draft checked(PlanItem.Draft d) {
    String own = activityId(year, items.size() + 1);
    for (String linked : d.followsUp()) {
      if (linked.equals(own) || linkedYear(linked) > year) {
        throw new RuleViolationException("followsUp",
            "只能跟踪此前的监督活动 / a follow-up links only to earlier activities: " + linked);
      }
    }
    return d;
  }

  private static int linkedYear(String activityId) {
    int dash = activityId.indexOf('-');
    try {
      return Integer.parseInt(dash < 0 ? activityId : activityId.substring(0, dash));
    } catch (NumberFormatException e) {
      throw new RuleViolationException("followsUp", "不是监督活动编号 / not an activity id: " + activityId);
    }
  }

  public List<SupervisionEvent> takeEvents() {
    List<SupervisionEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String congressId() {
    return congressId;
  }

  public int year() {
    return year;
  }

  public PlanStatus status() {
    return status;
  }

  public List<PlanItem> items() {
    return List.copyOf(items);
  }

  public LocalDate adoptedOn() {
    return adoptedOn;
  }
}
