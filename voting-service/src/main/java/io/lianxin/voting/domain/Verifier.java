package io.lianxin.voting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes a published result from the published ballot box (核验): the digest of the box, and
 * the count of the box with the paper tallies under the poll's rules. Needs nothing but what was
 * published, so anyone can run it.
 */
public final class Verifier {

  private Verifier() {}

  /** What a published result claims. */
  public record Claim(PollSpec spec, long present, List<PaperTally> paperTallies, BallotBox box, String boxDigest,
      Tally.Result result) {}

  /** Whether the digest and the result hold, what was recomputed, and each difference found. */
  public record Verification(boolean digestMatches, boolean resultMatches, String recomputedDigest,
      Tally.Result recomputed, List<String> differences) {
    public boolean verified() {
      return digestMatches && resultMatches;
    }
  }

  public static Verification verify(Claim claim) {
    String digest = claim.box().digest();
    Tally.Result recount = Tally.count(claim.spec(), claim.present(), claim.box().ballots(),
        claim.paperTallies() == null ? List.of() : claim.paperTallies());
    List<String> differences = new ArrayList<>();
    boolean digestMatches = digest.equals(claim.boxDigest());
    if (!digestMatches) {
      differences.add("box digest: published " + claim.boxDigest() + ", recomputed " + digest);
    }
    int resultDifferencesFrom = differences.size();
    Tally.Result claimed = claim.result();
    compare(differences, "valid", claimed.valid(), recount.valid());
    compare(differences, "ballots", claimed.ballots(), recount.ballots());
    compare(differences, "invalidBallots", claimed.invalidBallots(), recount.invalidBallots());
    compare(differences, "selected", claimed.selected(), recount.selected());
    compare(differences, "tiedAtCutoff", claimed.tiedAtCutoff(), recount.tiedAtCutoff());
    Map<String, Tally.ItemResult> published = claimed.items().stream()
        .collect(Collectors.toMap(Tally.ItemResult::item, Function.identity(), (a, b) -> a));
    for (Tally.ItemResult mine : recount.items()) {
      Tally.ItemResult theirs = published.get(mine.item());
      if (theirs == null) {
        differences.add("item " + mine.item() + " missing from the published result");
      } else if (!theirs.equals(mine)) {
        differences.add("item " + mine.item() + ": published " + theirs + ", recomputed " + mine);
      }
    }
    if (published.size() != recount.items().size()) {
      differences.add("published " + published.size() + " items, the poll has " + recount.items().size());
    }
    boolean resultMatches = differences.size() == resultDifferencesFrom;
    return new Verification(digestMatches, resultMatches, digest, recount, List.copyOf(differences));
  }

  private static void compare(List<String> differences, String what, Object published, Object recomputed) {
    if (!Objects.equals(published, recomputed)) {
      differences.add(what + ": published " + published + ", recomputed " + recomputed);
    }
  }
}
