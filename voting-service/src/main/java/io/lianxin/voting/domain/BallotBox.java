package io.lianxin.voting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named poll's published ballot box (公开票箱): every electronic ballot as its receipt code,
 * answers and voter, sorted by receipt code. (A secret poll's box is an {@link EncryptedBox}.) Its
 * digest (SHA-256 of the canonical text, lower-case hex) is part of the certified result; with
 * paper or device tallies, the text ends with one line per tally's digest ({@link PaperTally}).
 */
public record BallotBox(List<Entry> entries) {

  /** One ballot in the box; {@code voterId} only for a named poll. */
  public record Entry(String receipt, Map<String, String> answers, String voterId) {
    public Entry {
      answers = Map.copyOf(answers);
    }
  }

  public BallotBox {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::receipt));
    entries = List.copyOf(sorted);
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** A named poll's receipt code for the voter (12 characters from an alphabet without look-alikes). */
  public static String newReceiptCode() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  public List<Ballot> ballots() {
    return entries.stream().map(e -> new Ballot(e.answers())).toList();
  }

  /**
   * One line per ballot, by receipt: {@code receipt TAB voter-or-dash TAB item=answer;…} with the
   * items ordered by their UTF-16 code units ({@link String#compareTo}), every line ending with LF
   * (the last too; an empty box is empty). Anyone can rebuild it from the published box: ADR 0009,
   * <i>The canonical text of a named poll's box</i>, states it byte for byte.
   */
  public String canonicalText() {
    return canonicalText(List.of());
  }

  /** The same, then {@code paper TAB digest} LF for each of {@code paperTallies} in their published order. */
  public String canonicalText(List<PaperTally> paperTallies) {
    StringBuilder text = new StringBuilder();
    for (Entry e : entries) {
      text.append(e.receipt()).append('\t').append(e.voterId() == null ? "-" : e.voterId()).append('\t');
      StringBuilder answers = new StringBuilder();
      new TreeMap<>(e.answers()).forEach((item, answer) ->
          answers.append(answers.length() == 0 ? "" : ";").append(item).append('=').append(answer));
      text.append(answers).append('\n');
    }
    return text.append(paperLines(paperTallies)).toString();
  }

  /** One line {@code paper TAB digest} per tally, in the order given: what ties the tallies to the box's digest. */
  static String paperLines(List<PaperTally> paperTallies) {
    StringBuilder lines = new StringBuilder();
    paperTallies.forEach(p -> lines.append("paper\t").append(p.digest()).append('\n'));
    return lines.toString();
  }

  /** Hex SHA-256 of {@link #canonicalText()}. */
  public String digest() {
    return digest(List.of());
  }

  /** Hex SHA-256 of {@link #canonicalText(List)}: the digest a poll with paper tallies certifies. */
  public String digest(List<PaperTally> paperTallies) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonicalText(paperTallies).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
