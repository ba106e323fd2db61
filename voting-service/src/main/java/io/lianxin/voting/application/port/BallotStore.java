package io.lianxin.voting.application.port;

import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.EncryptedBox;
import io.lianxin.voting.domain.StoredBallot;
import java.util.Optional;

/**
 * Ballots, one each under the id the poll gives the voter: "one voter, one ballot" is the store's
 * unique key. A secret poll's ballot is only its encrypted text and receipt.
 */
public interface BallotStore {

  /** Stores a first ballot; false when this voter's ballot is already there (nothing changed). */
  boolean cast(StoredBallot ballot);

  /** Stores or replaces the voter's ballot (re-voting); false when the one there was counted already. */
  boolean recast(StoredBallot ballot);

  /** Takes back a ballot the count has not taken: true when it was removed. */
  boolean withdrawIfUncounted(String ballotId);

  /** Marks every ballot of the poll as counted: the box certified is these, and only these. */
  void markCounted(String pollId);

  long count(String pollId);

  /** A named poll's counted ballots. */
  BallotBox box(String pollId);

  /** A secret poll's counted ballots: receipts and encrypted texts, no voter. */
  EncryptedBox encryptedBox(String pollId);

  /** A counted ballot by its receipt, without the id it is stored under. */
  Optional<StoredBallot> byReceipt(String pollId, String receipt);
}
