package io.lianxin.voting.application;

import io.lianxin.voting.persistence.PollDocument;
import io.lianxin.voting.persistence.VotingRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens and closes polls at their set times and reports turnout of open polls, at most once per
 * {@code lianxin.voting.turnout-interval} (throttled, so that no event follows a single ballot).
 * Safe with several replicas: each change is a version-guarded write, and the replica that loses
 * the race leaves the poll to the one that won.
 */
@Component
public class PollScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);

  private final VotingRepository repository;
  private final PollService polls;
  private final Clock clock;
  private final Duration turnoutInterval;
  private volatile Instant lastTurnoutReport = Instant.EPOCH;

  public PollScheduler(VotingRepository repository, PollService polls, Clock clock,
      @Value("${lianxin.voting.turnout-interval:60s}") Duration turnoutInterval) {
    this.repository = repository;
    this.polls = polls;
    this.clock = clock;
    this.turnoutInterval = turnoutInterval;
  }

  @Scheduled(fixedDelayString = "${lianxin.voting.schedule-interval:2s}")
  public void tick() {
    Instant now = clock.instant();
    boolean reportTurnout = !now.isBefore(lastTurnoutReport.plus(turnoutInterval));
    if (reportTurnout) {
      lastTurnoutReport = now;
    }
    for (PollDocument doc : repository.scheduled(now, reportTurnout)) {
      try {
        polls.advance(doc, reportTurnout);
      } catch (OptimisticLockingFailureException another) {
        // another replica (or a staff command) changed it first; the next tick sees the new state
      } catch (RuntimeException e) {
        LOG.warn("poll {} could not be advanced: {}", doc.getId(), e.toString());
      }
    }
  }
}
