package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a poll asks and how it is decided: items, method, roll size, passing rule, seats (K of N),
 * the approval bounds, the quorum, and for scores the pass mark.
 *
 * @param quorumPercent present must be more than this share of the roll (default 50)
 */
public record PollSpec(PollMethod method, List<String> items, int rollSize, PassingRule rule, Integer seats,
    int minChoices, int maxChoices, int quorumPercent, int passScore) {

  public PollSpec {
    if (items == null || items.isEmpty() || new HashSet<>(items).size() != items.size()) {
      throw new RuleViolationException("items", "at least one item, no duplicates");
    }
    if (items.stream().anyMatch(i -> i == null || i.isBlank() || i.contains(".") || i.startsWith("$") || i.length() > 200
        || i.chars().anyMatch(Character::isISOControl))) {
      throw new RuleViolationException("items",
          "items of 1 to 200 characters, without '.' or control characters and not starting with '$'");
    }
    items = List.copyOf(items);
    if (rollSize < 1) {
      throw new RuleViolationException("rollSize", "the roll has at least one member");
    }
    if (seats != null && (seats < 1 || seats > items.size())) {
      throw new RuleViolationException("seats", "between 1 and the number of items");
    }
    if (method == PollMethod.APPROVAL && (minChoices < 0 || maxChoices < Math.max(1, minChoices) || maxChoices > items.size())) {
      throw new RuleViolationException("maxChoices", "0 ≤ min ≤ max ≤ items, max ≥ 1");
    }
  }

  /** Whether a ballot is valid for this poll; the reason when it is not (an invalid ballot counts for nothing). */
  public String invalidity(Ballot ballot) {
    Map<String, String> answers = ballot.answers();
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      String problem = answerProblem(answer.getKey(), answer.getValue());
      if (problem != null) {
        return problem;
      }
    }
    if (method == PollMethod.APPROVAL && (answers.size() < minChoices || answers.size() > maxChoices)) {
      return "choose between " + minChoices + " and " + maxChoices + " items";
    }
    return null;
  }

  /** Whether one answer to one item is possible in this poll (paper counts are checked by it too). */
  public String answerProblem(String item, String answer) {
    if (!items.contains(item)) {
      return "unknown item " + item;
    }
    Set<String> allowed = switch (method) {
      case YES_NO_ABSTAIN -> Set.of("YES", "NO", "ABSTAIN");
      case APPROVAL -> Set.of("APPROVE");
      case RATING -> Set.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");
      case SCORE -> null;
    };
    if (allowed != null && !allowed.contains(answer)) {
      return "answer " + answer + " is not allowed";
    }
    if (allowed == null && !validScore(answer)) {
      return "a score is a whole number from 0 to 100";
    }
    return null;
  }


  private static boolean validScore(String answer) {
    try {
      int score = Integer.parseInt(answer);
      return score >= 0 && score <= 100;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
