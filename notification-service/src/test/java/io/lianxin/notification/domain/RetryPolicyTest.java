package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  static final Instant NOW = Instant.parse("2026-03-05T01:00:00Z");
  static final RetryPolicy POLICY = new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void aTemporaryFailureWaitsTheBackoffDoubledAfterEachAttempt() {
    // given the policy: 30 s first, doubling
    // when / expect
    assertThat(POLICY.nextAttempt(1, NOW)).isEqualTo(NOW.plusSeconds(30));
    assertThat(POLICY.nextAttempt(2, NOW)).isEqualTo(NOW.plusSeconds(60));
    assertThat(POLICY.nextAttempt(4, NOW)).isEqualTo(NOW.plusSeconds(240));
  }

  @Test
  void theWaitIsCappedAtTheLongestBackoff() {
    // given a delivery that failed many times
    // when
    Instant next = POLICY.nextAttempt(40, NOW);
    // expect
    assertThat(next).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void aPermanentFailureGivesUpAtOnceATemporaryOneWhenTheAttemptsAreUsedUp() {
    // given
    SendFailure refused = SendFailure.permanent("550 no such mailbox");
    SendFailure busy = SendFailure.temporary("451 try later", null);
    // when / expect
    assertThat(POLICY.givesUp(1, refused)).isTrue();
    assertThat(POLICY.givesUp(5, busy)).isFalse();
    assertThat(POLICY.givesUp(6, busy)).isTrue();
  }

  @Test
  void atLeastOneAttemptAndNoNegativeBackoff() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
