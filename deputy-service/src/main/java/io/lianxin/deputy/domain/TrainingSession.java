package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A training session for deputies (代表培训): title, date, online or offline, and the deputies who attended,
 * each an active deputy of the register; each attendance counts in the deputy's record (履职档案).
 */
public final class TrainingSession {

  /** What a session is. */
  public record Details(String title, LocalDate date, TrainingMode mode) {
    public Details {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(mode, "mode");
    }
  }

  private final String congressId;
  private final String sessionId;
  private Details details;
  private final TreeSet<String> attendees;
  private final RecordedEvents<WorkEvent> events = new RecordedEvents<>();

  private TrainingSession(String congressId, String sessionId, Details details, Collection<String> attendees) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.details = Objects.requireNonNull(details, "details");
    this.attendees = new TreeSet<>(attendees);
  }

  public static TrainingSession plan(String congressId, String sessionId, Details details) {
    return new TrainingSession(congressId, sessionId, details, List.of());
  }

  public static TrainingSession restore(String congressId, String sessionId, Details details,
      Collection<String> attendees) {
    return new TrainingSession(congressId, sessionId, details, attendees);
  }

  /** Changes the session; false when the details are the same. Not once attended (the record counts it in its year). */
  public boolean update(Details next) {
    if (next.equals(details)) {
      return false;
    }
    if (!attendees.isEmpty() && next.date().getYear() != details.date().getYear()) {
      throw new RuleViolationException("date", "已有出席记录，不能改到另一年 / attended: cannot move to another year");
    }
    details = next;
    return true;
  }

  /**
   * Records deputies as attending; every one must be an active deputy of the register, else none is
   * recorded and the others are named. Those already recorded change nothing (false when none is new).
   */
  public boolean attend(Collection<String> deputyIds, Set<String> activeDeputies) {
    List<String> unknown = deputyIds.stream().filter(id -> !activeDeputies.contains(id)).distinct().sorted().toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException("deputyIds", "名册中没有这些在任代表 / not active deputies of the register: "
          + String.join(", ", unknown));
    }
    List<String> added = new TreeSet<>(deputyIds).stream().filter(id -> !attendees.contains(id)).toList();
    if (added.isEmpty()) {
      return false;
    }
    attendees.addAll(added);
    events.record(new WorkEvent.TrainingAttended(added));
    return true;
  }

  /** The events of the commands since the last write, handed over once (to be staged with the session). */
  public List<WorkEvent> takeEvents() {
    return events.take();
  }

  /** How many of these sessions each deputy attended, by deputy id. */
  public static Map<String, Integer> attendanceByDeputy(Collection<TrainingSession> sessions) {
    Map<String, Integer> counts = new TreeMap<>();
    sessions.forEach(s -> s.attendees.forEach(d -> counts.merge(d, 1, Integer::sum)));
    return counts;
  }

  public String congressId() {
    return congressId;
  }

  public String sessionId() {
    return sessionId;
  }

  public Details details() {
    return details;
  }

  public List<String> attendees() {
    return List.copyOf(attendees);
  }
}
