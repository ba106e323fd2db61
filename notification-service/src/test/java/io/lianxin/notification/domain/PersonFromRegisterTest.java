package io.lianxin.notification.domain;

import static io.lianxin.notification.domain.PersonTestData.aDeputy;
import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonFromRegisterTest {

  @Test
  void theRegisterNamesAKnownDeputyAndKeepsTheirChannelsAndRoles() {
    // given
    Person known = aDeputy().roles(Set.of(Role.COMMITTEE_STAFF)).email("p1@example.cn").mobile("13800000001")
        .webhook("https://sms.example.cn/hook", "0123456789abcdef0123").language("en").build();
    // when
    Person named = Person.deputyFromRegister(known, "C", "D-1", "王大代表", false);
    // expect
    assertThat(named.personId()).isEqualTo("p-1");
    assertThat(named.name()).isEqualTo("王大代表");
    assertThat(named.roles()).containsExactlyInAnyOrder(Role.DEPUTY, Role.COMMITTEE_STAFF);
    assertThat(named.email()).isEqualTo("p1@example.cn");
    assertThat(named.mobile()).isEqualTo("13800000001");
    assertThat(named.webhookUrl()).isEqualTo("https://sms.example.cn/hook");
    assertThat(named.webhookSecret()).isEqualTo("0123456789abcdef0123");
    assertThat(named.language()).isEqualTo("en");
    assertThat(named.active()).isTrue();
  }

  @Test
  void aDeputyTheDirectoryDoesNotKnowIsAddedWithoutChannels() {
    // given / when
    Person added = Person.deputyFromRegister(null, "C", "D-7", "李代表", false);
    // expect
    assertThat(added.personId()).isEqualTo("D-7");
    assertThat(added.deputyId()).isEqualTo("D-7");
    assertThat(added.roles()).containsExactly(Role.DEPUTY);
    assertThat(added.email()).isNull();
    assertThat(added.webhookUrl()).isNull();
    assertThat(added.active()).isTrue();
  }

  @Test
  void aDeputyWhoLeftIsDeactivatedAndKeepsTheirName() {
    // given
    Person known = aDeputy().build();
    // when
    Person left = Person.deputyFromRegister(known, "C", "D-1", "王代表", true);
    // expect
    assertThat(left.active()).isFalse();
    assertThat(left.name()).isEqualTo("王代表");
    assertThat(left.email()).isEqualTo("p1@example.cn");
  }
}
