package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.RecordStore;
import io.lianxin.deputy.domain.AttendedVote;
import io.lianxin.deputy.domain.CountedWork;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyRecord;
import io.lianxin.deputy.domain.PointsPolicy;
import io.lianxin.deputy.domain.RecordEntry;
import io.lianxin.deputy.domain.RecordKind;
import io.lianxin.deputy.domain.SubmittedItem;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Deputies' records (履职档案) and points (积分): counted from other services' events, each piece of
 * work once; read by the deputy, the office and admins, the year-end list by the office, and a public
 * page per deputy. A year not given is the current one in the congress's zone.
 */
@Service
public class DeputyRecords {

  /** The most deputies a year-end list ranks (a congress has at most a few thousand). */
  public static final int MAX_DEPUTIES_RANKED = 20_000;

  private final RecordStore records;
  private final DeputyStore deputies;
  private final PointsPolicy policy;
  private final ZoneId zone;
  private final Clock clock;

  public DeputyRecords(RecordStore records, DeputyStore deputies, PointsPolicy policy, ZoneId zone, Clock clock) {
    this.records = records;
    this.deputies = deputies;
    this.policy = policy;
    this.zone = zone;
    this.clock = clock;
  }

  /** A deputy of the register with their record of a year. */
  public record Entry(Deputy deputy, DeputyRecord record) {}

  /** Counts a submitted suggestion or motion for its proposer and co-signers; how many entries were new. */
  public int onSubmitted(SubmittedItem item, String eventId) {
    return countEach(item.entries(eventId, zone));
  }

  /** Counts an in-person poll for each deputy signed in at it; how many entries were new. */
  public int onVoteAttended(AttendedVote vote, String eventId) {
    return countEach(vote.entries(eventId, zone));
  }

  /**
   * Counts work an event tells of (a reception day held, a report heard, a training attended, a site
   * inspection) for each deputy it names, once per deputy and item; how many entries were new.
   */
  public int onWork(CountedWork work, String eventId) {
    return countEach(work.entries(eventId));
  }

  private int countEach(List<RecordEntry> entries) {
    int counted = 0;
    for (RecordEntry entry : entries) {
      if (records.countOnce(entry)) {
        counted++;
      }
    }
    return counted;
  }

  /**
   * An activity's allocation (the whole of it): the deputies on it are counted, those no longer on it not — unless a
   * later allocation of the activity (by the event's sequence) was applied; false then, nothing changed.
   */
  public boolean onAllocation(CountedWork.Allocation allocation, String eventId, String sequence) {
    return records.replaceItemIfLater(allocation.congressId(), allocation.itemId(), sequence,
        allocation.entries(eventId));
  }

  /** A deputy's record: the office and admins see every deputy's of their congress, a deputy only their own. */
  public Entry record(CurrentUser caller, String deputyId, Integer year) {
    Callers.requireOwnOrOffice(caller, deputyId);
    return recordOf(caller.congressId(), deputyId, year);
  }

  /** A deputy's record as anyone may see it (履职公开). */
  public Entry publicRecord(String congressId, String deputyId, Integer year) {
    return recordOf(congressId, deputyId, year);
  }

  /**
   * The year-end list of the caller's congress: every deputy who served in the year, highest points
   * first, with those below the minimum marked.
   */
  public Page<Entry> yearEnd(CurrentUser caller, Integer year, int page, int size) {
    int y = yearOr(year);
    Map<String, Map<RecordKind, Long>> counts = records.countsByDeputy(caller.congressId(), y);
    List<Deputy> served = deputies.list(caller.congressId(), null, 0, MAX_DEPUTIES_RANKED).stream()
        .filter(d -> d.servedIn(y)).toList();
    Map<String, Deputy> byId = new HashMap<>();
    served.forEach(d -> byId.put(d.deputyId(), d));
    List<DeputyRecord> ranked = DeputyRecord.ranked(served.stream()
        .map(d -> DeputyRecord.of(d.deputyId(), y, counts.getOrDefault(d.deputyId(), Map.of()), policy)).toList());
    List<Entry> items = ranked.stream().skip((long) page * size).limit(size)
        .map(r -> new Entry(byId.get(r.deputyId()), r)).toList();
    return new Page<>(items, page, size, ranked.size());
  }

  private Entry recordOf(String congressId, String deputyId, Integer year) {
    Deputy deputy = deputies.find(congressId, deputyId).orElseThrow(() -> new NotFoundException("deputy", deputyId)).item();
    int y = yearOr(year);
    return new Entry(deputy, DeputyRecord.of(deputyId, y, records.counts(congressId, deputyId, y), policy));
  }

  private int yearOr(Integer year) {
    return Callers.yearOr(year, clock, zone);
  }
}
