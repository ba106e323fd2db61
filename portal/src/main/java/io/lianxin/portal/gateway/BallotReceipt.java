package io.lianxin.portal.gateway;

import java.util.Map;
import java.util.Objects;

/**
 * A ballot found in a published box by its receipt (回执码): the receipt, and the answers of a named poll or the
 * encrypted ballot of a secret one.
 */
public record BallotReceipt(String receipt, String encrypted, Map<String, String> answers) {

  public BallotReceipt {
    answers = Map.copyOf(Objects.requireNonNullElse(answers, Map.of()));
  }
}
