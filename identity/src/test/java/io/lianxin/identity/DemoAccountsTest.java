package io.lianxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.identity.domain.Account;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

  @Test
  void theBundledDemoUsersAreTheTestkitsDemoUsers() {
    // given
    List<DemoUser> testkit = DemoUsers.all();

    // when
    List<Account> bundled = DemoAccounts.all("{noop}x");

    // expect
    assertThat(bundled).extracting(a -> new DemoUser(a.username(), a.name(), a.roles(), a.congressId(),
        a.deputyId(), a.unitId())).containsExactlyElementsOf(testkit);
    assertThat(bundled).allMatch(a -> "{noop}x".equals(a.passwordHash()));
  }
}
