package io.lianxin.portal.web;

import io.lianxin.portal.gateway.Poll;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A clear ballot (明文选票) as the form posts it: one answer per item by the item's position ({@code a0}, {@code a1},
 * …; an item's text can be anything, so it is no field name), for an approval poll (差额选择) the positions checked
 * ({@code approve}). Its {@link #toString()} never shows an answer: a ballot is secret in logs too.
 */
final class BallotForm {

  /** The answers each method offers, in the order shown. */
  static final Map<String, List<String>> ANSWERS = Map.of(
      "YES_NO_ABSTAIN", List.of("YES", "NO", "ABSTAIN"),
      "RATING", List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"));

  private final Map<Integer, String> byPosition;

  private BallotForm(Map<Integer, String> byPosition) {
    // in the items' order, as the ballot shows them
    this.byPosition = Collections.unmodifiableMap(new TreeMap<>(byPosition));
  }

  static BallotForm empty() {
    return new BallotForm(Map.of());
  }

  /** The posted fields: {@code a<n>} for an answer, {@code approve} (repeated) for an approval. */
  static BallotForm of(Poll poll, Map<String, String[]> posted) {
    Map<Integer, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < poll.items().size(); i++) {
      String[] values = posted.get("a" + i);
      if (values != null && values.length > 0 && !values[0].isBlank()) {
        answers.put(i, values[0].strip());
      }
    }
    for (String position : Objects.requireNonNullElse(posted.get("approve"), new String[0])) {
      try {
        int i = Integer.parseInt(position);
        if (i >= 0 && i < poll.items().size()) {
          answers.put(i, "APPROVE");
        }
      } catch (NumberFormatException notAPosition) {
        // not one of the form's checkboxes: left out
      }
    }
    return new BallotForm(answers);
  }

  /** The answers by item's text, as voting-service takes them; items left blank are not sent. */
  Map<String, String> answers(Poll poll) {
    Map<String, String> answers = new LinkedHashMap<>();
    byPosition.forEach((i, answer) -> answers.put(poll.items().get(i), answer));
    return answers;
  }

  /** The answer given at a position, to show the form again with it, or "". */
  public String at(int position) {
    return byPosition.getOrDefault(position, "");
  }

  public boolean approves(int position) {
    return "APPROVE".equals(byPosition.get(position));
  }

  public boolean blank() {
    return byPosition.isEmpty();
  }

  @Override
  public String toString() {
    return "BallotForm[" + byPosition.size() + " answers kept out of logs]";
  }
}
