package io.lianxin.deputy.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Work an event tells of, as far as deputies' records (履职档案) need it, read from this service's own events
 * (a reception day held, a report heard, a training attended) and from supervision-service's (deputies allocated
 * to an activity, a deputy group's site inspection). Each gives one entry per deputy and item, so an event
 * that arrives again counts nothing twice (the entry's key is the deputy and the item, not the event).
 */
public sealed interface CountedWork {

  /** The congress the work is of (checked against the event's envelope). */
  String congressId();

  /** The entries this work gives, each deputy once. */
  List<RecordEntry> entries(String eventId);

  /** {@code lianxin.deputy.reception-day-held.v1}: each deputy present has the day (进站接待). */
  record HeldReceptionDay(String dayId, String congressId, LocalDate date, List<String> deputiesPresent)
      implements CountedWork {
    public HeldReceptionDay {
      Objects.requireNonNull(dayId, "dayId");
      Objects.requireNonNull(congressId, "congressId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(deputiesPresent, "deputiesPresent");
    }

    public List<RecordEntry> entries(String eventId) {
      return each(congressId, deputiesPresent, RecordKind.RECEPTION_DAY, "reception-day:" + dayId, date.getYear(),
          eventId);
    }
  }

  /** {@code lianxin.deputy.annual-report-heard.v1}: the deputy's report of the year was heard (年述职). */
  record HeardReport(String deputyId, String congressId, int year) implements CountedWork {
    public HeardReport {
      Objects.requireNonNull(deputyId, "deputyId");
      Objects.requireNonNull(congressId, "congressId");
    }

    public List<RecordEntry> entries(String eventId) {
      return each(congressId, List.of(deputyId), RecordKind.ANNUAL_REPORT, "annual-report:" + year, year, eventId);
    }
  }

  /** {@code lianxin.deputy.training-attended.v1}: each deputy named attended the session (参加培训). */
  record AttendedTraining(String sessionId, String congressId, LocalDate date, List<String> deputyIds)
      implements CountedWork {
    public AttendedTraining {
      Objects.requireNonNull(sessionId, "sessionId");
      Objects.requireNonNull(congressId, "congressId");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(deputyIds, "deputyIds");
    }

    public List<RecordEntry> entries(String eventId) {
      return each(congressId, deputyIds, RecordKind.TRAINING, "training:" + sessionId, date.getYear(), eventId);
    }
  }

  /**
   * {@code lianxin.supervision.deputies-allocated.v1}: the deputies allocated to take part in an oversight
   * activity (安排列席), in the activity's plan year. The list is the whole allocation: it replaces an earlier one,
   * so a deputy no longer on it is no longer counted ({@link #itemId()}).
   */
  record Allocation(String activityId, String congressId, int planYear, List<String> deputyIds)
      implements CountedWork {
    public Allocation {
      Objects.requireNonNull(activityId, "activityId");
      Objects.requireNonNull(congressId, "congressId");
      Objects.requireNonNull(deputyIds, "deputyIds");
    }

    /** The item every entry of this activity's allocation shares. */
    public String itemId() {
      return "supervision-activity:" + activityId;
    }

    public List<RecordEntry> entries(String eventId) {
      return each(congressId, deputyIds, RecordKind.SUPERVISION_ALLOCATION, itemId(), planYear, eventId);
    }
  }

  /**
   * {@code lianxin.supervision.site-inspection-recorded.v1}: a deputy group inspected a livelihood project on a
   * day (代表小组视察); each deputy named has it once per project and day.
   */
  record SiteInspection(String trackingId, String congressId, LocalDate on, List<String> deputyIds)
      implements CountedWork {
    public SiteInspection {
      Objects.requireNonNull(trackingId, "trackingId");
      Objects.requireNonNull(congressId, "congressId");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(deputyIds, "deputyIds");
    }

    public List<RecordEntry> entries(String eventId) {
      return each(congressId, deputyIds, RecordKind.SITE_INSPECTION, "site-inspection:" + trackingId + "/" + on,
          on.getYear(), eventId);
    }
  }

  private static List<RecordEntry> each(String congressId, List<String> deputyIds, RecordKind kind, String itemId,
      int year, String eventId) {
    return new LinkedHashSet<>(deputyIds).stream()
        .map(d -> new RecordEntry(congressId, d, kind, itemId, year, eventId)).toList();
  }
}
