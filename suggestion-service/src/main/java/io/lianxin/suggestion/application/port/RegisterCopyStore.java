package io.lianxin.suggestion.application.port;

import io.lianxin.suggestion.domain.RegisterExtract;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.suggestion.domain.RegisteredUnit;
import io.lianxin.suggestion.domain.ReportNames;
import java.util.Collection;

/**
 * suggestion-service's copy of the register (名册副本), built from deputy-service's events. Each entry
 * keeps the CloudEvents {@code sequence} of the event that last changed it: an event that arrives
 * twice, or after a newer one, changes nothing.
 */
public interface RegisterCopyStore {

  /** Keeps {@code deputy} unless the copy already holds an event at or after {@code sequence}; true if kept. */
  boolean put(RegisteredDeputy deputy, String sequence);

  /** Keeps {@code unit} unless the copy already holds an event at or after {@code sequence}; true if kept. */
  boolean put(RegisteredUnit unit, String sequence);

  /** The names of every deputy and unit of {@code congressId} the copy holds, for reports. */
  ReportNames names(String congressId);

  /** The entries of {@code congressId} among the given ids (ids the copy does not hold are left out). */
  RegisterExtract extract(String congressId, Collection<String> deputyIds, Collection<String> unitIds);
}
