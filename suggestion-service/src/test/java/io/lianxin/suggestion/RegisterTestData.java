package io.lianxin.suggestion;

import io.lianxin.suggestion.application.port.RegisterCopyStore;
import io.lianxin.suggestion.domain.RegisteredDeputy;
import io.lianxin.suggestion.domain.RegisteredUnit;
import io.lianxin.suggestion.domain.StandingCommitteeRole;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import java.util.Collection;

/**
 * The register entries a test's items name, written into the register copy through its port (the
 * real store). Tests about other things start from a known register; RegisterCopyIT shows the copy
 * built from deputy-service's events on Kafka.
 */
final class RegisterTestData {

  private RegisterTestData() {}

  /** Every demo deputy and unit of {@link DemoUsers}, active. */
  static void enterDemoUsers(RegisterCopyStore copy) {
    for (DemoUser u : DemoUsers.all()) {
      if (u.deputyId() != null) {
        deputies(copy, u.congressId(), java.util.List.of(u.deputyId()));
      }
      if (u.unitId() != null) {
        units(copy, u.congressId(), java.util.List.of(u.unitId()));
      }
    }
  }

  static void deputies(RegisterCopyStore copy, String congressId, Collection<String> deputyIds) {
    deputyIds.forEach(id -> copy.put(new RegisteredDeputy(id, congressId, "代表 " + id, true, null, false), sequence()));
  }

  /** A demo user with the LEADER role who is {@code deputyId} of the register, seated on the chair's council as {@code role}. */
  static DemoUser leader(RegisterCopyStore copy, String congressId, String deputyId, StandingCommitteeRole role) {
    copy.put(new RegisteredDeputy(deputyId, congressId, "代表 " + deputyId, true, null, false).seatedAs(role), sequence());
    return new DemoUser("leader-" + deputyId, "常委会领导 " + deputyId, java.util.List.of("LEADER"), congressId, deputyId,
        null);
  }

  static void units(RegisterCopyStore copy, String congressId, Collection<String> unitIds) {
    unitIds.forEach(id -> copy.put(new RegisteredUnit(id, congressId, "单位 " + id, true, null), sequence()));
  }

  /** The first event of an entry: a later real event (version 2 and on) still wins. */
  private static String sequence() {
    return "0000000000000001.0000";
  }
}
