package io.lianxin.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a delivery is tried (重试策略): a temporary failure waits {@code firstBackoff × 2^(attempts-1)},
 * at most {@code maxBackoff}, until {@code maxAttempts} attempts are used up; a permanent failure
 * stops at once.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
    if (firstBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoffs are not negative");
    }
  }

  /** Whether a delivery that failed after {@code attempts} attempts is given up. */
  public boolean givesUp(int attempts, SendFailure failure) {
    return failure.isPermanent() || attempts >= maxAttempts;
  }

  /** When the next attempt is due after the {@code attempts}-th failed at {@code now}. */
  public Instant nextAttempt(int attempts, Instant now) {
    long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
    Duration wait = firstBackoff.multipliedBy(factor);
    return now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
  }
}
