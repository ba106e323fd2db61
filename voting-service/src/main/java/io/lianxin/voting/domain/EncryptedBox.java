package io.lianxin.voting.domain;

import io.lianxin.voting.domain.crypto.Ciphertext;
import io.lianxin.voting.domain.crypto.Group;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A secret poll's ballot box (公开票箱): every counted ballot as its receipt and encrypted text,
 * sorted by receipt, with no voter. Its digest is SHA-256 of the canonical text
 * {@code lianxin-box-v1} LF, then each receipt LF — each receipt being the SHA-256 of its ballot's
 * text, the digest commits to every ciphertext and proof — then, with paper or device tallies,
 * {@code paper TAB digest} LF per tally ({@link PaperTally}).
 */
public record EncryptedBox(List<Entry> entries) {

  /** One ballot: its receipt and its canonical text ({@link EncryptedBallot#text}). */
  public record Entry(String receipt, String ballot) {}

  public EncryptedBox {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::receipt));
    entries = List.copyOf(sorted);
  }

  public String canonicalText() {
    return canonicalText(List.of());
  }

  /** The box's text, then {@code paper TAB digest} LF for each of {@code paperTallies} in their published order. */
  public String canonicalText(List<PaperTally> paperTallies) {
    StringBuilder text = new StringBuilder("lianxin-box-v1\n");
    entries.forEach(e -> text.append(e.receipt()).append('\n'));
    return text.append(BallotBox.paperLines(paperTallies)).toString();
  }

  public String digest() {
    return digest(List.of());
  }

  /** SHA-256 of {@link #canonicalText(List)}: the digest a poll with paper tallies certifies. */
  public String digest(List<PaperTally> paperTallies) {
    return Group.sha256(canonicalText(paperTallies));
  }

  /** Every ballot's ciphertexts added up, item → option → sum. */
  public Map<String, Map<String, Ciphertext>> sums() {
    Map<String, Map<String, Ciphertext>> sums = new LinkedHashMap<>();
    entries.forEach(e -> EncryptedBallot.parse(e.ballot()).addTo(sums));
    return sums;
  }
}
