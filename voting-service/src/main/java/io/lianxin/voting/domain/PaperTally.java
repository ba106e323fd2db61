package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.Map;

/**
 * Counts entered by staff from paper ballots or a chamber's voting devices (纸质票/电子表决器计票):
 * how many ballots, how many of them invalid, and per item the count of each answer. They are
 * added to the electronic ballots; a poll never counts more ballots than voters present.
 *
 * @param counts item → answer → count (answers as on an electronic ballot; scores as "0".."100")
 */
public record PaperTally(Source source, long ballots, long invalid, Map<String, Map<String, Long>> counts,
    String enteredBy) {

  /** Where the counts come from. */
  public enum Source { PAPER, DEVICE }

  public PaperTally {
    counts = counts == null ? Map.of() : Map.copyOf(counts);
  }

  /** Refuses counts that could not come from {@code ballots} valid ballots of this poll. */
  void check(PollSpec spec) {
    if (source == null) {
      throw new RuleViolationException("source", "PAPER or DEVICE");
    }
    if (ballots < 1 || ballots > spec.rollSize() || invalid < 0 || invalid > ballots) {
      throw new RuleViolationException("ballots", "1 to the roll's size; 0 ≤ invalid ≤ ballots");
    }
    long valid = ballots - invalid;
    long approvals = 0;
    for (Map.Entry<String, Map<String, Long>> item : counts.entrySet()) {
      if (!spec.items().contains(item.getKey())) {
        throw new RuleViolationException("counts", "unknown item " + item.getKey());
      }
      long onItem = 0;
      for (Map.Entry<String, Long> answer : item.getValue().entrySet()) {
        String problem = spec.answerProblem(item.getKey(), answer.getKey());
        if (problem != null) {
          throw new RuleViolationException("counts", problem);
        }
        if (answer.getValue() == null || answer.getValue() < 0 || answer.getValue() > valid) {
          throw new RuleViolationException("counts", "counts are whole numbers from 0 to the valid ballots");
        }
        onItem += answer.getValue();
      }
      if (onItem > valid) {
        throw new RuleViolationException("counts", "item " + item.getKey() + " has more answers than valid ballots");
      }
      approvals += onItem;
    }
    if (spec.method() == PollMethod.APPROVAL && approvals > valid * spec.maxChoices()) {
      throw new RuleViolationException("counts", "more approvals than the ballots allow");
    }
  }
}
