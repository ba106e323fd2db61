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
 * @param quorumPercent present must be more than this share of the roll (default {@value #DEFAULT_QUORUM_PERCENT})
 * @param passScore a score item's pass mark (default {@value #DEFAULT_PASS_SCORE})
 */
public record PollSpec(PollMethod method, List<String> items, int rollSize, PassingRule rule, Integer seats,
    int minChoices, int maxChoices, int quorumPercent, int passScore) {

  /** Quorum unless the poll says otherwise: more than half of the roll present (过半数出席). */
  public static final int DEFAULT_QUORUM_PERCENT = 50;
  /** A score item's pass mark unless the poll says otherwise. */
  public static final int DEFAULT_PASS_SCORE = 60;

  /** A satisfaction vote (满意度测评) on each item, passed by more than half of the valid votes. */
  public static PollSpec rating(List<String> items, int rollSize) {
    return builder(PollMethod.RATING, items, rollSize).rule(PassingRule.majorityOfValidVotes()).build();
  }

  /** A score vote (评分) on each item, passed by more than half of the valid votes. */
  public static PollSpec score(List<String> items, int rollSize) {
    return builder(PollMethod.SCORE, items, rollSize).rule(PassingRule.majorityOfValidVotes()).build();
  }

  /**
   * K of N (差额票决): approve up to {@code seats} of the items; each needs more than half of all
   * members, and the {@code seats} most approved of those passing are selected.
   */
  public static PollSpec approvalOfUpTo(int seats, List<String> items, int rollSize) {
    return builder(PollMethod.APPROVAL, items, rollSize).rule(PassingRule.majorityOfAllMembers()).seats(seats)
        .choices(0, seats).build();
  }

  /** A spec by name; what is not said takes its default. */
  public static Builder builder(PollMethod method, List<String> items, int rollSize) {
    return new Builder(method, items, rollSize);
  }

  /**
   * Builds a {@link PollSpec}; a null setting is its default: more than half of all members, no
   * seats, 0 to all items chosen, the default quorum and pass mark.
   */
  public static final class Builder {
    private final PollMethod method;
    private final List<String> items;
    private final int rollSize;
    private PassingRule rule;
    private Integer seats;
    private Integer minChoices;
    private Integer maxChoices;
    private Integer quorumPercent;
    private Integer passScore;

    private Builder(PollMethod method, List<String> items, int rollSize) {
      this.method = method;
      this.items = items;
      this.rollSize = rollSize;
    }

    public Builder rule(PassingRule rule) {
      this.rule = rule;
      return this;
    }

    public Builder seats(Integer seats) {
      this.seats = seats;
      return this;
    }

    /** How many items an approval ballot chooses, at least and at most. */
    public Builder choices(Integer min, Integer max) {
      this.minChoices = min;
      this.maxChoices = max;
      return this;
    }

    public Builder quorumPercent(Integer quorumPercent) {
      this.quorumPercent = quorumPercent;
      return this;
    }

    public Builder passScore(Integer passScore) {
      this.passScore = passScore;
      return this;
    }

    public PollSpec build() {
      return new PollSpec(method, items, rollSize, rule == null ? PassingRule.majorityOfAllMembers() : rule, seats,
          minChoices == null ? 0 : minChoices, maxChoices == null ? (items == null ? 0 : items.size()) : maxChoices,
          quorumPercent == null ? DEFAULT_QUORUM_PERCENT : quorumPercent,
          passScore == null ? DEFAULT_PASS_SCORE : passScore);
    }
  }

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

  /** The same questions and rules over a roll of {@code size} voters. */
  public PollSpec withRollSize(int size) {
    return new PollSpec(method, items, size, rule, seats, minChoices, maxChoices, quorumPercent, passScore);
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
