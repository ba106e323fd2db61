package io.lianxin.chassis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The services' clock answers in the precision the store keeps, so a POST and a later GET agree. */
class MillisecondClockTest {

  @Test
  void everyInstantIsAWholeMillisecond() {
    Clock clock = ChassisAutoConfiguration.millisecondClock();
    for (int i = 0; i < 1000; i++) {
      Instant now = clock.instant();
      assertThat(now.getNano() % 1_000_000).as(now.toString()).isZero();
    }
  }
}
