package io.lianxin.voting.domain;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import org.bouncycastle.math.ec.ECPoint;

/**
 * What a ballot reads of its poll (投票时读取的表决信息): the rules and state of the poll, a secret
 * poll's public key, and the two facts about this voter that decide whether they may vote — on the
 * roll (表决名单) and, in person, signed in (签到). Not the whole poll: a plenary's roll and
 * attendance are thousands of ids, and its history grows with every command. The store reads this
 * by the poll's id (the {@code _id} index) without those arrays.
 *
 * @param publicKey a secret poll's key (null for a named poll)
 * @param onRoll the voter is on the poll's roll
 * @param signedIn the voter is signed in (an in-person poll); not read for a poll voted online
 */
public record PollForBallot(String id, String congressId, PollKind kind, Poll.State state, boolean secret,
    boolean allowRevote, boolean inPerson, PollSpec spec, ECPoint publicKey, boolean onRoll, boolean signedIn) {

  /** The same facts from a whole poll (the store reads it whole only to tell a voter why they may not vote). */
  public static PollForBallot of(Poll poll, String voterId) {
    boolean onRoll = voterId != null && poll.isOnRoll(voterId);
    boolean signedIn = voterId != null && poll.isSignedIn(voterId);
    return new PollForBallot(poll.id(), poll.congressId(), poll.kind(), poll.state(), poll.secret(), poll.allowRevote(),
        poll.inPerson(), poll.spec(), poll.publicKey(), onRoll, signedIn);
  }

  /** The id the voter's ballot is stored under: see {@link #ballotId}. */
  public String ballotIdFor(String voterId) {
    return ballotId(id, state, voterId, onRoll, inPerson, signedIn);
  }

  /** What every proof of this poll's ballots is bound to: the poll and its key (null for a named poll). */
  public String ballotContext() {
    return publicKey == null ? null : EncryptedBallot.context(id, publicKey);
  }

  /**
   * The rule (one voter, one ballot — ADR 0009): a ballot is stored under {@code poll | voter}, a
   * unique key; only an open poll takes ballots, only from voters on its roll and, in person, signed
   * in. Refusals in that order: the poll's state (409), then the roll, then the sign-in (403).
   */
  static String ballotId(String pollId, Poll.State state, String voterId, boolean onRoll, boolean inPerson,
      boolean signedIn) {
    if (state != Poll.State.OPEN) {
      throw new IllegalTransitionException("vote", state.name());
    }
    if (voterId == null || !onRoll) {
      throw new ForbiddenException("only voters on the roll vote");
    }
    if (inPerson && !signedIn) {
      throw new ForbiddenException("sign in (签到) before voting in person");
    }
    return pollId + "|" + voterId;
  }
}
