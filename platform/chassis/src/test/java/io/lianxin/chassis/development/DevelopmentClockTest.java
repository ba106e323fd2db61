package io.lianxin.chassis.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DevelopmentClockTest {

  @Test
  void givenAMoveForwardExpectEveryViewOfTheClockAhead() {
    DevelopmentClock clock = new DevelopmentClock();
    Clock inBeijing = clock.withZone(ZoneId.of("Asia/Shanghai"));
    // the clock ticks in whole milliseconds: compare with a millisecond instant
    Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    clock.advance(Duration.ofDays(5));
    assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(5)));
    assertThat(inBeijing.instant()).as("a zoned view shares the offset").isAfterOrEqualTo(before.plus(Duration.ofDays(5)));
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(5));
  }

  @Test
  void givenAMoveBackExpectItRefused() {
    assertThatThrownBy(() -> new DevelopmentClock().advance(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
