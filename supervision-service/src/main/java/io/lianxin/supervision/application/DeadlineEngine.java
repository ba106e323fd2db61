package io.lianxin.supervision.application;

import io.lianxin.supervision.application.port.ActivityStore;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.TrackingStore;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deadline engine of oversight (期限提醒): an opinion's rectification list and report due soon and
 * overdue, each measure overdue; a tracked project's milestones due soon and overdue; an inquiry's
 * commitment overdue; an activity's opinion form due soon to the deputies who have not answered. Each reminder
 * is sent once even with several replicas: the opinion or tracking remembers what it sent and
 * saving is guarded by its version, so of two replicas handling one at once only the first save lands.
 */
@Component
public class DeadlineEngine {

  private static final Logger log = LoggerFactory.getLogger(DeadlineEngine.class);

  private final OpinionStore opinions;
  private final TrackingStore trackings;
  private final ActivityStore activities;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public DeadlineEngine(OpinionStore opinions, TrackingStore trackings, ActivityStore activities,
      SupervisionPolicy policy, Clock clock) {
    this.opinions = opinions;
    this.trackings = trackings;
    this.activities = activities;
    this.policy = policy;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${lianxin.supervision.deadline-interval:5m}",
      initialDelayString = "${lianxin.supervision.deadline-interval:5m}")
  public void scheduled() {
    runOnce();
  }

  /** One pass; returns how many opinions, trackings and activities sent a reminder. */
  public int runOnce() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), policy.zone());
    int[] reminded = {0};
    opinions.forEachDueBy(today, loaded -> {
      boolean sent = loaded.item().applyDeadlines(today, policy);
      try {
        opinions.save(loaded, null);
        reminded[0] += sent ? 1 : 0;
      } catch (OptimisticLockingFailureException e) {
        log.debug("opinion {} changed meanwhile (a command or another replica); next pass", loaded.item().opinionId());
      }
    });
    trackings.forEachDueBy(today, loaded -> {
      boolean sent = loaded.item().applyDeadlines(today, policy);
      try {
        trackings.save(loaded, null);
        reminded[0] += sent ? 1 : 0;
      } catch (OptimisticLockingFailureException e) {
        log.debug("tracking {} changed meanwhile (a command or another replica); next pass", loaded.item().trackingId());
      }
    });
    activities.forEachDueBy(today, loaded -> {
      boolean sent = loaded.item().applyDeadlines(today, policy);
      try {
        activities.save(loaded, null);
        reminded[0] += sent ? 1 : 0;
      } catch (OptimisticLockingFailureException e) {
        log.debug("activity {} changed meanwhile (a command or another replica); next pass", loaded.item().activityId());
      }
    });
    return reminded[0];
  }
}
