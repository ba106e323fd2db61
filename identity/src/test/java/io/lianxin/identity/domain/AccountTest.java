package io.lianxin.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void aDeputysClaimsNameTheDeputyAndNoUnit() {
    // given
    Account deputy = new Account("d1", "代表 甲", List.of("DEPUTY"), "cn-a", "D-1", null, null);

    // when
    var claims = deputy.claims();

    // expect
    assertThat(claims).containsExactly(
        java.util.Map.entry("name", "代表 甲"), java.util.Map.entry("roles", List.of("DEPUTY")),
        java.util.Map.entry("congress_id", "cn-a"), java.util.Map.entry("deputy_id", "D-1"));
  }

  @Test
  void aHandlersClaimsNameTheUnitAndBlankIdsAreAbsent() {
    // given
    Account handler = new Account("h1", "承办人", List.of("UNIT_HANDLER"), "cn-a", " ", "U-1", "");

    // when
    var claims = handler.claims();

    // expect
    assertThat(claims).containsEntry("unit_id", "U-1").doesNotContainKey("deputy_id");
    assertThat(handler.signsInWithPassword()).isFalse();
  }

  @Test
  void anAccountWithAPasswordHashSignsInWithIt() {
    // given
    Account account = new Account("h1", "承办人", List.of("UNIT_HANDLER"), "cn-a", null, "U-1", null);

    // when
    Account withPassword = account.withPasswordHash("{noop}secret");

    // expect
    assertThat(withPassword.signsInWithPassword()).isTrue();
    assertThat(withPassword.claims()).isEqualTo(account.claims());
  }

  @Test
  void anAccountNeedsAUserNameACongressAndARole() {
    // given / when / expect
    assertThatThrownBy(() -> new Account(" ", "n", List.of("DEPUTY"), "cn-a", null, null, null))
        .hasMessageContaining("username");
    assertThatThrownBy(() -> new Account("u", "n", List.of("DEPUTY"), null, null, null, null))
        .hasMessageContaining("congressId");
    assertThatThrownBy(() -> new Account("u", "n", List.of(), "cn-a", null, null, null))
        .hasMessageContaining("no role");
  }

  @Test
  void aServiceClientWithoutRolesIsAService() {
    // given / when
    ServiceClient client = new ServiceClient("voting-service", "{noop}s", null);

    // expect
    assertThat(client.roles()).containsExactly("SERVICE");
  }
}
