package io.lianxin.deputy.application.port;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.deputy.domain.AnnualReport;
import java.util.List;
import java.util.Optional;

/** Annual reports (年述职), one per deputy and year (the key). */
public interface AnnualReportStore {

  Optional<Loaded<AnnualReport>> find(String congressId, String deputyId, int year);

  /** A deputy's reports, newest year first. */
  List<AnnualReport> ofDeputy(String congressId, String deputyId);

  /** Inserts; a report of the same deputy and year written meanwhile fails on the key (409). */
  Loaded<AnnualReport> insert(AnnualReport report, CurrentUser actor);

  Loaded<AnnualReport> save(Loaded<AnnualReport> report, CurrentUser actor);
}
