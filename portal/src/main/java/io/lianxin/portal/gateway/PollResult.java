package io.lianxin.portal.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A poll's published result (公布的表决结果) as voting-service publishes it ({@code PublishedResultView}): the rules,
 * the count of each item, the ballot box (each ballot's receipt and text) and the box's digest, the paper tallies and,
 * for a secret poll (无记名投票), what its scrutineers (监票人) published — everything a verifier recomputes.
 */
public record PollResult(String pollId, String title, String kind, boolean secret, Rules rules, Long present,
    List<PaperTally> paperTallies, List<BoxEntry> ballotBox, Encrypted encrypted, String boxDigest, Result result,
    Instant talliedAt) {

  public PollResult {
    paperTallies = List.copyOf(Objects.requireNonNullElse(paperTallies, List.of()));
    ballotBox = List.copyOf(Objects.requireNonNullElse(ballotBox, List.of()));
  }

  /** The ballots in the box: the secret poll's encrypted ones, or the named poll's. */
  public List<BoxEntry> box() {
    return secret && encrypted != null ? encrypted.ballots() : ballotBox;
  }

  /** How the poll counts: its method (赞成/反对/弃权, 差额选择, 满意度, 评分), items and the passing rule. */
  public record Rules(String method, List<String> items, Integer rollSize, PassingRule rule, Integer seats) {}

  /** More than half, or two thirds, of all members, of those present or of the valid votes. */
  public record PassingRule(String base, String threshold) {}

  /** Counts entered from paper ballots or voting devices (纸质票/表决器), with the digest that seals them. */
  public record PaperTally(String source, long ballots, long invalid, Map<String, Map<String, Long>> counts,
      String enteredBy, String digest) {}

  /** One ballot in the box: the voter's receipt (回执码, the SHA-256 of the ballot's text) and the text. */
  public record BoxEntry(String receipt, String ballot) {}

  /** A secret poll's published parts: the key's threshold, its scrutineers, the encrypted ballots and totals. */
  public record Encrypted(Integer threshold, List<Scrutineer> scrutineers, String publicKey, List<BoxEntry> ballots,
      List<Total> totals) {

    public Encrypted {
      scrutineers = List.copyOf(Objects.requireNonNullElse(scrutineers, List.of()));
      ballots = List.copyOf(Objects.requireNonNullElse(ballots, List.of()));
      totals = List.copyOf(Objects.requireNonNullElse(totals, List.of()));
    }
  }

  public record Scrutineer(int index) {}

  /** A decrypted total of one option of one item. */
  public record Total(String item, String option, long value) {}

  /** The count: turnout, validity, quorum and each item's figures; the selected ones where seats are filled. */
  public record Result(boolean valid, Long roll, Long present, Long ballots, Long invalidBallots, Boolean quorumMet,
      List<ItemResult> items, List<String> selected, List<String> tiedAtCutoff, Integer seatsUnfilled) {

    public Result {
      items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
      selected = List.copyOf(Objects.requireNonNullElse(selected, List.of()));
      tiedAtCutoff = List.copyOf(Objects.requireNonNullElse(tiedAtCutoff, List.of()));
    }
  }

  /** One item's figures; which of them apply depends on the method. */
  public record ItemResult(String item, Long yes, Long no, Long abstain, Long approvals, Long satisfied,
      Long basicallySatisfied, Long unsatisfied, Long scoreSum, Long scored, Double averageScore, Long favourable,
      Long base, Long needed, Boolean passed, Integer rank) {}
}
