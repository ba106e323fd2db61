package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A notice of the deputies below the yearly minimums (履职未达标提醒): on a day the office chooses (say, at the
 * start of the last quarter, while there is time to catch up), every deputy who served in the year and is below
 * the points minimum (积分) or below a minimum of the two links (双联系) is named with what they reached and the
 * minimum. One notice per congress, year and day: issued again on the same day it is the same notice, no second
 * event. The office is told the numbers, each deputy named is told — privately — that they are below.
 */
public final class MinimumNotice {

  /** What is measured against a minimum. */
  public enum Measure { POINTS, MEMBER_WITH_DEPUTY, DEPUTY_WITH_VOTERS }

  /** One deputy below one minimum: what they reached, and the minimum. */
  public record Shortfall(String deputyId, Measure measure, long reached, int minimum) {
    public Shortfall {
      Objects.requireNonNull(deputyId, "deputyId");
      Objects.requireNonNull(measure, "measure");
      if (reached >= minimum) {
        throw new IllegalArgumentException(deputyId + " reached the minimum of " + measure);
      }
    }
  }

  private final String congressId;
  private final int year;
  private final LocalDate issuedOn;
  private final List<Shortfall> shortfalls;
  private final RecordedEvents<WorkEvent> events = new RecordedEvents<>();

  private MinimumNotice(String congressId, int year, LocalDate issuedOn, List<Shortfall> shortfalls) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.year = year;
    this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
    this.shortfalls = List.copyOf(shortfalls);
  }

  /** The notice's id in its congress: {@code <year>:<issuedOn>}, one per year and day. */
  public static String idOf(int year, LocalDate issuedOn) {
    return year + ":" + issuedOn;
  }

  /**
   * Issues the notice of a year on {@code today} with the shortfalls found. A year that has not begun is refused;
   * a notice of a past year may still be issued (the year-end list, before the 五好代表 proposals).
   */
  public static MinimumNotice issue(String congressId, int year, LocalDate today, List<Shortfall> shortfalls) {
    if (year > today.getYear()) {
      throw new RuleViolationException("year", "该年度尚未开始 / the year has not begun: " + year);
    }
    MinimumNotice notice = new MinimumNotice(congressId, year, today, shortfalls);
    notice.events.record(new WorkEvent.BelowMinimumNoticed(notice.shortfalls, notice.deputyIds()));
    return notice;
  }

  public static MinimumNotice restore(String congressId, int year, LocalDate issuedOn, List<Shortfall> shortfalls) {
    return new MinimumNotice(congressId, year, issuedOn, shortfalls);
  }

  /** Every deputy named, once each, in id order. */
  public List<String> deputyIds() {
    return List.copyOf(new TreeSet<>(shortfalls.stream().map(Shortfall::deputyId).toList()));
  }

  /** The events of the commands since the last write, handed over once (to be staged with the notice). */
  public List<WorkEvent> takeEvents() {
    return events.take();
  }

  public String noticeId() {
    return idOf(year, issuedOn);
  }

  public String congressId() {
    return congressId;
  }

  public int year() {
    return year;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public List<Shortfall> shortfalls() {
    return shortfalls;
  }
}
