package io.lianxin.supervision.domain;

/**
 * The standing committee's satisfaction vote on the body's report (满意度测评结果), as voting-service
 * published it: satisfied and basically satisfied votes ({@code favourable}) against the valid votes
 * ({@code base}); a vote without quorum is not valid and decides nothing.
 */
public record SatisfactionResult(String requestId, String pollId, long favourable, long base, boolean valid) {

  /** Satisfied when more than {@code percentAbove} % of the valid votes are favourable (exact integers). */
  public boolean satisfied(int percentAbove) {
    return valid && base > 0 && favourable * 100 > base * percentAbove;
  }
}
