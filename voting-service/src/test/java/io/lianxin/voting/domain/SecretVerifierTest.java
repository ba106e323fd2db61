package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import io.lianxin.voting.domain.crypto.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A secret poll's whole election record verified, and each kind of tampering found where it is. */
class SecretVerifierTest {

  static final CurrentUser STAFF = new CurrentUser("staff", "Staff", Set.of(Role.COMMITTEE_STAFF), "c1", null, null);
  static final Instant NOW = Instant.parse("2027-01-12T02:00:00Z");
  static final List<String> ROLL = List.of("D1", "D2", "D3", "D4", "D5", "D6");

  Poll poll;
  EncryptedBox box;
  List<PaperTally> paper;

  @BeforeEach
  void anElection() {
    PollSpec spec = PollSpec.builder(PollMethod.APPROVAL, List.of("甲", "乙", "丙"), ROLL.size()).seats(2)
        .choices(1, 2).build();
    poll = PollBuilder.aPoll().id("p9").kind(PollKind.LIVELIHOOD_PROJECTS, "民生实事").spec(spec).roll(ROLL)
        .secret().inPerson(true).build();
    TestScrutineers scrutineers = TestScrutineers.ceremony(poll);
    poll.open(STAFF, NOW);
    poll.signIn(STAFF, ROLL);
    poll.close(STAFF, NOW.plusSeconds(60), 5);
    paper = List.of(new PaperTally(PaperTally.Source.PAPER, 1, 0, Map.of("乙", Map.of("APPROVE", 1L)), "staff"));
    poll.enterPaperTally(STAFF, paper.get(0), 5);
    box = PollTest.box(poll, Map.of("甲", "APPROVE", "乙", "APPROVE"), Map.of("甲", "APPROVE"),
        Map.of("甲", "APPROVE", "丙", "APPROVE"), Map.of("乙", "APPROVE"), Map.of("甲", "APPROVE", "乙", "APPROVE"));
    poll.count(STAFF, box, NOW.plusSeconds(70));
    poll.addDecryptionShares("S2", scrutineers.shares(poll, "S2"), NOW);
    poll.addDecryptionShares("S1", scrutineers.shares(poll, "S1"), NOW);
  }

  Verifier.SecretClaim claim(EncryptedBox b, List<EncryptedTally.Sum> sums,
      Map<String, List<EncryptedTally.ShareText>> shares, List<EncryptedTally.Total> totals, String key) {
    ScrutineerKey k = poll.scrutineerKey();
    return new Verifier.SecretClaim(poll.id(), poll.spec(), 6, paper, k.threshold(), k.scrutineers(), key, b,
        poll.certified().boxDigest(), sums, shares, totals, poll.certified().result());
  }

  Verifier.SecretClaim honest() {
    EncryptedTally t = poll.encryptedTally();
    return claim(box, t.sums(), t.shares(), t.totals(), poll.scrutineerKey().publicKeyHex());
  }

  @Test
  void aPaperTallyChangedAfterTheCountIsNamedAndTheCountedBoxDigestCoversIt() {
    // given the honest record, its paper tally's approval moved from 乙 to 丙 and the result recounted to match
    PaperTally entered = paper.get(0);
    paper = List.of(new PaperTally(entered.source(), entered.ballots(), entered.invalid(),
        Map.of("丙", Map.of("APPROVE", 1L)), entered.enteredBy(), entered.digest()));
    Verifier.SecretClaim c = honest();
    Verifier.SecretClaim recounted = new Verifier.SecretClaim(c.pollId(), c.spec(), c.present(), paper, c.threshold(),
        c.scrutineers(), c.publicKey(), c.box(), c.boxDigest(), c.sums(), c.decryptionShares(), c.totals(),
        Verifier.verify(c).recomputed());
    // when
    Verifier.Verification v = Verifier.verify(recounted);
    // expect the tally named, the result as published recomputed, nothing verified
    assertThat(v.resultMatches()).isTrue();
    assertThat(v.verified()).isFalse();
    assertThat(v.differences()).extracting(Verifier.Difference::check, Verifier.Difference::paperTally,
        Verifier.Difference::field).containsExactly(org.assertj.core.groups.Tuple.tuple("paper", 1, "digest"));
    // and the counted box's digest is the one over the box and the tally as entered
    assertThat(poll.certified().boxDigest()).isEqualTo(box.digest(List.of(entered))).isNotEqualTo(box.digest());
  }

  @Test
  void theHonestRecordVerifiesEveryStep() {
    Verifier.Verification v = Verifier.verify(honest());
    assertThat(v.differences()).isEmpty();
    assertThat(v.verified()).isTrue();
    assertThat(poll.certified().result().items()).extracting(Tally.ItemResult::approvals).containsExactly(4L, 4L, 1L);
  }

  @Test
  void aChangedBallotIsFoundByItsReceiptAndItsProofs() {
    List<EncryptedBox.Entry> entries = new ArrayList<>(box.entries());
    EncryptedBox.Entry first = entries.get(0);
    EncryptedBallot other = EncryptedBallot.encrypt(poll.spec(), poll.publicKey(), poll.ballotContext(),
        new Ballot(Map.of("丙", "APPROVE")));
    entries.set(0, new EncryptedBox.Entry(first.receipt(), other.text()));
    Verifier.Verification v = Verifier.verify(claim(new EncryptedBox(entries), poll.encryptedTally().sums(),
        poll.encryptedTally().shares(), poll.encryptedTally().totals(), poll.scrutineerKey().publicKeyHex()));
    assertThat(v.proofsHold()).isFalse();
    assertThat(v.differences()).anyMatch(d -> d.check().equals("ballot") && d.field().equals("receipt"));
    assertThat(v.differences()).anyMatch(d -> d.check().equals("sum"));
  }

  @Test
  void aBallotWithAForgedProofIsFound() {
    List<EncryptedBox.Entry> entries = new ArrayList<>(box.entries());
    String text = entries.get(1).ballot();
    String[] lines = text.split("\n");
    String[] f = lines[1].split("\t");
    String[] branches = f[5].split(";");
    String[] cv = branches[0].split(",");
    cv[1] = Group.hex(Group.scalar(cv[1]).add(java.math.BigInteger.ONE));
    branches[0] = cv[0] + "," + cv[1];
    f[5] = String.join(";", branches);
    lines[1] = String.join("\t", f);
    String forged = String.join("\n", lines) + "\n";
    entries.set(1, new EncryptedBox.Entry(Group.sha256(forged), forged));
    Verifier.Verification v = Verifier.verify(claim(new EncryptedBox(entries), poll.encryptedTally().sums(),
        poll.encryptedTally().shares(), poll.encryptedTally().totals(), poll.scrutineerKey().publicKeyHex()));
    // expect: the ballot, item and answer whose proof was changed, and the digest over the changed receipt
    assertThat(v.differences()).extracting(Verifier.Difference::check, Verifier.Difference::item,
        Verifier.Difference::option, Verifier.Difference::receipt, Verifier.Difference::field)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ballot", "甲", "APPROVE", Group.sha256(forged), "proof"),
            org.assertj.core.groups.Tuple.tuple("box", null, null, null, "boxDigest"));
    assertThat(v.differences()).filteredOn(d -> d.check().equals("ballot")).singleElement().satisfies(d -> {
      assertThat(d.published()).isNull();
      assertThat(d.message()).startsWith("回执 " + Group.sha256(forged).substring(0, 12) + "… 的选票中「甲」APPROVE 证明不成立 / ")
          .contains("\"甲\" APPROVE, proof: does not hold (item 甲, APPROVE: the proof that it encrypts 0..1 does not hold)");
    });
  }

  @Test
  void aWrongTotalAWrongShareAndAnotherKeyAreFound() {
    EncryptedTally t = poll.encryptedTally();
    List<EncryptedTally.Total> totals = new ArrayList<>(t.totals());
    EncryptedTally.Total first = totals.get(0);
    totals.set(0, new EncryptedTally.Total(first.item(), first.option(), first.value() + 1));
    Verifier.Verification wrongTotal = Verifier.verify(claim(box, t.sums(), t.shares(), totals,
        poll.scrutineerKey().publicKeyHex()));
    assertThat(wrongTotal.differences()).singleElement().satisfies(d -> {
      assertThat(d.check()).isEqualTo("total");
      assertThat(d.item()).isEqualTo(first.item());
      assertThat(d.option()).isEqualTo(first.option());
      assertThat(d.field()).isEqualTo("value");
      assertThat(d.published()).isEqualTo(String.valueOf(first.value() + 1));
      assertThat(d.recomputed()).isEqualTo(String.valueOf(first.value()));
    });

    Map<String, List<EncryptedTally.ShareText>> shares = new LinkedHashMap<>(t.shares());
    String someone = shares.keySet().iterator().next();
    List<EncryptedTally.ShareText> mine = new ArrayList<>(shares.get(someone));
    EncryptedTally.ShareText s = mine.get(0);
    mine.set(0, new EncryptedTally.ShareText(s.item(), s.option(), s.share(), s.response(), s.challenge()));
    shares.put(someone, mine);
    Verifier.Verification wrongShare = Verifier.verify(claim(box, t.sums(), shares, t.totals(),
        poll.scrutineerKey().publicKeyHex()));
    assertThat(wrongShare.differences()).anyMatch(d -> d.check().equals("decryption")
        && someone.equals(String.valueOf(d.scrutineer())) && s.item().equals(d.item()) && s.option().equals(d.option())
        && d.field().equals("shares"));
    assertThat(wrongShare.verified()).as("one scrutineer's shares left: fewer than 2").isFalse();

    Verifier.Verification otherKey = Verifier.verify(claim(box, t.sums(), t.shares(), t.totals(),
        Group.hex(Group.g(Group.randomScalar()))));
    assertThat(otherKey.differences()).anyMatch(d -> d.check().equals("key") && d.field().equals("publicKey"));
  }

  @Test
  void aChangedPublishedCountIsFoundItemByItem() {
    Tally.Result r = poll.certified().result();
    Tally.ItemResult a = r.items().get(0);
    List<Tally.ItemResult> items = new ArrayList<>(r.items());
    items.set(0, new Tally.ItemResult(a.item(), a.yes(), a.no(), a.abstain(), a.approvals() - 1, a.satisfied(),
        a.basicallySatisfied(), a.unsatisfied(), a.scoreSum(), a.scored(), a.averageScore(), a.favourable() - 1, a.base(),
        a.needed(), a.passed(), a.rank()));
    EncryptedTally t = poll.encryptedTally();
    ScrutineerKey k = poll.scrutineerKey();
    Verifier.Verification v = Verifier.verify(new Verifier.SecretClaim(poll.id(), poll.spec(), 6, paper, k.threshold(),
        k.scrutineers(), k.publicKeyHex(), box, poll.certified().boxDigest(), t.sums(), t.shares(), t.totals(),
        new Tally.Result(r.valid(), r.roll(), r.present(), r.ballots(), r.invalidBallots(), r.quorumMet(), items,
            r.selected(), r.tiedAtCutoff(), r.seatsUnfilled())));
    assertThat(v.proofsHold()).isTrue();
    assertThat(v.resultMatches()).isFalse();
    assertThat(v.differences()).anyMatch(d -> a.item().equals(d.item()) && d.field().equals("approvals"));
  }
}
