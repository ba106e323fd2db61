package io.lianxin.deputy.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.deputy.application.port.AnnualReportStore;
import io.lianxin.deputy.application.port.DeputyStore;
import io.lianxin.deputy.application.port.StationStore;
import io.lianxin.deputy.domain.AnnualReport;
import io.lianxin.deputy.domain.Deputy;
import io.lianxin.deputy.domain.DeputyStatus;
import io.lianxin.deputy.domain.ReportRating;
import io.lianxin.deputy.domain.ReportState;
import io.lianxin.deputy.domain.Station;
import io.lianxin.deputy.domain.StationStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Deputies' annual reports to voters (年述职): filed by the deputy (or the office for them), heard at a home
 * or station, rated by the voters who attended, published on the deputy's public page once heard; a heard
 * report counts in the deputy's record (from the heard event).
 */
@Service
public class AnnualReports {

  private final AnnualReportStore reports;
  private final DeputyStore deputies;
  private final StationStore stations;

  public AnnualReports(AnnualReportStore reports, DeputyStore deputies, StationStore stations) {
    this.reports = reports;
    this.deputies = deputies;
    this.stations = stations;
  }

  /** Files a deputy's report of a year (one per year: a second is 409), to be heard at an open station. */
  public AnnualReport file(CurrentUser caller, String deputyId, int year, AnnualReport.Filing filing) {
    Callers.requireOwnOrOffice(caller, deputyId);
    Deputy deputy = deputies.find(caller.congressId(), deputyId)
        .orElseThrow(() -> new NotFoundException("deputy", deputyId)).item();
    if (deputy.status() != DeputyStatus.ACTIVE) {
      throw new IllegalTransitionException("file an annual report", deputy.status().name());
    }
    Station station = stations.find(caller.congressId(), filing.stationId())
        .orElseThrow(() -> new RuleViolationException("stationId", "没有这个代表之家/站 / no such station: "
            + filing.stationId())).item();
    if (station.status() != StationStatus.OPEN) {
      throw new IllegalTransitionException("hear a report at station " + station.stationId(), station.status().name());
    }
    Optional<Loaded<AnnualReport>> existing = reports.find(caller.congressId(), deputyId, year);
    if (existing.isPresent()) {
      throw new IllegalTransitionException("file a second report for " + year, existing.get().item().state().name());
    }
    return reports.insert(AnnualReport.file(caller.congressId(), deputyId, year, filing), caller).item();
  }

  /** The meeting was held: the heard event counts the report in the deputy's record (a retried request writes nothing). */
  public AnnualReport recordMeeting(CurrentUser staff, String deputyId, int year, AnnualReport.Meeting meeting) {
    Loaded<AnnualReport> report = load(staff.congressId(), deputyId, year);
    if (report.item().recordMeeting(meeting)) {
      report = reports.save(report, staff);
    }
    return report.item();
  }

  public AnnualReport rate(CurrentUser staff, String deputyId, int year, String raterId, ReportRating rating) {
    Loaded<AnnualReport> report = load(staff.congressId(), deputyId, year);
    report.item().rate(raterId, rating);
    return reports.save(report, staff).item();
  }

  public AnnualReport closeRating(CurrentUser staff, String deputyId, int year) {
    Loaded<AnnualReport> report = load(staff.congressId(), deputyId, year);
    report.item().closeRating();
    return reports.save(report, staff).item();
  }

  /** A deputy's reports (the deputy their own; the office every deputy's). */
  public List<AnnualReport> ofDeputy(CurrentUser caller, String deputyId) {
    Callers.requireOwnOrOffice(caller, deputyId);
    return reports.ofDeputy(caller.congressId(), deputyId);
  }

  /** A deputy's reports as anyone may see them: those heard, with their ratings counted. */
  public List<AnnualReport> published(String congressId, String deputyId) {
    deputies.find(congressId, deputyId).orElseThrow(() -> new NotFoundException("deputy", deputyId));
    return reports.ofDeputy(congressId, deputyId).stream().filter(r -> r.state() != ReportState.FILED).toList();
  }

  private Loaded<AnnualReport> load(String congressId, String deputyId, int year) {
    return reports.find(congressId, deputyId, year)
        .orElseThrow(() -> new NotFoundException("annual report", deputyId + "/" + year));
  }
}
