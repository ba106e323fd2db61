package io.lianxin.supervision.domain;

/**
 * The yearly minimums the reports check (DOMAIN.md §3): every deputy takes part in at least
 * {@code allocationsPerYear} activities (代表参与监督活动, default 2), every standing-committee member
 * is a lead speaker (中心发言人) at least {@code leadSpeechesPerYear} times (default 3).
 */
public record ParticipationMinimums(int allocationsPerYear, int leadSpeechesPerYear) {
  public ParticipationMinimums {
    if (allocationsPerYear < 0 || leadSpeechesPerYear < 0) {
      throw new IllegalArgumentException("a minimum is not negative");
    }
  }
}
