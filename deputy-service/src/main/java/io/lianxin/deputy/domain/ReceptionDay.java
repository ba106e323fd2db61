package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reception day (进站接待日) at a home or station: the date, the hours and the deputies on duty (值班代表),
 * who must be active deputies attached to the station. SCHEDULED until the office marks it HELD with the
 * deputies who were present; the held event then counts the day in each one's record (履职档案).
 */
public final class ReceptionDay {

  /** When and with whom a day is planned. */
  public record Plan(String stationId, LocalDate date, LocalTime startsAt, LocalTime endsAt, List<String> deputyIds) {
    public Plan {
      Objects.requireNonNull(stationId, "stationId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(startsAt, "startsAt");
      Objects.requireNonNull(endsAt, "endsAt");
      deputyIds = List.copyOf(new TreeSet<>(deputyIds));
    }
  }

  private final String congressId;
  private final String dayId;
  private Plan plan;
  private ReceptionDayStatus status;
  private final TreeSet<String> deputiesPresent;
  private final RecordedEvents<WorkEvent> events = new RecordedEvents<>();

  private ReceptionDay(String congressId, String dayId, Plan plan, ReceptionDayStatus status,
      Collection<String> deputiesPresent) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.dayId = Objects.requireNonNull(dayId, "dayId");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.status = Objects.requireNonNull(status, "status");
    this.deputiesPresent = new TreeSet<>(deputiesPresent);
  }

  /**
   * Schedules a day at an open station of the same congress.
   *
   * @param activeDeputies which of the plan's deputies are active deputies of the register
   */
  public static ReceptionDay schedule(String congressId, String dayId, Plan plan, Station station,
      Set<String> activeDeputies) {
    check(plan, station, activeDeputies);
    ReceptionDay day = new ReceptionDay(congressId, dayId, plan, ReceptionDayStatus.SCHEDULED, List.of());
    day.events.record(new WorkEvent.ReceptionDayScheduled());
    return day;
  }

  public static ReceptionDay restore(String congressId, String dayId, Plan plan, ReceptionDayStatus status,
      Collection<String> deputiesPresent) {
    return new ReceptionDay(congressId, dayId, plan, status, deputiesPresent);
  }

  /** Changes a day not yet held; false when the plan is the same (nothing to write). */
  public boolean reschedule(Plan next, Station station, Set<String> activeDeputies) {
    requireScheduled("reschedule");
    check(next, station, activeDeputies);
    if (next.equals(plan)) {
      return false;
    }
    List<String> changed = new ArrayList<>();
    if (!next.stationId().equals(plan.stationId())) {
      changed.add("stationId");
    }
    if (!next.date().equals(plan.date())) {
      changed.add("date");
    }
    if (!next.startsAt().equals(plan.startsAt())) {
      changed.add("startsAt");
    }
    if (!next.endsAt().equals(plan.endsAt())) {
      changed.add("endsAt");
    }
    if (!next.deputyIds().equals(plan.deputyIds())) {
      changed.add("deputyIds");
    }
    plan = next;
    events.record(new WorkEvent.ReceptionDayRescheduled(changed));
    return true;
  }

  /**
   * The day was held with these deputies present, each of whom was on duty. Marking it held again with
   * the same deputies changes nothing (false: a retried request); with others it is refused.
   */
  public boolean hold(Collection<String> present) {
    TreeSet<String> presentIds = new TreeSet<>(present);
    if (status == ReceptionDayStatus.HELD && presentIds.equals(deputiesPresent)) {
      return false;
    }
    requireScheduled("mark held");
    List<String> notOnDuty = presentIds.stream().filter(id -> !plan.deputyIds().contains(id)).toList();
    if (!notOnDuty.isEmpty()) {
      throw new RuleViolationException("deputyIds", "这些代表不在当天值班 / not on duty that day: "
          + String.join(", ", notOnDuty));
    }
    deputiesPresent.addAll(presentIds);
    status = ReceptionDayStatus.HELD;
    events.record(new WorkEvent.ReceptionDayHeld(List.copyOf(deputiesPresent)));
    return true;
  }

  /** The events of the commands since the last write, handed over once (to be staged with the day). */
  public List<WorkEvent> takeEvents() {
    return events.take();
  }

  /** Whether a deputy is on duty that day (值班). */
  public boolean onDuty(String deputyId) {
    return plan.deputyIds().contains(deputyId);
  }

  private static void check(Plan plan, Station station, Set<String> activeDeputies) {
    if (station.status() != StationStatus.OPEN) {
      throw new IllegalTransitionException("schedule a reception day at station " + station.stationId(),
          station.status().name());
    }
    if (!plan.endsAt().isAfter(plan.startsAt())) {
      throw new RuleViolationException("endsAt", "结束时间须晚于开始时间 / must be after startsAt");
    }
    List<String> others = plan.deputyIds().stream()
        .filter(id -> !activeDeputies.contains(id) || !station.deputyIds().contains(id)).toList();
    if (!others.isEmpty()) {
      throw new RuleViolationException("deputyIds", "不是本站在任的进站代表 / not active deputies attached to the station: "
          + String.join(", ", others));
    }
  }

  private void requireScheduled(String action) {
    if (status != ReceptionDayStatus.SCHEDULED) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public String congressId() {
    return congressId;
  }

  public String dayId() {
    return dayId;
  }

  public Plan plan() {
    return plan;
  }

  public ReceptionDayStatus status() {
    return status;
  }

  /** The deputies present, by id (empty until held). */
  public List<String> deputiesPresent() {
    return List.copyOf(deputiesPresent);
  }
}
