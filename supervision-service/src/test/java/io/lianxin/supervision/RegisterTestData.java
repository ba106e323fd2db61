package io.lianxin.supervision;

import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.RegisteredDeputy;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;

/**
 * The register entries tests name, written into the register copy through its port (the real
 * store): every demo unit active, deputies 4 to 8 of each congress on the standing committee (4 the
 * vice-chair) as the demo register has them. {@code RegisterCopyIT} shows the copy built from deputy-service's events on Kafka.
 */
final class RegisterTestData {

  private RegisterTestData() {}

  static void enterDemoUsers(RegisterCopyStore copy) {
    for (DemoUser u : DemoUsers.all()) {
      if (u.deputyId() != null) {
        copy.put(new RegisteredDeputy(u.deputyId(), u.congressId(), u.name(), true,
            seat(u.deputyId())), FIRST);
      }
      if (u.unitId() != null) {
        copy.put(new RegisteredUnit(u.unitId(), u.congressId(), "单位 " + u.unitId(), true), FIRST);
      }
    }
  }

  /** Deputy 004 of each demo congress is the vice-chair (the demo leader signs in as them), 005..008 members. */
  static String seat(String deputyId) {
    return deputyId.endsWith("-004") ? "VICE_CHAIR" : onStandingCommittee(deputyId) ? "MEMBER" : null;
  }

  /** deputies 004..008 of each demo congress. */
  static boolean onStandingCommittee(String deputyId) {
    return deputyId.matches(".*-00[4-8]$");
  }

  /** The first event of an entry: a later real event still wins. */
  static final String FIRST = "0000000000000001.0000";
}
