package io.lianxin.suggestion.application;

import io.lianxin.suggestion.application.port.DeadlineCandidates;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deadline engine (期限提醒): reply due soon and overdue, co-unit opinions due, evaluation
 * reminders and the closing of unevaluated items, commitments due and overdue
 * ({@link io.lianxin.suggestion.domain.DeadlineSchedule}).
 *
 * <p>Each reminder is sent once per occurrence even with several replicas: the item remembers the
 * reminders it sent, and saving is guarded by the item's version, so when two replicas handle the
 * same item at once only the first save lands and the other replica skips it.
 */
@Component
public class DeadlineEngine {

  private static final Logger log = LoggerFactory.getLogger(DeadlineEngine.class);

  private final DeadlineCandidates candidates;
  private final Clock clock;
  private final SuggestionPolicy policy;

  public DeadlineEngine(DeadlineCandidates candidates, Clock clock, SuggestionPolicy policy) {
    this.candidates = candidates;
    this.clock = clock;
    this.policy = policy;
  }

  @Scheduled(fixedDelayString = "${lianxin.suggestion.deadline-interval:5m}", initialDelayString = "${lianxin.suggestion.deadline-interval:5m}")
  public void scheduled() {
    runOnce();
  }

  /** One pass over the items whose check date has come; returns how many items changed. */
  public int runOnce() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, policy.zone());
    int[] changed = {0};
    candidates.forEachDueBy(today, loaded -> {
      Suggestion s = loaded.item();
      boolean didSomething = s.applyDeadlines(today, policy, now);
      try {
        candidates.saveHandled(loaded, today);
        changed[0] += didSomething ? 1 : 0;
      } catch (OptimisticLockingFailureException e) {
        log.debug("suggestion {} changed meanwhile (a command or another replica); next pass", s.id());
      }
    });
    return changed[0];
  }
}
