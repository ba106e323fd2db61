package io.lianxin.chassis.development;

import io.lianxin.chassis.ChassisAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The devstack's clock (开发用时钟): the service's millisecond clock plus an offset that only grows.
 * Time-driven rules — the evaluation window, the dispute cut-off, overdue items, reminders — are
 * then tried through the API in minutes rather than waited for in months. It exists only when
 * {@code lianxin.development.clock-control=true}, which the devstack sets and a deployment never does.
 */
public final class DevelopmentClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public DevelopmentClock() {
    this(ChassisAutoConfiguration.millisecondClock(), new AtomicReference<>(Duration.ZERO));
  }

  private DevelopmentClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /** Moves the clock on by {@code by} (never back: what was due stays due). */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the development clock only moves forward");
    }
    offset.accumulateAndGet(by, Duration::plus);
    return instant();
  }

  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** The same moving time, seen in {@code zone} (the offset is shared). */
  @Override
  public Clock withZone(ZoneId zone) {
    return new DevelopmentClock(base.withZone(zone), offset);
  }
}
