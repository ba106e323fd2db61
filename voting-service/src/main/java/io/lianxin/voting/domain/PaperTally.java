package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.Group;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts entered by staff from paper ballots or a chamber's voting devices (纸质票/电子表决器计票):
 * how many ballots, how many of them invalid, and per item the count of each answer. They are
 * added to the electronic ballots; a poll never counts more ballots than voters present. Each
 * tally has a digest of its own canonical text (计票摘要), and the box's certified digest covers
 * those digests, so a changed tally no longer verifies (ADR 0009, <i>The canonical text of a paper
 * tally</i>).
 *
 * @param counts item → answer → count (answers as on an electronic ballot; scores as "0".."100")
 * @param digest the digest as published: SHA-256 of {@link #canonicalText()}; computed when null
 */
public record PaperTally(Source source, long ballots, long invalid, Map<String, Map<String, Long>> counts,
    String enteredBy, String digest) {

  /** Where the counts come from. */
  public enum Source { PAPER, DEVICE }

  public PaperTally {
    counts = counts == null ? Map.of() : Map.copyOf(counts);
    if (digest == null) {
      digest = Group.sha256(canonicalText(source, ballots, invalid, counts, enteredBy));
    }
  }

  public PaperTally(Source source, long ballots, long invalid, Map<String, Map<String, Long>> counts,
      String enteredBy) {
    this(source, ballots, invalid, counts, enteredBy, null);
  }

  /**
   * {@code lianxin-paper-tally-v1} LF; source TAB ballots TAB invalid TAB entered-by-or-dash LF; then
   * one line item TAB answer TAB count LF per count, items and within them answers ordered by their
   * UTF-16 code units. ADR 0009 states it byte for byte.
   */
  public String canonicalText() {
    return canonicalText(source, ballots, invalid, counts, enteredBy);
  }

  /** SHA-256 of this tally's canonical text as it reads now, to compare with the published {@link #digest()}. */
  public String recomputedDigest() {
    return Group.sha256(canonicalText());
  }

  private static String canonicalText(Source source, long ballots, long invalid, Map<String, Map<String, Long>> counts,
      String enteredBy) {
    StringBuilder text = new StringBuilder("lianxin-paper-tally-v1\n");
    text.append(source).append('\t').append(ballots).append('\t').append(invalid).append('\t')
        .append(enteredBy == null ? "-" : enteredBy).append('\n');
    new TreeMap<>(counts).forEach((item, answers) -> new TreeMap<>(answers).forEach((answer, count) ->
        text.append(item).append('\t').append(answer).append('\t').append(count).append('\n')));
    return text.toString();
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
