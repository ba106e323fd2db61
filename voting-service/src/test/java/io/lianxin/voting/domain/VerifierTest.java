package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VerifierTest {

  static final PollSpec SPEC = new PollSpec(PollMethod.APPROVAL, List.of("A", "B", "C", "D"), 50,
      PassingRule.majorityOfAllMembers(), 2, 0, 2, 50, 60);

  static BallotBox randomBox(long seed, int n) {
    Random random = new Random(seed);
    List<BallotBox.Entry> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> answers = new java.util.HashMap<>();
      answers.put(SPEC.items().get(random.nextInt(4)), "APPROVE");
      answers.put(SPEC.items().get(random.nextInt(2)), "APPROVE");
      entries.add(new BallotBox.Entry(BallotBox.newReceiptCode(), answers, null));
    }
    return new BallotBox(entries);
  }

  @Test
  void anHonestResultVerifiesAndTheBoxIsSortedByReceipt() {
    BallotBox box = randomBox(7, 45);
    PaperTally paper = new PaperTally(PaperTally.Source.PAPER, 3, 1, Map.of("C", Map.of("APPROVE", 2L)), "staff");
    Tally.Result result = Tally.count(SPEC, 48, box.ballots(), List.of(paper));
    Verifier.Verification v = Verifier.verify(new Verifier.Claim(SPEC, 48, List.of(paper), box,
        box.digest(List.of(paper)), result));
    assertThat(v.verified()).as(v.differences().toString()).isTrue();
    assertThat(box.entries()).isSortedAccordingTo(java.util.Comparator.comparing(BallotBox.Entry::receipt));
    List<BallotBox.Entry> reversed = new ArrayList<>(box.entries());
    java.util.Collections.reverse(reversed);
    assertThat(new BallotBox(reversed).digest()).as("order does not matter")
        .isEqualTo(box.digest());
  }

  @Test
  void aPaperTallyChangedAfterCertificationIsFoundWhereItIs() {
    // given a certified result with two paper tallies
    BallotBox box = randomBox(5, 40);
    PaperTally first = new PaperTally(PaperTally.Source.PAPER, 3, 0, Map.of("C", Map.of("APPROVE", 2L)), "staff");
    PaperTally second = new PaperTally(PaperTally.Source.DEVICE, 2, 0, Map.of("D", Map.of("APPROVE", 1L)), "staff");
    String certifiedDigest = box.digest(List.of(first, second));
    // when the second tally's count is raised and the result recounted to match, its published digest kept
    PaperTally raised = new PaperTally(second.source(), second.ballots(), second.invalid(),
        Map.of("D", Map.of("APPROVE", 2L)), second.enteredBy(), second.digest());
    List<PaperTally> published = List.of(first, raised);
    Verifier.Verification v = Verifier.verify(new Verifier.Claim(SPEC, 45, published, box, certifiedDigest,
        Tally.count(SPEC, 45, box.ballots(), published)));
    // expect the tally named by its place, and nothing verified
    assertThat(v.verified()).isFalse();
    assertThat(v.digestMatches()).isFalse();
    assertThat(v.differences()).extracting(Verifier.Difference::check, Verifier.Difference::paperTally,
        Verifier.Difference::field, Verifier.Difference::published, Verifier.Difference::recomputed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("paper", 2, "digest", second.digest(),
            raised.recomputedDigest()));
    assertThat(v.differences().get(0).message()).startsWith("第 2 份纸质（表决器）计票的摘要：公布为 ")
        .contains(" / paper tally 2, digest: published ");
    // when its digest is rewritten as well / expect the certified box digest no longer holds
    PaperTally rewritten = new PaperTally(raised.source(), raised.ballots(), raised.invalid(), raised.counts(),
        raised.enteredBy());
    List<PaperTally> rewrittenTallies = List.of(first, rewritten);
    Verifier.Verification w = Verifier.verify(new Verifier.Claim(SPEC, 45, rewrittenTallies, box, certifiedDigest,
        Tally.count(SPEC, 45, box.ballots(), rewrittenTallies)));
    assertThat(w.verified()).isFalse();
    assertThat(w.differences()).extracting(Verifier.Difference::check, Verifier.Difference::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("box", "boxDigest"));
  }

  @Test
  void aChangedBallotOrAChangedCountIsFound() {
    BallotBox box = randomBox(11, 45);
    Tally.Result result = Tally.count(SPEC, 45, box.ballots());
    List<BallotBox.Entry> tampered = new ArrayList<>(box.entries());
    BallotBox.Entry first = tampered.get(0);
    tampered.set(0, new BallotBox.Entry(first.receipt(), Map.of("D", "APPROVE"), null));
    Verifier.Verification swapped = Verifier.verify(new Verifier.Claim(SPEC, 45, List.of(), new BallotBox(tampered),
        box.digest(), result));
    assertThat(swapped.digestMatches()).isFalse();
    assertThat(swapped.verified()).isFalse();

    Tally.ItemResult a = result.items().get(0);
    List<Tally.ItemResult> inflated = new ArrayList<>(result.items());
    inflated.set(0, new Tally.ItemResult(a.item(), a.yes(), a.no(), a.abstain(), a.approvals() + 1, a.satisfied(),
        a.basicallySatisfied(), a.unsatisfied(), a.scoreSum(), a.scored(), a.averageScore(), a.favourable() + 1, a.base(),
        a.needed(), a.passed(), a.rank()));
    Tally.Result claimed = new Tally.Result(result.valid(), result.roll(), result.present(), result.ballots(),
        result.invalidBallots(), result.quorumMet(), inflated, result.selected(), result.tiedAtCutoff(),
        result.seatsUnfilled());
    Verifier.Verification padded = Verifier.verify(new Verifier.Claim(SPEC, 45, List.of(), box, box.digest(), claimed));
    assertThat(padded.digestMatches()).isTrue();
    assertThat(padded.resultMatches()).isFalse();
    // expect: the item and the two fields changed, each with both values and a sentence in both languages
    assertThat(padded.differences()).extracting(Verifier.Difference::check, Verifier.Difference::item,
        Verifier.Difference::field, Verifier.Difference::published, Verifier.Difference::recomputed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("result", a.item(), "approvals", String.valueOf(a.approvals() + 1),
                String.valueOf(a.approvals())),
            org.assertj.core.groups.Tuple.tuple("result", a.item(), "favourable", String.valueOf(a.favourable() + 1),
                String.valueOf(a.favourable())));
    assertThat(padded.differences().get(0).message()).isEqualTo("「" + a.item() + "」同意票：公布为 " + (a.approvals() + 1)
        + "，重新计算为 " + a.approvals() + " / \"" + a.item() + "\", approvals: published " + (a.approvals() + 1)
        + ", recomputed " + a.approvals());
  }

  @Test
  void aChangedCountOutsideTheItemsIsFoundByItsField() {
    // given
    BallotBox box = randomBox(13, 30);
    Tally.Result r = Tally.count(SPEC, 30, box.ballots());
    Tally.Result claimed = new Tally.Result(r.valid(), r.roll(), r.present() + 2, r.ballots(), r.invalidBallots(),
        r.quorumMet(), r.items(), r.selected(), r.tiedAtCutoff(), r.seatsUnfilled());
    // when
    Verifier.Verification v = Verifier.verify(new Verifier.Claim(SPEC, 30, List.of(), box, box.digest(), claimed));
    // expect
    assertThat(v.differences()).singleElement().satisfies(d -> {
      assertThat(d.item()).isNull();
      assertThat(d.field()).isEqualTo("present");
      assertThat(d.published()).isEqualTo("32");
      assertThat(d.recomputed()).isEqualTo("30");
      assertThat(d.message()).isEqualTo("出席人数：公布为 32，重新计算为 30 / present: published 32, recomputed 30");
    });
  }
}
