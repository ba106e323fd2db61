package io.lianxin.suggestion.application;

import io.lianxin.chassis.outbox.AggregateStore;
import io.lianxin.suggestion.domain.Suggestion;
import io.lianxin.suggestion.domain.SuggestionPolicy;
import io.lianxin.suggestion.messaging.SuggestionEventMapper;
import io.lianxin.suggestion.persistence.SuggestionDocument;
import io.lianxin.suggestion.persistence.SuggestionRepository;
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
 * reminders and the closing of unevaluated items, commitments due and overdue.
 *
 * <p>Each reminder is sent once per occurrence even with several replicas: the item remembers the
 * reminders it sent, and saving is guarded by the item's version, so when two replicas handle the
 * same item at once only the first save lands and the other replica skips it.
 */
@Component
public class DeadlineEngine {

  private static final Logger log = LoggerFactory.getLogger(DeadlineEngine.class);

  private final SuggestionRepository repository;
  private final AggregateStore store;
  private final Clock clock;
  private final SuggestionPolicy policy;

  public DeadlineEngine(SuggestionRepository repository, AggregateStore store, Clock clock, SuggestionSettings settings) {
    this.repository = repository;
    this.store = store;
    this.clock = clock;
    this.policy = settings.policy();
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
    repository.forEach(SuggestionRepository.deadlineCandidates(today), false, doc -> {
      Suggestion s = doc.getItem();
      boolean didSomething = s.applyDeadlines(today, policy, now);
      LocalDate next = s.nextDeadlineCheck(policy);
      doc.setNextDeadlineCheck(next == null ? null : next.isAfter(today) ? next : today.plusDays(1));
      try {
        store.save(doc, SuggestionEventMapper.toPending(s, s.takeEvents(), null));
        changed[0] += didSomething ? 1 : 0;
      } catch (OptimisticLockingFailureException e) {
        log.debug("suggestion {} changed meanwhile (a command or another replica); next pass", doc.getId());
      }
    });
    return changed[0];
  }
}
