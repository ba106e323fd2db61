package io.lianxin.supervision.domain;

/**
 * The standing committee's satisfaction vote on the body's report (满意度测评结果), as voting-service
 * published it: satisfied and basically satisfied votes ({@code favourable}) against the valid votes
 * ({@code base}); a vote without quorum is not valid and decides nothing.
 */
public record SatisfactionResult(String congressId, String requestId, String pollId, long favourable, long base,
    boolean valid) {

  /** The longest poll title voting-service takes. */
  public static final int MAX_TITLE = 200;

  /** The vote's title: the preferred one, or the fallback when it is too long, cut to {@link #MAX_TITLE} at worst. */
  public static String title(String preferred, String fallback) {
    String title = preferred.length() <= MAX_TITLE ? preferred : fallback;
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
  }

  /** An open (named) vote has no scrutineers: they hold the key of a secret one. */
  public static void requireScrutineersOnlyWhenSecret(boolean secret, java.util.List<String> scrutineers) {
    if (!secret && !scrutineers.isEmpty()) {
      throw new io.lianxin.chassis.domain.RuleViolationException("scrutineers",
          "记名测评不设监票人密钥 / an open vote has no scrutineers (they hold a secret vote's key)");
    }
  }

  /** Satisfied when more than {@code percentAbove} % of the valid votes are favourable (exact integers). */
  public boolean satisfied(int percentAbove) {
    return valid && base > 0 && favourable * 100 > base * percentAbove;
  }
}
