package io.lianxin.voting.domain;

import java.util.List;

/** Test data: a small register of congress c1 — four serving deputies and one who left. */
final class RegisterTestData {

  static final RegisteredDeputy CHAIR = serving("D1", "城关镇代表团", RegisteredDeputy.StandingCommitteeRole.CHAIR);
  static final RegisteredDeputy MEMBER = serving("D2", "城关镇代表团", RegisteredDeputy.StandingCommitteeRole.MEMBER);
  static final RegisteredDeputy TOWN_DEPUTY = serving("D3", "东山乡代表团", null);
  static final RegisteredDeputy NO_DELEGATION = serving("D4", null, null);
  static final RegisteredDeputy LEFT = new RegisteredDeputy("D5", "c1", "代表 D5", RegisteredDeputy.Status.LEFT,
      "城关镇代表团", null, RegisteredDeputy.StandingCommitteeRole.MEMBER, "0000000000000002.0000");

  static final List<RegisteredDeputy> REGISTER = List.of(TOWN_DEPUTY, CHAIR, LEFT, NO_DELEGATION, MEMBER);

  private RegisterTestData() {}

  static RegisteredDeputy serving(String id, String delegation, RegisteredDeputy.StandingCommitteeRole role) {
    return new RegisteredDeputy(id, "c1", "代表 " + id, RegisteredDeputy.Status.ACTIVE, delegation, null, role,
        "0000000000000001.0000");
  }
}
