package io.lianxin.deputy.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A deputy's annual report to voters (年述职), one per deputy and year: FILED with the text, to be heard at a
 * home or station on a date; HEARD once the office records the meeting and how many voters attended; the
 * attending voters then rate it, each once (by the rater id the office gives them, e.g. the number of their
 * rating slip), no more ratings than attendees; RATED when the office closes the rating.
 */
public final class AnnualReport {

  /** What the deputy files. */
  public record Filing(String stationId, LocalDate hearingOn, String text) {
    public Filing {
      Objects.requireNonNull(stationId, "stationId");
      Objects.requireNonNull(hearingOn, "hearingOn");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The meeting where voters heard it (述职会). */
  public record Meeting(LocalDate heldOn, int attendees) {
    public Meeting {
      Objects.requireNonNull(heldOn, "heldOn");
    }
  }

  private final String congressId;
  private final String deputyId;
  private final int year;
  private final Filing filing;
  private ReportState state;
  private Meeting meeting;
  private final LinkedHashMap<String, ReportRating> ratings;
  private final RecordedEvents<WorkEvent> events = new RecordedEvents<>();

  private AnnualReport(String congressId, String deputyId, int year, Filing filing, ReportState state,
      Meeting meeting, Map<String, ReportRating> ratings) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.deputyId = Objects.requireNonNull(deputyId, "deputyId");
    this.year = year;
    this.filing = Objects.requireNonNull(filing, "filing");
    this.state = Objects.requireNonNull(state, "state");
    this.meeting = meeting;
    this.ratings = new LinkedHashMap<>(ratings);
  }

  /** Files the year's report, to be heard in the year or the next (a report of 2026 is often heard in January 2027). */
  public static AnnualReport file(String congressId, String deputyId, int year, Filing filing) {
    int heard = filing.hearingOn().getYear();
    if (heard < year || heard > year + 1) {
      throw new RuleViolationException("hearingOn", "述职日期须在该年度或次年 / must be in the report's year or the next");
    }
    return new AnnualReport(congressId, deputyId, year, filing, ReportState.FILED, null, Map.of());
  }

  public static AnnualReport restore(String congressId, String deputyId, int year, Filing filing, ReportState state,
      Meeting meeting, Map<String, ReportRating> ratings) {
    return new AnnualReport(congressId, deputyId, year, filing, state, meeting, ratings);
  }

  /**
   * The meeting was held with this many voters attending (述职会). The same meeting again changes nothing
   * (false: a retried request); another is refused.
   */
  public boolean recordMeeting(Meeting held) {
    if (state != ReportState.FILED && held.equals(meeting)) {
      return false;
    }
    require(ReportState.FILED, "record the meeting");
    if (held.attendees() < 1) {
      throw new RuleViolationException("attendees", "至少一名选民出席 / at least one voter attends");
    }
    meeting = held;
    state = ReportState.HEARD;
    events.record(new WorkEvent.AnnualReportHeard(held.heldOn(), held.attendees()));
    return true;
  }

  /** An attending voter's rating (满意度测评), once per rater, no more than the voters who attended. */
  public void rate(String raterId, ReportRating rating) {
    require(ReportState.HEARD, "rate");
    if (ratings.containsKey(raterId)) {
      throw new IllegalTransitionException("rate again as rater " + raterId, state.name());
    }
    if (ratings.size() >= meeting.attendees()) {
      throw new RuleViolationException("raterId", "评价人数已达出席人数 " + meeting.attendees()
          + " / as many ratings as voters attended");
    }
    ratings.put(raterId, rating);
  }

  /** The office closes the rating (测评结束); the counts stand. */
  public void closeRating() {
    require(ReportState.HEARD, "close the rating");
    state = ReportState.RATED;
    events.record(new WorkEvent.AnnualReportRated(counts(), ratings.size()));
  }

  /** How many voters gave each rating. */
  public Map<ReportRating, Integer> counts() {
    EnumMap<ReportRating, Integer> counts = new EnumMap<>(ReportRating.class);
    for (ReportRating r : ReportRating.values()) {
      counts.put(r, 0);
    }
    ratings.values().forEach(r -> counts.merge(r, 1, Integer::sum));
    return counts;
  }

  /** The events of the commands since the last write, handed over once (to be staged with the report). */
  public List<WorkEvent> takeEvents() {
    return events.take();
  }

  private void require(ReportState wanted, String action) {
    if (state != wanted) {
      throw new IllegalTransitionException(action, state.name());
    }
  }

  public String congressId() {
    return congressId;
  }

  public String deputyId() {
    return deputyId;
  }

  public int year() {
    return year;
  }

  public Filing filing() {
    return filing;
  }

  public ReportState state() {
    return state;
  }

  /** Null until heard. */
  public Meeting meeting() {
    return meeting;
  }

  /** Each rater's rating, in the order given. */
  public Map<String, ReportRating> ratingsInOrder() {
    return java.util.Collections.unmodifiableMap(ratings);
  }
}
