package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.OpinionStore;
import io.lianxin.deputy.application.port.ReceptionDayStore;
import io.lianxin.deputy.application.port.UnitStore;
import io.lianxin.deputy.domain.FeedbackMode;
import io.lianxin.deputy.domain.Opinion;
import io.lianxin.deputy.domain.ReceptionDay;
import io.lianxin.deputy.domain.TrackingCode;
import io.lianxin.deputy.domain.UnitStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Voters' opinions collected at reception days (群众意见): recorded with the visit, assigned to a handling
 * unit or taken up by a deputy on duty, answered, fed back — each followed by its tracking code, which
 * anyone who has it may look up (state, dates and, once fed back, the answer; nothing of the visitor).
 */
@Service
public class Opinions {

  /** Attempts at a free tracking code (50 random bits: a second attempt is already a rarity). */
  static final int CODE_ATTEMPTS = 5;
  /** The most opinions listed for one day. */
  public static final int MAX_PER_DAY = 5_000;

  private final OpinionStore opinions;
  private final ReceptionDayStore days;
  private final UnitStore units;
  private final Clock clock;
  private final ZoneId zone;

  public Opinions(OpinionStore opinions, ReceptionDayStore days, UnitStore units, Clock clock, ZoneId zone) {
    this.opinions = opinions;
    this.days = days;
    this.units = units;
    this.clock = clock;
    this.zone = zone;
  }

  /** A voter's visit on a reception day with the opinions they brought; each gets its tracking code. */
  public List<Opinion> recordVisit(CurrentUser staff, String dayId, Opinion.Visitor visitor, List<String> texts) {
    ReceptionDay day = days.find(staff.congressId(), dayId)
        .orElseThrow(() -> new NotFoundException("reception day", dayId)).item();
    String visitId = UUID.randomUUID().toString();
    List<Opinion> collected = new ArrayList<>();
    for (String text : texts) {
      collected.add(insertWithFreeCode(staff, day, visitId, visitor, text));
    }
    return collected;
  }

  private Opinion insertWithFreeCode(CurrentUser staff, ReceptionDay day, String visitId, Opinion.Visitor visitor,
      String text) {
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      Opinion opinion = Opinion.collect(day, visitId, TrackingCode.next(), visitor, text);
      if (opinions.insertIfCodeFree(opinion, staff)) {
        return opinion;
      }
    }
    throw new IllegalStateException("no free tracking code after " + CODE_ATTEMPTS + " attempts");
  }

  public Opinion assign(CurrentUser staff, String code, String unitId) {
    Loaded<Opinion> opinion = load(staff.congressId(), code);
    boolean active = units.find(staff.congressId(), unitId)
        .map(u -> u.item().status() == UnitStatus.ACTIVE).orElse(false);
    opinion.item().assign(unitId, active, Callers.today(clock, zone));
    return opinions.save(opinion, staff).item();
  }

  public Opinion takeUp(CurrentUser staff, String code, String deputyId, String draftTitle) {
    Loaded<Opinion> opinion = load(staff.congressId(), code);
    ReceptionDay day = days.find(staff.congressId(), opinion.item().origin().dayId())
        .orElseThrow(() -> new NotFoundException("reception day", opinion.item().origin().dayId())).item();
    opinion.item().takeUp(day, deputyId, draftTitle, Callers.today(clock, zone));
    return opinions.save(opinion, staff).item();
  }

  public Opinion answer(CurrentUser staff, String code, String text) {
    Loaded<Opinion> opinion = load(staff.congressId(), code);
    opinion.item().answer(text, Callers.today(clock, zone));
    return opinions.save(opinion, staff).item();
  }

  public Opinion feedBack(CurrentUser staff, String code, FeedbackMode mode) {
    Loaded<Opinion> opinion = load(staff.congressId(), code);
    opinion.item().feedBack(mode, Callers.today(clock, zone));
    return opinions.save(opinion, staff).item();
  }

  public Opinion opinion(CurrentUser caller, String code) {
    return load(caller.congressId(), code).item();
  }

  /** The opinions of a day of the caller's congress (404 for another's day). */
  public List<Opinion> ofDay(CurrentUser caller, String dayId) {
    days.find(caller.congressId(), dayId).orElseThrow(() -> new NotFoundException("reception day", dayId));
    return opinions.ofDay(caller.congressId(), dayId, MAX_PER_DAY);
  }

  /** An opinion as the one who holds its code sees it (no sign-in). */
  public Opinion tracked(String congressId, String code) {
    return load(congressId, code).item();
  }

  private Loaded<Opinion> load(String congressId, String code) {
    return opinions.find(congressId, code).orElseThrow(() -> new NotFoundException("opinion", code));
  }
}
