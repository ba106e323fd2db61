package io.lianxin.voting.application;

import io.lianxin.chassis.domain.Loaded;
import io.lianxin.voting.application.port.PollStore;
import io.lianxin.voting.domain.Poll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Opens and closes polls at their set times and reports turnout of open polls, at most once per
 * {@code turnoutInterval} (throttled, so that no event follows a single ballot). Safe with several
 * replicas: each change is a version-guarded write, and the replica that loses the race leaves the
 * poll to the one that won. Run every {@code lianxin.voting.schedule-interval} (see the service's
 * configuration).
 */
public class PollScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);

  private final PollStore store;
  private final PollService polls;
  private final Clock clock;
  private final Duration turnoutInterval;
  private volatile Instant lastTurnoutReport = Instant.EPOCH;

  public PollScheduler(PollStore store, PollService polls, Clock clock, Duration turnoutInterval) {
    this.store = store;
    this.polls = polls;
    this.clock = clock;
    this.turnoutInterval = turnoutInterval;
  }

  public void tick() {
    Instant now = clock.instant();
    boolean reportTurnout = !now.isBefore(lastTurnoutReport.plus(turnoutInterval));
    if (reportTurnout) {
      lastTurnoutReport = now;
    }
    for (Loaded<Poll> poll : store.scheduled(now, reportTurnout)) {
      try {
        polls.advance(poll, reportTurnout);
      } catch (OptimisticLockingFailureException another) {
        // another replica (or a staff command) changed it first; the next tick sees the new state
      } catch (RuntimeException e) {
        LOG.warn("poll {} could not be advanced: {}", poll.item().id(), e.toString());
      }
    }
  }
}
