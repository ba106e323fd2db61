package io.lianxin.suggestion.domain;

import io.lianxin.suggestion.domain.SuggestionEvent.CoUnitOpinionDue;
import io.lianxin.suggestion.domain.SuggestionEvent.CommitmentDueSoon;
import io.lianxin.suggestion.domain.SuggestionEvent.CommitmentOverdue;
import io.lianxin.suggestion.domain.SuggestionEvent.EvaluationDueSoon;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplyDueSoon;
import io.lianxin.suggestion.domain.SuggestionEvent.ReplyOverdue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deadlines of a suggestion and the reminders they bring (期限提醒): the reply due soon and
 * overdue, co-unit opinions due, the evaluation window's reminders and its end, commitments due
 * soon and overdue. It reads an item and says what a date brings;
 * {@link Suggestion#applyDeadlines} does it, sending each reminder once (remembered by its key).
 * A reply under the committee's review ({@link SuggestionState#REPLY_IN_REVIEW},
 * {@link SuggestionState#REPLY_AWAITING_SIGN_OFF}) brings no reply reminders and is never overdue:
 * the unit has answered; its due date stands still, and moves on by the days the committee held
 * the reply if it is sent back. The evaluation window starts only when the reply is sent.
 */
public final class DeadlineSchedule {

  /** Something a date brings to an item. */
  public sealed interface Due permits Reminder, CommitmentTurnsOverdue, EvaluationWindowClosed {}

  /**
   * A reminder, sent once per {@code key}; {@code moot} are the keys of reminders it makes pointless
   * (a missed 14-day reminder is not sent late when the 3-day one applies), remembered unsent.
   */
  public record Reminder(String key, SuggestionEvent event, Set<String> moot) implements Due {
    public Reminder {
      moot = Set.copyOf(moot);
    }

    Reminder(String key, SuggestionEvent event) {
      this(key, event, Set.of());
    }
  }

  /** An open commitment passed its due date (承诺逾期). */
  public record CommitmentTurnsOverdue(CommitmentOverdue event) implements Due {}

  /** The evaluation window closed without the proposer's rating: the item closes as not evaluated. */
  public record EvaluationWindowClosed() implements Due {}

  private final SuggestionPolicy policy;

  public DeadlineSchedule(SuggestionPolicy policy) {
    this.policy = policy;
  }

  /** What {@code today} brings to the item, in order; reminders already sent included (the item skips them). */
  public List<Due> dueOn(Suggestion s, LocalDate today) {
    List<Due> due = new ArrayList<>();
    if (s.state().isHandling() && s.replyDueDate() != null) {
      replyDeadlines(s, today, due);
    }
    if (s.state() == SuggestionState.REPLIED && s.evaluationDueDate() != null) {
      evaluationDeadlines(s, today, due);
    }
    for (Commitment c : s.commitments()) {
      if (c.status() != Commitment.Status.OPEN) {
        continue;
      }
      if (today.isAfter(c.dueDate())) {
        due.add(new CommitmentTurnsOverdue(new CommitmentOverdue(c.id(), c.dueDate(), c.description())));
      } else if (!today.isBefore(c.dueDate().minusDays(policy.commitmentDueSoonDays()))) {
        due.add(new Reminder("commitment-due:" + c.id(), new CommitmentDueSoon(c.id(), c.dueDate(), c.description())));
      }
    }
    return due;
  }

  private void replyDeadlines(Suggestion s, LocalDate today, List<Due> due) {
    LocalDate replyDue = s.replyDueDate();
    int round = s.round();
    long daysLeft = ChronoUnit.DAYS.between(today, replyDue);
    if (daysLeft >= 0) {
      policy.replyDueSoonDays().stream().filter(d -> daysLeft <= d).min(Integer::compare).ifPresent(d -> {
        Set<String> larger = policy.replyDueSoonDays().stream().filter(x -> x > d)
            .map(x -> replyKey("due-soon", round, x)).collect(Collectors.toSet());
        due.add(new Reminder(replyKey("due-soon", round, d), new ReplyDueSoon(replyDue, daysLeft, round), larger));
      });
    } else {
      long overdueDays = -daysLeft;
      int occurrence = (int) ((overdueDays - 1) / policy.overdueRepeatDays());
      due.add(new Reminder(replyKey("overdue", round, occurrence), new ReplyOverdue(replyDue, overdueDays, round)));
    }
    LocalDate opinionDue = replyDue.minusMonths(policy.coUnitOpinionLeadMonths());
    if (!today.isBefore(opinionDue)) {
      for (String unit : s.coUnitsWithoutOpinion()) {
        due.add(new Reminder("co-unit-opinion-due:r" + round + ":" + unit, new CoUnitOpinionDue(unit, opinionDue)));
      }
    }
  }

  private void evaluationDeadlines(Suggestion s, LocalDate today, List<Due> due) {
    if (today.isAfter(s.evaluationDueDate())) {
      due.add(new EvaluationWindowClosed());
      return;
    }
    for (int day : policy.evaluationReminderDays()) {
      if (!today.isBefore(s.repliedOn().plusDays(day))) {
        due.add(new Reminder("evaluation-due:r" + s.round() + ":d" + day,
            new EvaluationDueSoon(s.evaluationDueDate(), s.deputiesYetToEvaluate())));
      }
    }
  }

  private static String replyKey(String kindOfReminder, int round, int n) {
    return "reply-" + kindOfReminder + ":r" + round + ":" + n;
  }

  /** The earliest date on which {@link #dueOn} may bring something; null when never. */
  public LocalDate nextCheck(Suggestion s) {
    List<LocalDate> dates = new ArrayList<>();
    if (s.state().isHandling() && s.replyDueDate() != null) {
      int largest = policy.replyDueSoonDays().stream().max(Integer::compare).orElse(0);
      dates.add(s.replyDueDate().minusMonths(policy.coUnitOpinionLeadMonths()));
      dates.add(s.replyDueDate().minusDays(largest));
    }
    if (s.state() == SuggestionState.REPLIED && s.repliedOn() != null) {
      policy.evaluationReminderDays().forEach(d -> dates.add(s.repliedOn().plusDays(d)));
      dates.add(s.evaluationDueDate().plusDays(1));
    }
    s.commitments().stream().filter(c -> c.status() == Commitment.Status.OPEN)
        .forEach(c -> dates.add(c.dueDate().minusDays(policy.commitmentDueSoonDays())));
    return dates.stream().min(LocalDate::compareTo).orElse(null);
  }

  /**
   * The next check once the deadline engine has handled the item on {@code handledOn}: as
   * {@link #nextCheck}, but not before the next day, so that one day's passes look at it once.
   */
  public LocalDate nextCheckAfter(Suggestion s, LocalDate handledOn) {
    LocalDate next = nextCheck(s);
    return next == null ? null : next.isAfter(handledOn) ? next : handledOn.plusDays(1);
  }
}
