package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.deputy.application.port.MinimumNoticeStore;
import io.lianxin.deputy.domain.ContactTally;
import io.lianxin.deputy.domain.MinimumNotice;
import io.lianxin.deputy.domain.MinimumNotice.Measure;
import io.lianxin.deputy.domain.MinimumNotice.Shortfall;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Issues the notice of deputies below the yearly minimums (履职未达标提醒): the year-end list's points and the
 * two links' counts, as the office's own reads show them, in one notice and one event — once per year and day.
 */
@Service
public class MinimumNotices {

  private final MinimumNoticeStore notices;
  private final DeputyRecords records;
  private final Contacts contacts;
  private final Clock clock;
  private final ZoneId zone;

  public MinimumNotices(MinimumNoticeStore notices, DeputyRecords records, Contacts contacts, Clock clock, ZoneId zone) {
    this.notices = notices;
    this.records = records;
    this.contacts = contacts;
    this.clock = clock;
    this.zone = zone;
  }

  /** What was issued, and whether it is new (false: already issued today, nothing written). */
  public record Issued(MinimumNotice notice, boolean created) {}

  /** The notice of the year (the current one if not given) as of today; the same day's notice if there is one. */
  public Issued issue(CurrentUser office, Integer year) {
    LocalDate today = Callers.today(clock, zone);
    int y = Callers.yearOr(year, clock, zone);
    var known = notices.find(office.congressId(), MinimumNotice.idOf(y, today));
    if (known.isPresent()) {
      return new Issued(known.get(), false);
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    records.yearEnd(office, y, 0, DeputyRecords.MAX_DEPUTIES_RANKED).items().stream()
        .filter(e -> e.record().belowMinimum())
        .forEach(e -> shortfalls.add(new Shortfall(e.deputy().deputyId(), Measure.POINTS, e.record().points(),
            e.record().minimumPoints())));
    for (ContactTally.Count c : contacts.counts(office, null, y, true)) {
      shortfalls.add(new Shortfall(c.personId(), Measure.valueOf(c.kind().name()), c.contacts(), c.minimum()));
    }
    return new Issued(notices.insert(MinimumNotice.issue(office.congressId(), y, today, shortfalls), office), true);
  }
}
