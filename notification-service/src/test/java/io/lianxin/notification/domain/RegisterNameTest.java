package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterNameTest {

  static RegisterName deputy(String name, String sequence) {
    return new RegisterName("C", RegisterName.Kind.DEPUTY, "D-1", name, RegisterName.Status.ACTIVE, sequence);
  }

  @Test
  void theFirstEntryOfAnIdIsTaken() {
    // given
    RegisterName registered = deputy("王代表", "0000000000000001.0000");
    // when
    boolean taken = registered.supersedes(null);
    // expect
    assertThat(taken).isTrue();
  }

  @Test
  void aLaterEventReplacesTheKnownEntry() {
    // given
    RegisterName known = deputy("王代表", "0000000000000001.0000");
    // when
    boolean taken = deputy("王大代表", "0000000000000002.0000").supersedes(known);
    // expect
    assertThat(taken).isTrue();
  }

  @Test
  void aRedeliveredOrOlderEventChangesNothing() {
    // given
    RegisterName known = deputy("王大代表", "0000000000000002.0000");
    // when
    boolean redelivered = deputy("王大代表", "0000000000000002.0000").supersedes(known);
    boolean older = deputy("王代表", "0000000000000001.0000").supersedes(known);
    // expect
    assertThat(redelivered).isFalse();
    assertThat(older).isFalse();
  }

  @Test
  void theSecondEventOfOneChangeIsLaterThanTheFirst() {
    // given
    RegisterName known = deputy("王代表", "0000000000000002.0000");
    // when
    boolean taken = deputy("王代表", "0000000000000002.0001").supersedes(known);
    // expect
    assertThat(taken).isTrue();
  }
}
