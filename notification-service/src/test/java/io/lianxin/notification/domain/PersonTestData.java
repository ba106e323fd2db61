package io.lianxin.notification.domain;

import io.lianxin.chassis.domain.Role;
import java.util.Set;

/** People for tests: deputy D-1 of congress C with an e-mail address. */
public final class PersonTestData {

  private PersonTestData() {}

  public static Person.Builder aDeputy() {
    return Person.builder("C", "p-1").name("王代表").roles(Set.of(Role.DEPUTY)).deputyId("D-1")
        .email("p1@example.cn");
  }
}
