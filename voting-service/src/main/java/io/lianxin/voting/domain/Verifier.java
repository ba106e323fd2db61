package io.lianxin.voting.domain;

import io.lianxin.voting.domain.crypto.Ciphertext;
import io.lianxin.voting.domain.crypto.DecryptionShare;
import io.lianxin.voting.domain.crypto.Group;
import io.lianxin.voting.domain.crypto.KeyCeremony;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Recomputes a published result from what was published (核验), so anyone can run it. A named poll:
 * the box's digest and its count with the paper tallies. A secret poll, every step of its election
 * record: the scrutineers' commitments and the poll's key made from them; every encrypted ballot's
 * receipt and proofs; the box's digest; the sums of the ciphertexts; every decryption share's proof
 * and the totals they decrypt to; and the count of those totals with the paper tallies. Each
 * difference is reported with where it is.
 */
public final class Verifier {

  private Verifier() {}

  /** A named poll's published result. */
  public record Claim(PollSpec spec, long present, List<PaperTally> paperTallies, BallotBox box, String boxDigest,
      Tally.Result result) {}

  /** A secret poll's published election record. */
  public record SecretClaim(String pollId, PollSpec spec, long present, List<PaperTally> paperTallies,
      int threshold, List<ScrutineerKey.Scrutineer> scrutineers, String publicKey, EncryptedBox box, String boxDigest,
      List<EncryptedTally.Sum> sums, Map<String, List<EncryptedTally.ShareText>> decryptionShares,
      List<EncryptedTally.Total> totals, Tally.Result result) {}

  /**
   * One thing that does not hold: which check ({@code key}, {@code ballot}, {@code box},
   * {@code sum}, {@code decryption}, {@code total}, {@code result}), where (an item, a receipt, a
   * scrutineer), which field, and the published and recomputed values (null where none applies).
   */
  public record Difference(String check, String where, String field, String published, String recomputed) {}

  /** Whether each part holds, what was recomputed, and each difference found. */
  public record Verification(boolean digestMatches, boolean proofsHold, boolean resultMatches, String recomputedDigest,
      Tally.Result recomputed, List<Difference> differences) {
    public boolean verified() {
      return digestMatches && proofsHold && resultMatches;
    }
  }

  public static Verification verify(Claim claim) {
    List<Difference> differences = new ArrayList<>();
    String digest = claim.box().digest();
    boolean digestMatches = digest.equals(claim.boxDigest());
    if (!digestMatches) {
      differences.add(new Difference("box", null, "boxDigest", claim.boxDigest(), digest));
    }
    Tally.Result recount = Tally.count(claim.spec(), claim.present(), claim.box().ballots(),
        claim.paperTallies() == null ? List.of() : claim.paperTallies());
    int before = differences.size();
    compareResults(differences, claim.result(), recount);
    return new Verification(digestMatches, true, differences.size() == before, digest, recount, List.copyOf(differences));
  }

  public static Verification verify(SecretClaim claim) {
    List<Difference> differences = new ArrayList<>();
    int proofProblems = 0;
    // 1. the key: every scrutineer's commitments hold, and the poll's key is made of them
    Map<Integer, List<KeyCeremony.Commitment>> commitments = new LinkedHashMap<>();
    String ceremony = ScrutineerKey.ceremonyContext(claim.pollId());
    for (ScrutineerKey.Scrutineer s : claim.scrutineers()) {
      try {
        List<KeyCeremony.Commitment> c = s.parsedCommitments();
        if (!KeyCeremony.commitmentsValid(ceremony, s.index(), claim.threshold(), c)) {
          differences.add(new Difference("key", "scrutineer " + s.index(), "commitments", null, "proofs do not hold"));
          proofProblems++;
        }
        commitments.put(s.index(), c);
      } catch (RuntimeException malformed) {
        differences.add(new Difference("key", "scrutineer " + s.index(), "commitments", null, "not commitments"));
        proofProblems++;
      }
    }
    ECPoint key = KeyCeremony.jointKey(commitments);
    if (!Group.hex(key).equals(claim.publicKey())) {
      differences.add(new Difference("key", null, "publicKey", claim.publicKey(), Group.hex(key)));
      proofProblems++;
    }
    String context = EncryptedBallot.context(claim.pollId(), key);
    // 2. every ballot: its receipt is its hash, its proofs hold, no ballot twice
    Set<String> seen = new HashSet<>();
    Map<String, Map<String, Ciphertext>> sums = new LinkedHashMap<>();
    for (EncryptedBox.Entry entry : claim.box().entries()) {
      if (!seen.add(entry.receipt())) {
        differences.add(new Difference("ballot", entry.receipt(), "receipt", "twice in the box", "once"));
        proofProblems++;
        continue;
      }
      try {
        EncryptedBallot ballot = EncryptedBallot.parse(entry.ballot());
        String receipt = ballot.receipt();
        if (!receipt.equals(entry.receipt())) {
          differences.add(new Difference("ballot", entry.receipt(), "receipt", entry.receipt(), receipt));
          proofProblems++;
        }
        String problem = ballot.problem(claim.spec(), key, context);
        if (problem != null) {
          differences.add(new Difference("ballot", entry.receipt(), "proofs", null, problem));
          proofProblems++;
        }
        ballot.addTo(sums);
      } catch (RuntimeException malformed) {
        differences.add(new Difference("ballot", entry.receipt(), "ballot", null, "not an encrypted ballot: "
            + malformed.getMessage()));
        proofProblems++;
      }
    }
    // 3. the box's digest
    String digest = claim.box().digest();
    boolean digestMatches = digest.equals(claim.boxDigest());
    if (!digestMatches) {
      differences.add(new Difference("box", null, "boxDigest", claim.boxDigest(), digest));
    }
    // 4. the sums
    EncryptedTally recomputedSums = EncryptedTally.of(claim.spec(), sums, claim.box().entries().size());
    Map<String, EncryptedTally.Sum> published = claim.sums().stream()
        .collect(Collectors.toMap(s -> s.item() + "|" + s.option(), Function.identity(), (a, b) -> a));
    for (EncryptedTally.Sum mine : recomputedSums.sums()) {
      EncryptedTally.Sum theirs = published.get(mine.item() + "|" + mine.option());
      if (theirs == null || !theirs.equals(mine)) {
        differences.add(new Difference("sum", mine.item() + " / " + mine.option(), "ciphertext",
            theirs == null ? null : theirs.ciphertext(), mine.ciphertext()));
        proofProblems++;
      }
    }
    // 5. the decryption: every share's proof, enough scrutineers, the totals they give
    List<EncryptedTally.Sum> ordered = recomputedSums.sums();
    Map<String, List<EncryptedTally.ShareText>> valid = new LinkedHashMap<>();
    claim.decryptionShares().forEach((index, shares) -> {
      int trustee = Integer.parseInt(index);
      ECPoint publicShare = KeyCeremony.publicShare(commitments, trustee);
      boolean ok = shares.size() == ordered.size();
      for (int i = 0; ok && i < ordered.size(); i++) {
        EncryptedTally.Sum sum = ordered.get(i);
        EncryptedTally.ShareText s = shares.get(i);
        try {
          ok = s.item().equals(sum.item()) && s.option().equals(sum.option())
              && new DecryptionShare(trustee, Group.point(s.share()), Group.scalar(s.challenge()),
                  Group.scalar(s.response())).verify(publicShare, sum.parsed(), EncryptedTally.shareContext(context, sum));
        } catch (RuntimeException malformed) {
          ok = false;
        }
      }
      if (ok) {
        valid.put(index, shares);
      } else {
        differences.add(new Difference("decryption", "scrutineer " + index, "shares", null, "proofs do not hold"));
      }
    });
    List<EncryptedTally.Total> totals = null;
    if (valid.size() < claim.threshold()) {
      differences.add(new Difference("decryption", null, "scrutineers", String.valueOf(claim.decryptionShares().size()),
          valid.size() + " with valid shares, " + claim.threshold() + " needed"));
      proofProblems++;
    } else {
      try {
        totals = EncryptedTally.decrypt(ordered, valid, claim.threshold());
        Map<String, EncryptedTally.Total> claimed = claim.totals().stream()
            .collect(Collectors.toMap(t -> t.item() + "|" + t.option(), Function.identity(), (a, b) -> a));
        for (EncryptedTally.Total t : totals) {
          EncryptedTally.Total theirs = claimed.get(t.item() + "|" + t.option());
          if (theirs == null || theirs.value() != t.value()) {
            differences.add(new Difference("total", t.item() + " / " + t.option(), "value",
                theirs == null ? null : String.valueOf(theirs.value()), String.valueOf(t.value())));
            proofProblems++;
          }
        }
      } catch (RuntimeException e) {
        differences.add(new Difference("decryption", null, "totals", null, e.getMessage()));
        proofProblems++;
      }
    }
    // 6. the count of the totals with the paper tallies
    Tally.Result recount = null;
    boolean resultMatches = false;
    if (totals != null) {
      Map<String, Map<String, Long>> answers = new LinkedHashMap<>();
      totals.forEach(t -> answers.computeIfAbsent(t.item(), k -> new LinkedHashMap<>()).put(t.option(), t.value()));
      recount = Tally.count(claim.spec(), claim.present(), new Tally.Electronic(claim.box().entries().size(), 0, answers),
          claim.paperTallies() == null ? List.of() : claim.paperTallies());
      int before = differences.size();
      compareResults(differences, claim.result(), recount);
      resultMatches = differences.size() == before;
    }
    return new Verification(digestMatches, proofProblems == 0, resultMatches, digest, recount, List.copyOf(differences));
  }

  private static void compareResults(List<Difference> differences, Tally.Result claimed, Tally.Result recount) {
    compare(differences, null, "valid", claimed.valid(), recount.valid());
    compare(differences, null, "ballots", claimed.ballots(), recount.ballots());
    compare(differences, null, "invalidBallots", claimed.invalidBallots(), recount.invalidBallots());
    compare(differences, null, "selected", claimed.selected(), recount.selected());
    compare(differences, null, "tiedAtCutoff", claimed.tiedAtCutoff(), recount.tiedAtCutoff());
    Map<String, Tally.ItemResult> published = claimed.items().stream()
        .collect(Collectors.toMap(Tally.ItemResult::item, Function.identity(), (a, b) -> a));
    for (Tally.ItemResult mine : recount.items()) {
      Tally.ItemResult theirs = published.get(mine.item());
      if (theirs == null) {
        differences.add(new Difference("result", mine.item(), "item", null, "present"));
        continue;
      }
      compare(differences, mine.item(), "yes", theirs.yes(), mine.yes());
      compare(differences, mine.item(), "no", theirs.no(), mine.no());
      compare(differences, mine.item(), "abstain", theirs.abstain(), mine.abstain());
      compare(differences, mine.item(), "approvals", theirs.approvals(), mine.approvals());
      compare(differences, mine.item(), "satisfied", theirs.satisfied(), mine.satisfied());
      compare(differences, mine.item(), "basicallySatisfied", theirs.basicallySatisfied(), mine.basicallySatisfied());
      compare(differences, mine.item(), "unsatisfied", theirs.unsatisfied(), mine.unsatisfied());
      compare(differences, mine.item(), "scoreSum", theirs.scoreSum(), mine.scoreSum());
      compare(differences, mine.item(), "scored", theirs.scored(), mine.scored());
      compare(differences, mine.item(), "averageScore", theirs.averageScore(), mine.averageScore());
      compare(differences, mine.item(), "favourable", theirs.favourable(), mine.favourable());
      compare(differences, mine.item(), "base", theirs.base(), mine.base());
      compare(differences, mine.item(), "needed", theirs.needed(), mine.needed());
      compare(differences, mine.item(), "passed", theirs.passed(), mine.passed());
      compare(differences, mine.item(), "rank", theirs.rank(), mine.rank());
    }
    if (published.size() != recount.items().size()) {
      compare(differences, null, "items", published.size(), recount.items().size());
    }
  }

  private static void compare(List<Difference> differences, String item, String field, Object published,
      Object recomputed) {
    if (!Objects.equals(published, recomputed)) {
      differences.add(new Difference("result", item, field, String.valueOf(published), String.valueOf(recomputed)));
    }
  }
}
