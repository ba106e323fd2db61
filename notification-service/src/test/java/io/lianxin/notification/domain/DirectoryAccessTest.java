package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryAccessTest {

  static CurrentUser user(String subject, Role role) {
    return new CurrentUser(subject, subject, Set.of(role), "C", null, null);
  }

  @Test
  void adminsManageTheDirectoryNobodyElseDoes() {
    assertThat(DirectoryAccess.mayManage(user("admin", Role.ADMIN))).isTrue();
    assertThat(DirectoryAccess.mayManage(user("p-1", Role.DEPUTY))).isFalse();
  }

  @Test
  void oneSeesOnesOwnEntryAdminsSeeEveryone() {
    // given a deputy and an admin
    CurrentUser deputy = user("p-1", Role.DEPUTY);
    CurrentUser admin = user("admin", Role.ADMIN);
    // when / expect
    assertThat(DirectoryAccess.maySee(deputy, "p-1")).isTrue();
    assertThat(DirectoryAccess.maySee(deputy, "p-2")).isFalse();
    assertThat(DirectoryAccess.maySee(admin, "p-2")).isTrue();
  }
}
