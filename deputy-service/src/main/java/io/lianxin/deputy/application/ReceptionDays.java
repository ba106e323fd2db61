package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.ReceptionDayStore;
import io.lianxin.deputy.application.port.StationStore;
import io.lianxin.deputy.domain.Presence;
import io.lianxin.deputy.domain.ReceptionDay;
import io.lianxin.deputy.domain.Station;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reception days at the homes and stations (进站接待): scheduled by the office with the deputies on duty
 * (who are told by the scheduled event), marked held with those present (the held event counts the day in
 * each one's record), a deputy's own duty days, and each deputy's presence per month and quarter (月进站、季回家).
 */
@Service
public class ReceptionDays {

  /** The most days one query reads (a congress holds a few hundred a quarter). */
  public static final int MAX_DAYS = 20_000;

  private final ReceptionDayStore days;
  private final StationStore stations;
  private final DeputyStore deputies;
  private final Clock clock;
  private final ZoneId zone;

  public ReceptionDays(ReceptionDayStore days, StationStore stations, DeputyStore deputies, Clock clock, ZoneId zone) {
    this.days = days;
    this.stations = stations;
    this.deputies = deputies;
    this.clock = clock;
    this.zone = zone;
  }

  /** Schedules a day, or changes one not yet held; the same plan again changes nothing. */
  public ReceptionDay put(CurrentUser staff, String dayId, ReceptionDay.Plan plan) {
    Station station = stations.find(staff.congressId(), plan.stationId())
        .orElseThrow(() -> new RuleViolationException("stationId", "没有这个代表之家/站 / no such station: "
            + plan.stationId())).item();
    var active = deputies.activeAmong(staff.congressId(), plan.deputyIds());
    Optional<Loaded<ReceptionDay>> existing = days.find(staff.congressId(), dayId);
    if (existing.isEmpty()) {
      return days.insert(ReceptionDay.schedule(staff.congressId(), dayId, plan, station, active), staff).item();
    }
    if (!existing.get().item().reschedule(plan, station, active)) {
      return existing.get().item();
    }
    return days.save(existing.get(), staff).item();
  }

  /**
   * The day was held with these deputies present: one write of the day with its held event, from which each
   * has the day counted in their record. The same request again writes nothing.
   */
  public ReceptionDay hold(CurrentUser staff, String dayId, Collection<String> present) {
    Loaded<ReceptionDay> day = load(staff.congressId(), dayId);
    if (day.item().hold(present)) {
      day = days.save(day, staff);
    }
    return day.item();
  }

  public ReceptionDay day(CurrentUser caller, String dayId) {
    return load(caller.congressId(), dayId).item();
  }

  /** A deputy's duty days of a year, the current one if not given (the deputy their own; the office every deputy's). */
  public List<ReceptionDay> dutyDays(CurrentUser caller, String deputyId, Integer year) {
    Callers.requireOwnOrOffice(caller, deputyId);
    deputies.find(caller.congressId(), deputyId).orElseThrow(() -> new NotFoundException("deputy", deputyId));
    return days.ofDeputy(caller.congressId(), deputyId, Callers.yearOr(year, clock, zone), MAX_DAYS);
  }

  /**
   * Each deputy's presence at the held days of a quarter of the caller's congress; the current year and
   * quarter in the congress's zone when not given.
   */
  public List<Presence> presence(CurrentUser caller, Integer year, Integer quarter) {
    int y = Callers.yearOr(year, clock, zone);
    int q = quarter != null ? quarter : Presence.quarterOf(Callers.today(clock, zone));
    return Presence.of(y, q, days.inQuarter(caller.congressId(), y, q, MAX_DAYS));
  }

  Loaded<ReceptionDay> load(String congressId, String dayId) {
    return days.find(congressId, dayId).orElseThrow(() -> new NotFoundException("reception day", dayId));
  }
}
