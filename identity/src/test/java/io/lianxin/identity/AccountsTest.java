package io.lianxin.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.identity.application.Accounts;
import io.lianxin.identity.domain.Account;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountsTest {

  @Test
  void aUserNameGivenTwiceIsRefused() {
    // given
    Account first = new Account("u", "甲", List.of("DEPUTY"), "cn-a", null, null, null);
    Account second = new Account("u", "乙", List.of("ADMIN"), "cn-a", null, null, null);

    // when / expect
    assertThatThrownBy(() -> new Accounts(List.of(first, second))).hasMessageContaining("twice");
  }
}
