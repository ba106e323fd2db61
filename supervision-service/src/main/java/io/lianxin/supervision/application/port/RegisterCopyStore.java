package io.lianxin.supervision.application.port;

import io.lianxin.supervision.domain.RegisteredDeputy;
import io.lianxin.supervision.domain.RegisteredUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * supervision-service's copy of deputy-service's register: the bodies opinions go to and the
 * standing committee that votes. A put with a sequence not later than the kept one changes nothing.
 */
public interface RegisterCopyStore {

  boolean put(RegisteredDeputy deputy, String sequence);

  boolean put(RegisteredUnit unit, String sequence);

  Optional<RegisteredUnit> unit(String congressId, String unitId);

  Optional<RegisteredDeputy> deputy(String congressId, String deputyId);

  /** The active deputies of a congress, by id. */
  List<String> activeDeputies(String congressId);

  /** The names of the deputies of a congress by deputy id, as the register copy holds them. */
  Map<String, String> deputyNames(String congressId);

  /** The active members of the standing committee of a congress, by deputy id. */
  List<String> standingCommittee(String congressId);
}
