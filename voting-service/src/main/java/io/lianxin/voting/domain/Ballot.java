package io.lianxin.voting.domain;

import java.util.Map;

/**
 * One voter's answers (选票), item → answer: {@code YES}/{@code NO}/{@code ABSTAIN};
 * {@code APPROVE} (approval: only the chosen items appear); {@code SATISFIED}/
 * {@code BASICALLY_SATISFIED}/{@code UNSATISFIED}; or a score {@code "0"}..{@code "100"}.
 * It carries no voter: secrecy is kept by whoever stores it.
 */
public record Ballot(Map<String, String> answers) {
  public Ballot {
    answers = Map.copyOf(answers);
  }

  /** Never the answers: a secret ballot that ends up in a log line must not show its choice. */
  @Override
  public String toString() {
    return "Ballot[" + answers.size() + " answers]";
  }
}
