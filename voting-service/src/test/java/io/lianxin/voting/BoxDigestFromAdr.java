package io.lianxin.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The published box's digest recomputed as a third party would, from nothing but the text of ADR
 * 0009 (*The canonical text of a named poll's box*) and ADR 0011 (*The canonical text of a secret
 * poll's box*) and the published JSON — on purpose without any class of the service: if the ADR and
 * the service part, the tests using this fail.
 */
final class BoxDigestFromAdr {

  private BoxDigestFromAdr() {}

  /**
   * ADR 0009: the entries ordered by receipt; per entry receipt, TAB, voter id or "-", TAB, the
   * answers as item "=" answer joined by ";" with the items ordered by their UTF-16 code units
   * (Java's {@code String.compareTo}); each line ends with LF, the last one too; UTF-8 without BOM;
   * SHA-256 as 64 lower-case hex digits.
   */
  static String named(JsonNode ballotBox) {
    return named(ballotBox, Comparator.naturalOrder());
  }

  /** As {@link #named(JsonNode)}, with the items ordered by {@code itemOrder} (to show that the order matters). */
  static String named(JsonNode ballotBox, Comparator<String> itemOrder) {
    List<JsonNode> entries = new ArrayList<>();
    ballotBox.forEach(entries::add);
    entries.sort(Comparator.comparing(e -> e.get("receipt").asString()));
    StringBuilder text = new StringBuilder();
    for (JsonNode e : entries) {
      JsonNode voter = e.get("voterId");
      text.append(e.get("receipt").asString()).append('\u0009')
          .append(voter == null || voter.isNull() ? "-" : voter.asString()).append('\u0009');
      List<String> items = new ArrayList<>(e.get("answers").propertyNames());
      items.sort(itemOrder);
      List<String> pairs = new ArrayList<>();
      for (String item : items) {
        pairs.add(item + "=" + e.get("answers").get(item).asString());
      }
      text.append(String.join(";", pairs)).append('\n');
    }
    return sha256Hex(text.toString());
  }

  /**
   * ADR 0011: the line {@code lianxin-box-v1}, then every receipt (64 lower-case hex digits, the
   * SHA-256 of the ballot's text) in ascending order, one per line, each line ending with LF;
   * UTF-8; SHA-256 as 64 lower-case hex digits.
   */
  static String secret(JsonNode encryptedBallots) {
    List<String> receipts = new ArrayList<>();
    encryptedBallots.forEach(b -> receipts.add(b.get("receipt").asString()));
    receipts.sort(Comparator.naturalOrder());
    StringBuilder text = new StringBuilder("lianxin-box-v1\n");
    receipts.forEach(r -> text.append(r).append('\n'));
    return sha256Hex(text.toString());
  }

  /**
   * ADR 0011, then ADR 0009 (*The canonical text of a paper tally*): the box's text followed by one
   * line {@code paper} TAB digest LF per published paper tally, in the published order — the
   * published digest, and that digest being SHA-256 of the tally's own text ({@link #paperTally}).
   */
  static String secret(JsonNode encryptedBallots, JsonNode paperTallies) {
    List<String> receipts = new ArrayList<>();
    encryptedBallots.forEach(b -> receipts.add(b.get("receipt").asString()));
    receipts.sort(Comparator.naturalOrder());
    StringBuilder text = new StringBuilder("lianxin-box-v1\n");
    receipts.forEach(r -> text.append(r).append('\n'));
    paperTallies.forEach(p -> text.append("paper\t").append(p.get("digest").asString()).append('\n'));
    return sha256Hex(text.toString());
  }

  /**
   * ADR 0009: a paper tally's text is {@code lianxin-paper-tally-v1} LF, then source TAB ballots TAB
   * invalid TAB enteredBy (or "-") LF, then item TAB answer TAB count LF for every count, items and
   * within an item answers ordered by UTF-16 code units; its digest is SHA-256 as 64 lower-case hex.
   */
  static String paperTally(JsonNode tally) {
    StringBuilder text = new StringBuilder("lianxin-paper-tally-v1\n");
    JsonNode by = tally.get("enteredBy");
    text.append(tally.get("source").asString()).append('\t').append(tally.get("ballots").asLong()).append('\t')
        .append(tally.get("invalid").asLong()).append('\t').append(by == null || by.isNull() ? "-" : by.asString())
        .append('\n');
    List<String> items = new ArrayList<>(tally.get("counts").propertyNames());
    items.sort(Comparator.naturalOrder());
    for (String item : items) {
      List<String> answers = new ArrayList<>(tally.get("counts").get(item).propertyNames());
      answers.sort(Comparator.naturalOrder());
      for (String answer : answers) {
        text.append(item).append('\t').append(answer).append('\t')
            .append(tally.get("counts").get(item).get(answer).asLong()).append('\n');
      }
    }
    return sha256Hex(text.toString());
  }

  /** ADR 0011: a receipt is the SHA-256 of the ballot's canonical text (UTF-8), 64 lower-case hex digits. */
  static String receipt(String ballotText) {
    return sha256Hex(ballotText);
  }

  /** Code-point order, which is not the ADR's: for items with characters beyond U+FFFF it differs. */
  static int byCodePoints(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
