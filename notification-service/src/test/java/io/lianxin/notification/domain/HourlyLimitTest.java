package io.lianxin.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HourlyLimitTest {

  @Test
  void urgentMailsAreNeverHeldBackTheOthersAre() {
    // given
    HourlyLimit limit = new HourlyLimit(20);
    // when / expect
    assertThat(limit.appliesTo(Priority.URGENT)).isFalse();
    assertThat(limit.appliesTo(Priority.NORMAL)).isTrue();
    assertThat(limit.appliesTo(Priority.LOW)).isTrue();
  }

  @Test
  void theBudgetIsCountedPerClockHourInCongressTime() {
    // given 01:59 UTC, 09:59 in Beijing
    Instant at = Instant.parse("2026-03-05T01:59:00Z");
    // when
    String hour = HourlyLimit.hourOf(at, ZoneId.of("Asia/Shanghai"));
    // expect
    assertThat(hour).isEqualTo("2026030509");
  }

  @Test
  void atLeastOneMailAnHour() {
    assertThatThrownBy(() -> new HourlyLimit(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
