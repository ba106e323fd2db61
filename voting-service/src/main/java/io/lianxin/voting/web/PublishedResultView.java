package io.lianxin.voting.web;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.EncryptedBox;
import io.lianxin.voting.domain.EncryptedTally;
import io.lianxin.voting.domain.PaperTally;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.Poll;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.ScrutineerKey;
import io.lianxin.voting.domain.Tally;
import io.lianxin.voting.domain.Verifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A published result as a self-contained document (公布的表决结果): the rules, those present, the
 * paper tallies, the certified count and the box's digest; for a named poll the box with each
 * voter's answers, for a secret poll its election record ({@link Encrypted}). Posting it to
 * {@code /api/v1/public/verifier} recomputes it (so does {@code lianxin-trustee verify}).
 */
public record PublishedResultView(@Size(max = 100) String pollId, @Size(max = 200) String title,
    @Size(max = 40) String kind, boolean secret, @Valid Rules rules, long present,
    @Size(max = 100) List<PaperTally> paperTallies, @Size(max = 20_000) List<BallotBox.Entry> ballotBox,
    @Valid Encrypted encrypted, @Size(max = 128) String boxDigest, Tally.Result result, Instant talliedAt) {

  /** The counting rules, as published. */
  public record Rules(PollMethod method, @Size(max = 500) List<@Size(max = 200) String> items, int rollSize,
      PassingRule rule, Integer seats, int minChoices, int maxChoices, int quorumPercent, int passScore) {
    PollSpec spec() {
      return new PollSpec(method, items, rollSize, rule, seats, minChoices, maxChoices, quorumPercent, passScore);
    }
  }

  /**
   * A secret poll's election record: the scrutineers' public commitments, the poll's key, every
   * encrypted ballot (receipt and canonical text, no voter), the sums, the decryption shares with
   * their proofs, and the decrypted totals.
   */
  public record Encrypted(int threshold, @Size(max = 15) List<@Valid Scrutineer> scrutineers,
      @Size(max = 200) String publicKey, @Size(max = 20_000) List<EncryptedBox.Entry> ballots,
      @Size(max = 5_000) List<EncryptedTally.Sum> sums,
      @Size(max = 15) Map<String, List<EncryptedTally.ShareText>> decryptionShares,
      @Size(max = 5_000) List<EncryptedTally.Total> totals) {}

  /** A scrutineer's public part: its index and commitments (never a secret). */
  public record Scrutineer(int index, @Size(max = 15) List<ScrutineerKey.CommitmentText> commitments) {}

  static PublishedResultView of(PollService.PublishedResult r) {
    Poll poll = r.poll();
    PollSpec s = poll.spec();
    Encrypted encrypted = null;
    if (poll.secret()) {
      ScrutineerKey key = poll.scrutineerKey();
      EncryptedTally tally = poll.encryptedTally();
      encrypted = new Encrypted(key.threshold(),
          key.scrutineers().stream().map(x -> new Scrutineer(x.index(), x.commitments())).toList(),
          key.publicKeyHex(), r.encryptedBox().entries(), tally.sums(), tally.shares(), tally.totals());
    }
    return new PublishedResultView(poll.id(), poll.title(), poll.kind().name(), poll.secret(),
        new Rules(s.method(), s.items(), s.rollSize(), s.rule(), s.seats(), s.minChoices(), s.maxChoices(),
            s.quorumPercent(), s.passScore()),
        r.present(), r.paperTallies(), r.box() == null ? null : r.box().entries(), encrypted,
        r.certified().boxDigest(), r.certified().result(), r.certified().talliedAt());
  }

  /** Recomputes this document; 422 when it is not a published result at all. */
  Verifier.Verification verify() {
    if (rules == null || boxDigest == null || result == null || (secret ? encrypted == null : ballotBox == null)) {
      throw new RuleViolationException("rules", "a published result has rules, boxDigest, result and its box "
          + "(ballotBox for a named poll, encrypted for a secret one)");
    }
    try {
      PollSpec spec = rules.spec();
      List<PaperTally> paper = paperTallies == null ? List.of() : paperTallies;
      if (!secret) {
        return Verifier.verify(new Verifier.Claim(spec, present, paper, new BallotBox(ballotBox), boxDigest, result));
      }
      List<ScrutineerKey.Scrutineer> scrutineers = encrypted.scrutineers().stream()
          .map(x -> new ScrutineerKey.Scrutineer(x.index(), "scrutineer-" + x.index(), null, null, x.commitments(), null,
              null, List.of())).toList();
      return Verifier.verify(new Verifier.SecretClaim(pollId, spec, present, paper, encrypted.threshold(), scrutineers,
          encrypted.publicKey(), new EncryptedBox(encrypted.ballots()), boxDigest, encrypted.sums(),
          encrypted.decryptionShares(), encrypted.totals(), result));
    } catch (RuleViolationException e) {
      throw e;
    } catch (RuntimeException e) {
      // a document that is not a published result (missing rules, answers, counts) cannot be recomputed
      throw new RuleViolationException("rules", "not a published result: " + e.getMessage());
    }
  }
}
