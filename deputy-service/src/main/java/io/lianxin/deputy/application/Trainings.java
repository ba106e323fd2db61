package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.TrainingStore;
import io.lianxin.deputy.domain.TrainingSession;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Training sessions for deputies (代表培训) with their attendance, counted in each attendee's record from its event. */
@Service
public class Trainings {

  /** The most sessions of a year one query reads. */
  public static final int MAX_SESSIONS = 5_000;

  private final TrainingStore sessions;
  private final DeputyStore deputies;
  private final Clock clock;
  private final ZoneId zone;

  /** How many sessions of a year a deputy attended. */
  public record Attendance(String deputyId, int year, int sessions) {}

  public Trainings(TrainingStore sessions, DeputyStore deputies, Clock clock, ZoneId zone) {
    this.sessions = sessions;
    this.deputies = deputies;
    this.clock = clock;
    this.zone = zone;
  }

  /** Plans a session, or changes one; the same details again change nothing. */
  public TrainingSession put(CurrentUser staff, String sessionId, TrainingSession.Details details) {
    Optional<Loaded<TrainingSession>> existing = sessions.find(staff.congressId(), sessionId);
    if (existing.isEmpty()) {
      return sessions.insert(TrainingSession.plan(staff.congressId(), sessionId, details), staff).item();
    }
    if (!existing.get().item().update(details)) {
      return existing.get().item();
    }
    return sessions.save(existing.get(), staff).item();
  }

  /**
   * Deputies attended (each an active deputy of the register): one write of the session with the attended event
   * naming those new to it, from which each has the session counted once.
   */
  public TrainingSession attend(CurrentUser staff, String sessionId, Collection<String> deputyIds) {
    Loaded<TrainingSession> session = load(staff.congressId(), sessionId);
    if (session.item().attend(deputyIds, deputies.activeAmong(staff.congressId(), deputyIds))) {
      session = sessions.save(session, staff);
    }
    return session.item();
  }

  public TrainingSession session(CurrentUser caller, String sessionId) {
    return load(caller.congressId(), sessionId).item();
  }

  /** The sessions of a year, the current one in the congress's zone if not given. */
  public List<TrainingSession> inYear(CurrentUser caller, Integer year) {
    return sessions.inYear(caller.congressId(), Callers.yearOr(year, clock, zone), MAX_SESSIONS);
  }

  /** How many sessions of the year (the current one if not given) each deputy attended, by deputy id. */
  public List<Attendance> attendance(CurrentUser caller, Integer year) {
    int y = Callers.yearOr(year, clock, zone);
    return TrainingSession.attendanceByDeputy(inYear(caller, y)).entrySet().stream()
        .map(e -> new Attendance(e.getKey(), y, e.getValue())).toList();
  }

  private Loaded<TrainingSession> load(String congressId, String sessionId) {
    return sessions.find(congressId, sessionId).orElseThrow(() -> new NotFoundException("training session", sessionId));
  }
}
