package io.lianxin.voting.domain;

import java.util.Map;

/**
 * A ballot as it is kept, under the id the poll gives its voter: a secret poll's as its encrypted
 * text and receipt (the hash of that text), which nobody can read alone; a named poll's as its
 * answers, receipt code and voter.
 */
public record StoredBallot(String pollId, String ballotId, String receipt, String encrypted, Map<String, String> answers,
    String voterId) {

  public static StoredBallot encrypted(String pollId, String ballotId, EncryptedBallot ballot) {
    return new StoredBallot(pollId, ballotId, ballot.receipt(), ballot.text(), null, null);
  }

  public static StoredBallot named(String pollId, String ballotId, String receipt, Map<String, String> answers,
      String voterId) {
    return new StoredBallot(pollId, ballotId, receipt, null, Map.copyOf(answers), voterId);
  }
}
