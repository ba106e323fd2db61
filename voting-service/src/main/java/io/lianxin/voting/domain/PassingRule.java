package io.lianxin.voting.domain;

/**
 * When an item passes (通过规则): its favourable votes against a base — all members of the roll
 * (全体组成人员/全体代表), those present, or the valid votes on the item — with a threshold of more
 * than half or at least two thirds.
 */
public record PassingRule(Base base, Threshold threshold) {

  /** What the favourable votes are measured against. */
  public enum Base { ALL_MEMBERS, PRESENT, VALID_VOTES }

  /** How many of the base are needed. */
  public enum Threshold { MORE_THAN_HALF, AT_LEAST_TWO_THIRDS }

  /** The default for appointments and livelihood projects: more than half of all members. */
  public static PassingRule majorityOfAllMembers() {
    return new PassingRule(Base.ALL_MEMBERS, Threshold.MORE_THAN_HALF);
  }

  /** Requested satisfaction and score votes: more than half of the valid votes on the item. */
  public static PassingRule majorityOfValidVotes() {
    return new PassingRule(Base.VALID_VOTES, Threshold.MORE_THAN_HALF);
  }

  /** Whether {@code favourable} votes pass against a base of {@code base}; exact integer arithmetic. */
  public boolean passes(long favourable, long base) {
    if (base <= 0) {
      return false;
    }
    return threshold == Threshold.MORE_THAN_HALF ? favourable * 2 > base : favourable * 3 >= base * 2;
  }

  /** The smallest number of favourable votes that passes. */
  public long needed(long base) {
    return threshold == Threshold.MORE_THAN_HALF ? base / 2 + 1 : (2 * base + 2) / 3;
  }
}
