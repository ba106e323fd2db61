package io.lianxin.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test moves forward, day by day in the congress's zone; it starts on 2026-01-05 at 09:00. */
final class MovingClock extends Clock {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The clock as the service's {@code Clock}: {@code @Import(MovingClock.AsServiceClock.class)}. */
  @TestConfiguration
  static class AsServiceClock {
    @Bean
    @Primary
    MovingClock movingClock() {
      return new MovingClock();
    }
  }

  private volatile Instant now = LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(ZONE).toInstant();

  /** To 10:00 of {@code day}. */
  void set(LocalDate day) {
    now = day.atTime(10, 0).atZone(ZONE).toInstant();
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, ZONE);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
