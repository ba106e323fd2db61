package io.lianxin.voting;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of voting-service ({@code lianxin.voting.*}).
 *
 * @param scheduleInterval how often the scheduler opens and closes the polls due
 * @param turnoutInterval turnout-changed at most this often (per replica), never per ballot
 */
@Validated
@ConfigurationProperties("lianxin.voting")
public record VotingProperties(@NotNull Duration scheduleInterval, @NotNull Duration turnoutInterval) {

  public VotingProperties {
    scheduleInterval = scheduleInterval == null ? Duration.ofSeconds(2) : scheduleInterval;
    turnoutInterval = turnoutInterval == null ? Duration.ofSeconds(60) : turnoutInterval;
    if (scheduleInterval.isNegative() || scheduleInterval.isZero()) {
      throw new IllegalArgumentException("lianxin.voting.schedule-interval must be positive");
    }
    if (turnoutInterval.isNegative()) {
      throw new IllegalArgumentException("lianxin.voting.turnout-interval must not be negative");
    }
  }
}
