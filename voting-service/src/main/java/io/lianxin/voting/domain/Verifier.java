package io.lianxin.voting.domain;

import io.lianxin.voting.domain.Verifier.Difference.Place;
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
 * every paper tally's digest, the box's digest (which covers those), and its count with the paper
 * tallies. A secret poll, every step of its election
 * record: the scrutineers' commitments and the poll's key made from them; every encrypted ballot's
 * receipt and proofs; the box's digest; the sums of the ciphertexts; every decryption share's proof
 * and the totals they decrypt to; every paper tally's digest; and the count of those totals with the
 * paper tallies. Each
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
   * One thing that does not hold (核验差异), as data: which {@code check} ({@code key}, {@code ballot},
   * {@code paper}, {@code box}, {@code sum}, {@code decryption}, {@code total}, {@code result}); where —
   * the {@code item} and {@code option} (answer), the ballot's {@code receipt}, the {@code scrutineer}'s
   * index, the {@code paperTally}'s place in the published list (from 1), each null where it does not
   * apply; which {@code field} (a field of the published
   * document: {@code yes}, {@code boxDigest}, {@code proof}…); the {@code published} and the
   * {@code recomputed} value as text (null where there is none: a proof that does not hold has no
   * value); and the same in a sentence, zh-CN / en.
   */
  public record Difference(String check, String item, String option, String receipt, Integer scrutineer,
      Integer paperTally, String field, String published, String recomputed, String message) {

    /** The two languages of a message. */
    enum Language { ZH_CN, EN }

    /** Where a difference is: none, some or all of item, option, receipt, scrutineer and paper tally. */
    record Place(String item, String option, String receipt, Integer scrutineer, Integer paperTally) {
      static final Place NOWHERE = new Place(null, null, null, null, null);

      Place(String item, String option, String receipt, Integer scrutineer) {
        this(item, option, receipt, scrutineer, null);
      }

      static Place item(String item) {
        return new Place(item, null, null, null);
      }

      static Place answer(String item, String option) {
        return new Place(item, option, null, null);
      }

      static Place ballot(String receipt) {
        return new Place(null, null, receipt, null);
      }

      static Place scrutineer(int index) {
        return new Place(null, null, null, index);
      }

      /** The {@code number}-th paper tally of the published list, from 1. */
      static Place paperTally(int number) {
        return new Place(null, null, null, null, number);
      }

      /** Where, in words of {@code language}: "监票人 2 的「任命甲」YES " / "scrutineer 2, "任命甲" YES, ". */
      String words(Language language) {
        boolean zh = language == Language.ZH_CN;
        StringBuilder out = new StringBuilder();
        if (paperTally != null) {
          out.append(zh ? "第 " + paperTally + " 份纸质（表决器）计票的" : "paper tally " + paperTally + ", ");
        }
        if (scrutineer != null) {
          out.append(zh ? "监票人 " + scrutineer + " 的" : "scrutineer " + scrutineer + ", ");
        }
        if (receipt != null) {
          out.append(zh ? "回执 " + abbreviated(receipt) + " 的选票" : "ballot " + abbreviated(receipt) + ", ");
        }
        if (item != null) {
          out.append(zh ? (out.length() == 0 ? "" : "中") + "「" + item + "」"
              : "\"" + item + "\"" + (option == null ? ", " : " "));
        }
        if (option != null) {
          out.append(option).append(zh ? " " : ", ");
        }
        return out.toString();
      }

      private static String abbreviated(String receipt) {
        return receipt.length() > 12 ? receipt.substring(0, 12) + "…" : receipt;
      }
    }

    /** A published value that the recomputation does not give. */
    static Difference of(String check, Place at, String field, String published, String recomputed) {
      String[] label = label(field);
      String message = at.words(Language.ZH_CN) + label[0] + "：公布为 " + (published == null ? "（无）" : published) + "，重新计算为 "
          + (recomputed == null ? "（无）" : recomputed) + " / " + at.words(Language.EN) + label[1] + ": published "
          + (published == null ? "(none)" : published) + ", recomputed " + (recomputed == null ? "(none)" : recomputed);
      return new Difference(check, at.item(), at.option(), at.receipt(), at.scrutineer(), at.paperTally(), field,
          published, recomputed, message);
    }

    /** Something published that does not hold (a proof, a ballot's form), with the reason in English if any. */
    static Difference fails(String check, Place at, String field, String reason) {
      String[] label = label(field);
      String message = at.words(Language.ZH_CN) + label[0] + "不成立 / " + at.words(Language.EN) + label[1] + ": does not hold"
          + (reason == null ? "" : " (" + reason + ")");
      return new Difference(check, at.item(), at.option(), at.receipt(), at.scrutineer(), at.paperTally(), field, null,
          null, message);
    }

    /** The field's name for people, zh-CN and en. */
    private static String[] label(String field) {
      return switch (field) {
        case "boxDigest" -> new String[] {"票箱摘要", "ballot box digest"};
        case "digest" -> new String[] {"摘要", "digest"};
        case "commitments" -> new String[] {"承诺", "commitments"};
        case "publicKey" -> new String[] {"投票公钥", "poll's public key"};
        case "receipt" -> new String[] {"回执", "receipt"};
        case "proof" -> new String[] {"证明", "proof"};
        case "ballot" -> new String[] {"选票格式", "ballot's form"};
        case "ciphertext" -> new String[] {"密文之和", "sum of the ciphertexts"};
        case "shares" -> new String[] {"解密份额的证明", "proof of the decryption share"};
        case "scrutineers" -> new String[] {"给出有效解密份额的监票人数", "scrutineers with valid shares"};
        case "value" -> new String[] {"解密总数", "decrypted total"};
        case "totals" -> new String[] {"解密", "decryption"};
        case "valid" -> new String[] {"结果有效", "result valid"};
        case "roll" -> new String[] {"应到人数", "roll size"};
        case "present" -> new String[] {"出席人数", "present"};
        case "ballots" -> new String[] {"票数", "ballots"};
        case "invalidBallots" -> new String[] {"无效票数", "invalid ballots"};
        case "quorumMet" -> new String[] {"达到法定人数", "quorum met"};
        case "selected" -> new String[] {"当选事项", "selected"};
        case "tiedAtCutoff" -> new String[] {"末位票数相同的事项", "tied at the cut-off"};
        case "seatsUnfilled" -> new String[] {"未选出的名额", "seats unfilled"};
        case "item" -> new String[] {"事项", "item"};
        case "items" -> new String[] {"事项数", "number of items"};
        case "yes" -> new String[] {"赞成票", "yes votes"};
        case "no" -> new String[] {"反对票", "no votes"};
        case "abstain" -> new String[] {"弃权票", "abstentions"};
        case "approvals" -> new String[] {"同意票", "approvals"};
        case "satisfied" -> new String[] {"满意票", "satisfied"};
        case "basicallySatisfied" -> new String[] {"基本满意票", "basically satisfied"};
        case "unsatisfied" -> new String[] {"不满意票", "unsatisfied"};
        case "scoreSum" -> new String[] {"总分", "sum of scores"};
        case "scored" -> new String[] {"评分人数", "scores given"};
        case "averageScore" -> new String[] {"平均分", "average score"};
        case "favourable" -> new String[] {"赞成（满意）票", "favourable votes"};
        case "base" -> new String[] {"计算基数", "base"};
        case "needed" -> new String[] {"通过所需票数", "votes needed"};
        case "passed" -> new String[] {"是否通过", "passed"};
        case "rank" -> new String[] {"名次", "rank"};
        default -> new String[] {field, field};
      };
    }
  }

  /**
   * Whether each part holds ({@code digestMatches}: the box's digest and every paper tally's), what
   * was recomputed, and each difference found.
   */
  public record Verification(boolean digestMatches, boolean proofsHold, boolean resultMatches, String recomputedDigest,
      Tally.Result recomputed, List<Difference> differences) {
    public boolean verified() {
      return digestMatches && proofsHold && resultMatches;
    }
  }

  public static Verification verify(Claim claim) {
    List<Difference> differences = new ArrayList<>();
    List<PaperTally> paper = claim.paperTallies() == null ? List.of() : claim.paperTallies();
    boolean paperMatches = paperDigestsMatch(differences, paper);
    String digest = claim.box().digest(paper);
    boolean digestMatches = digest.equals(claim.boxDigest());
    if (!digestMatches) {
      differences.add(Difference.of("box", Place.NOWHERE, "boxDigest", claim.boxDigest(), digest));
    }
    Tally.Result recount = Tally.count(claim.spec(), claim.present(), claim.box().ballots(), paper);
    int before = differences.size();
    compareResults(differences, claim.result(), recount);
    return new Verification(digestMatches && paperMatches, true, differences.size() == before, digest, recount,
        List.copyOf(differences));
  }

  /**
   * Every published paper tally's digest against its text as published: a tally changed after it was
   * certified names its place. (Its digest changed as well shows in the box's digest.)
   */
  private static boolean paperDigestsMatch(List<Difference> differences, List<PaperTally> paper) {
    boolean all = true;
    for (int i = 0; i < paper.size(); i++) {
      String recomputed = paper.get(i).recomputedDigest();
      if (!recomputed.equals(paper.get(i).digest())) {
        differences.add(Difference.of("paper", Place.paperTally(i + 1), "digest", paper.get(i).digest(), recomputed));
        all = false;
      }
    }
    return all;
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
          differences.add(Difference.fails("key", Place.scrutineer(s.index()), "commitments", null));
          proofProblems++;
        }
        commitments.put(s.index(), c);
      } catch (RuntimeException malformed) {
        differences.add(Difference.fails("key", Place.scrutineer(s.index()), "commitments", "not commitments"));
        proofProblems++;
      }
    }
    ECPoint key = KeyCeremony.jointKey(commitments);
    if (!Group.hex(key).equals(claim.publicKey())) {
      differences.add(Difference.of("key", Place.NOWHERE, "publicKey", claim.publicKey(), Group.hex(key)));
      proofProblems++;
    }
    String context = EncryptedBallot.context(claim.pollId(), key);
    // 2. every ballot: its receipt is its hash, its proofs hold, no ballot twice
    Set<String> seen = new HashSet<>();
    Map<String, Map<String, Ciphertext>> sums = new LinkedHashMap<>();
    for (EncryptedBox.Entry entry : claim.box().entries()) {
      if (!seen.add(entry.receipt())) {
        differences.add(Difference.fails("ballot", Place.ballot(entry.receipt()), "receipt", "twice in the box"));
        proofProblems++;
        continue;
      }
      try {
        EncryptedBallot ballot = EncryptedBallot.parse(entry.ballot());
        String receipt = ballot.receipt();
        if (!receipt.equals(entry.receipt())) {
          differences.add(Difference.of("ballot", Place.ballot(entry.receipt()), "receipt", entry.receipt(), receipt));
          proofProblems++;
        }
        EncryptedBallot.Flaw flaw = ballot.flaw(claim.spec(), key, context);
        if (flaw != null) {
          differences.add(Difference.fails("ballot", new Place(flaw.item(), flaw.option(), entry.receipt(), null),
              "proof", flaw.text()));
          proofProblems++;
        }
        ballot.addTo(sums);
      } catch (RuntimeException malformed) {
        differences.add(Difference.fails("ballot", Place.ballot(entry.receipt()), "ballot", "not an encrypted ballot: "
            + malformed.getMessage()));
        proofProblems++;
      }
    }
    // 3. the paper tallies' digests and the box's digest, which covers them
    List<PaperTally> paper = claim.paperTallies() == null ? List.of() : claim.paperTallies();
    boolean paperMatches = paperDigestsMatch(differences, paper);
    String digest = claim.box().digest(paper);
    boolean digestMatches = digest.equals(claim.boxDigest());
    if (!digestMatches) {
      differences.add(Difference.of("box", Place.NOWHERE, "boxDigest", claim.boxDigest(), digest));
    }
    // 4. the sums
    EncryptedTally recomputedSums = EncryptedTally.of(claim.spec(), sums, claim.box().entries().size());
    Map<String, EncryptedTally.Sum> published = claim.sums().stream()
        .collect(Collectors.toMap(s -> s.item() + "|" + s.option(), Function.identity(), (a, b) -> a));
    for (EncryptedTally.Sum mine : recomputedSums.sums()) {
      EncryptedTally.Sum theirs = published.get(mine.item() + "|" + mine.option());
      if (theirs == null || !theirs.equals(mine)) {
        differences.add(Difference.of("sum", Place.answer(mine.item(), mine.option()), "ciphertext",
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
      Place failed = shares.size() == ordered.size() ? null : Place.scrutineer(trustee);
      for (int i = 0; failed == null && i < ordered.size(); i++) {
        EncryptedTally.Sum sum = ordered.get(i);
        EncryptedTally.ShareText s = shares.get(i);
        boolean holds;
        try {
          holds = s.item().equals(sum.item()) && s.option().equals(sum.option())
              && new DecryptionShare(trustee, Group.point(s.share()), Group.scalar(s.challenge()),
                  Group.scalar(s.response())).verify(publicShare, sum.parsed(), EncryptedTally.shareContext(context, sum));
        } catch (RuntimeException malformed) {
          holds = false;
        }
        if (!holds) {
          failed = new Place(sum.item(), sum.option(), null, trustee);
        }
      }
      if (failed == null) {
        valid.put(index, shares);
      } else {
        differences.add(Difference.fails("decryption", failed, "shares", null));
      }
    });
    List<EncryptedTally.Total> totals = null;
    if (valid.size() < claim.threshold()) {
      differences.add(Difference.of("decryption", Place.NOWHERE, "scrutineers",
          String.valueOf(claim.decryptionShares().size()), valid.size() + " (" + claim.threshold() + " needed)"));
      proofProblems++;
    } else {
      try {
        totals = EncryptedTally.decrypt(ordered, valid, claim.threshold());
        Map<String, EncryptedTally.Total> claimed = claim.totals().stream()
            .collect(Collectors.toMap(t -> t.item() + "|" + t.option(), Function.identity(), (a, b) -> a));
        for (EncryptedTally.Total t : totals) {
          EncryptedTally.Total theirs = claimed.get(t.item() + "|" + t.option());
          if (theirs == null || theirs.value() != t.value()) {
            differences.add(Difference.of("total", Place.answer(t.item(), t.option()), "value",
                theirs == null ? null : String.valueOf(theirs.value()), String.valueOf(t.value())));
            proofProblems++;
          }
        }
      } catch (RuntimeException e) {
        differences.add(Difference.fails("decryption", Place.NOWHERE, "totals", e.getMessage()));
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
          paper);
      int before = differences.size();
      compareResults(differences, claim.result(), recount);
      resultMatches = differences.size() == before;
    }
    return new Verification(digestMatches && paperMatches, proofProblems == 0, resultMatches, digest, recount,
        List.copyOf(differences));
  }

  private static void compareResults(List<Difference> differences, Tally.Result claimed, Tally.Result recount) {
    compare(differences, null, "valid", claimed.valid(), recount.valid());
    compare(differences, null, "roll", claimed.roll(), recount.roll());
    compare(differences, null, "present", claimed.present(), recount.present());
    compare(differences, null, "quorumMet", claimed.quorumMet(), recount.quorumMet());
    compare(differences, null, "seatsUnfilled", claimed.seatsUnfilled(), recount.seatsUnfilled());
    compare(differences, null, "ballots", claimed.ballots(), recount.ballots());
    compare(differences, null, "invalidBallots", claimed.invalidBallots(), recount.invalidBallots());
    compare(differences, null, "selected", claimed.selected(), recount.selected());
    compare(differences, null, "tiedAtCutoff", claimed.tiedAtCutoff(), recount.tiedAtCutoff());
    Map<String, Tally.ItemResult> published = claimed.items().stream()
        .collect(Collectors.toMap(Tally.ItemResult::item, Function.identity(), (a, b) -> a));
    for (Tally.ItemResult mine : recount.items()) {
      Tally.ItemResult theirs = published.get(mine.item());
      if (theirs == null) {
        differences.add(Difference.of("result", Place.item(mine.item()), "item", null, mine.item()));
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
      differences.add(Difference.of("result", item == null ? Place.NOWHERE : Place.item(item), field,
          published == null ? null : String.valueOf(published), String.valueOf(recomputed)));
    }
  }
}
