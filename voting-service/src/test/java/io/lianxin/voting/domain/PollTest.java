package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.voting.domain.crypto.Group;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PollTest {

  static final CurrentUser STAFF = new CurrentUser("staff", "Staff", Set.of(Role.COMMITTEE_STAFF), "c1", null, null);
  static final CurrentUser DEPUTY = new CurrentUser("d1", "Deputy", Set.of(Role.DEPUTY), "c1", "D1", null);
  static final Instant NOW = Instant.parse("2027-01-12T02:00:00Z");
  static final List<String> ROLL = List.of("D1", "D2", "D3", "D4", "D5");

  static Poll poll(boolean secret, boolean inPerson) {
    PollBuilder poll = PollBuilder.aPoll().inPerson(inPerson);
    return (secret ? poll.secret() : poll).build();
  }

  /** A secret poll whose scrutineers have made its key. */
  static Poll ready(boolean inPerson) {
    Poll p = poll(true, inPerson);
    TestScrutineers.ceremony(p);
    return p;
  }

  static EncryptedBox box(Poll p, Map<String, String>... answers) {
    List<EncryptedBox.Entry> entries = new ArrayList<>();
    for (Map<String, String> a : answers) {
      EncryptedBallot b = EncryptedBallot.encrypt(p.spec(), p.publicKey(), p.ballotContext(), new Ballot(a));
      entries.add(new EncryptedBox.Entry(b.receipt(), b.text()));
    }
    return new EncryptedBox(entries);
  }

  @Test
  void aSecretPollIsKeyedByItsScrutineersCountedOnCiphertextsAndDecryptedByTwoOfThree() {
    Poll p = poll(true, true);
    assertThatThrownBy(() -> p.open(STAFF, NOW)).isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("KEY_COMMITTING");
    TestScrutineers scrutineers = TestScrutineers.ceremony(p);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.READY);
    p.open(STAFF, NOW);
    p.signIn(STAFF, List.of("D1", "D2", "D3", "D4"));
    assertThat(p.ballotIdFor("D1")).isEqualTo("p1|D1");
    p.close(STAFF, NOW.plusSeconds(600), 3);
    p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0, Map.of("任命", Map.of("YES", 1L)), null), 3);
    assertThatThrownBy(() -> p.tally(STAFF, new BallotBox(List.of()), NOW)).as("never in the clear")
        .isInstanceOf(IllegalTransitionException.class);
    p.count(STAFF, box(p, Map.of("任命", "YES"), Map.of("任命", "NO"), Map.of("任命", "YES")), NOW.plusSeconds(700));
    assertThat(p.state()).isEqualTo(Poll.State.DECRYPTING);
    p.addDecryptionShares("S1", scrutineers.shares(p, "S1"), NOW.plusSeconds(710));
    assertThat(p.state()).as("one of two").isEqualTo(Poll.State.DECRYPTING);
    assertThatThrownBy(() -> p.addDecryptionShares("S2", scrutineers.shares(p, "S3"), NOW))
        .as("another scrutineer's shares").isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.addDecryptionShares("X", scrutineers.shares(p, "S3"), NOW))
        .as("not a scrutineer").isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    p.addDecryptionShares("S3", scrutineers.shares(p, "S3"), NOW.plusSeconds(720));
    assertThat(p.state()).isEqualTo(Poll.State.TALLIED);
    assertThat(p.certified().result().items().get(0).yes()).isEqualTo(3);
    assertThat(p.certified().result().items().get(0).no()).isEqualTo(1);
    assertThat(p.certified().result().present()).isEqualTo(4);
    assertThat(p.certified().result().items().get(0).passed()).as("3 of 5 members").isTrue();
    p.publish(STAFF, NOW.plusSeconds(800));
    assertThat(p.takeEvents()).extracting(e -> e.getClass().getSimpleName()).containsExactly("PollCreated",
        "KeyCeremonyStep", "KeyCeremonyStep", "KeyCeremonyStep", "KeyCeremonyStep", "KeyCeremonyStep",
        "KeyCeremonyStep", "KeyCeremonyStep", "KeyCeremonyStep", "KeyCeremonyStep", "PollKeyReady",
        "PollOpened", "TurnoutChanged", "PollClosed", "PaperTallyEntered", "DecryptionRequested",
        "DecryptionShareGiven", "DecryptionShareGiven", "PollTallied", "ResultPublished");
    assertThat(p.state()).isEqualTo(Poll.State.PUBLISHED);
  }

  @Test
  void aNamedPollIsCountedInTheClearAndHasNoKey() {
    Poll p = poll(false, false);
    p.open(STAFF, NOW);
    p.close(STAFF, NOW.plusSeconds(600), 2);
    p.tally(STAFF, new BallotBox(List.of(new BallotBox.Entry("A", Map.of("任命", "YES"), "D1"),
        new BallotBox.Entry("B", Map.of("任命", "NO"), "D2"))), NOW.plusSeconds(700));
    assertThat(p.certified().result().items().get(0).yes()).isEqualTo(1);
    assertThat(p.scrutineerKey()).isNull();
  }

  /** The audit line of publishing a named online poll over the given voters' answers to 任命. */
  static String publishedSummary(Map<String, String> answerByVoter) {
    List<BallotBox.Entry> entries = new ArrayList<>();
    answerByVoter.forEach((voter, answer) -> entries.add(new BallotBox.Entry("R" + voter, Map.of("任命", answer), voter)));
    return published(poll(false, false), entries).summary();
  }

  /** The event of publishing a named online poll once it is opened, closed and tallied over {@code entries}. */
  static PollEvent.ResultPublished published(Poll p, List<BallotBox.Entry> entries) {
    p.open(STAFF, NOW);
    p.close(STAFF, NOW.plusSeconds(600), entries.size());
    p.tally(STAFF, new BallotBox(entries), NOW.plusSeconds(700));
    p.takeEvents();
    p.publish(STAFF, NOW.plusSeconds(800));
    return (PollEvent.ResultPublished) p.takeEvents().get(0);
  }

  @Test
  void aPublishedResultSaysWhatWasDecidedInASentenceNeverADash() {
    // given a poll nobody voted in / when it is published / expect a sentence
    assertThat(publishedSummary(Map.of()))
        .isEqualTo("公布表决结果：没有收到选票，没有事项通过。 / result published: no ballots were cast, so nothing passed.")
        .doesNotContain("—");
    // given two of five (no quorum)
    assertThat(publishedSummary(Map.of("D1", "YES", "D2", "YES"))).isEqualTo("公布表决结果：未达到法定人数，表决无效，"
        + "没有事项通过。 / result published: the quorum was not met, so the poll is not valid and nothing passed.");
    // given three of five, all against
    assertThat(publishedSummary(Map.of("D1", "NO", "D2", "NO", "D3", "ABSTAIN")))
        .isEqualTo("公布表决结果：没有事项获得通过。 / result published: no item passed.");
    // given three of five, all for
    assertThat(publishedSummary(Map.of("D1", "YES", "D2", "YES", "D3", "YES")))
        .isEqualTo("公布表决结果：通过：任命。 / result published: passed: 任命.");
  }

  @Test
  void aPublishedInquoratePollSaysItIsVoidAndAPublishedTieNamesTheTiedAndTheUndecidedSeats() {
    // given a poll of five where two voted (no quorum) / when published
    PollEvent.ResultPublished voided = published(poll(false, false), List.of(
        new BallotBox.Entry("A", Map.of("任命", "YES"), "D1"), new BallotBox.Entry("B", Map.of("任命", "YES"), "D2")));
    // expect it published, failed quorum, void, no seats
    assertThat(voided.quorumMet()).isFalse();
    assertThat(voided.valid()).isFalse();
    assertThat(voided.passed()).isEmpty();
    assertThat(voided.outcome()).isEqualTo(Tally.Outcome.NO_QUORUM);
    assertThat(voided.seats()).isNull();
    assertThat(voided.seatsUnfilled()).isNull();

    // given two seats and three candidates with two approvals each of three valid ballots (two blank) / when published
    Poll election = PollBuilder.aPoll().kind(PollKind.SELECTION, "选举").spec(new PollSpec(PollMethod.APPROVAL,
        List.of("甲", "乙", "丙"), 5, new PassingRule(PassingRule.Base.VALID_VOTES, PassingRule.Threshold.MORE_THAN_HALF),
        2, 1, 2, 50, 60)).build();
    PollEvent.ResultPublished tie = published(election, List.of(
        new BallotBox.Entry("A", Map.of("甲", "APPROVE", "乙", "APPROVE"), "D1"),
        new BallotBox.Entry("B", Map.of("甲", "APPROVE", "丙", "APPROVE"), "D2"),
        new BallotBox.Entry("C", Map.of("乙", "APPROVE", "丙", "APPROVE"), "D3"),
        new BallotBox.Entry("D", Map.of(), "D4"), new BallotBox.Entry("E", Map.of(), "D5")));
    // expect nobody selected, three tied, two seats of two undecided
    assertThat(tie.selected()).isEmpty();
    assertThat(tie.tiedAtCutoff()).containsExactlyInAnyOrder("甲", "乙", "丙");
    assertThat(tie.seats()).isEqualTo(2);
    assertThat(tie.seatsUnfilled()).isEqualTo(2);
    assertThat(tie.outcome()).isEqualTo(Tally.Outcome.TIED_AT_CUTOFF);
  }

  @Test
  void anElectionsAuditLineNamesTheSelectedAndTheTiedAtTheCutOff() {
    // given two seats: 甲 selected, 乙 and 丙 tied for the second
    PollEvent.ResultPublished published = new PollEvent.ResultPublished(ROLL, true, true, 5, 5, 0, List.of(),
        List.of("甲", "乙", "丙"), List.of("甲"), List.of("乙", "丙"), 2, 1, Tally.Outcome.TIED_AT_CUTOFF, "digest", NOW);
    // when / expect
    assertThat(published.summary()).isEqualTo("公布表决结果：当选：甲。末位票数相同、名额未定：乙、丙。"
        + " / result published: selected: 甲. Tied at the cut-off, seat undecided: 乙, 丙.");
  }

  @Test
  void votingNeedsAnOpenPollTheRollAndForAnInPersonPollSigningIn() {
    Poll p = ready(true);
    assertThatThrownBy(() -> p.ballotIdFor("D1")).isInstanceOf(IllegalTransitionException.class);
    p.open(STAFF, NOW);
    assertThatThrownBy(() -> p.ballotIdFor("D9")).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> p.ballotIdFor("D1")).isInstanceOf(ForbiddenException.class).hasMessageContaining("sign in");
    assertThatThrownBy(() -> p.signIn(STAFF, List.of("D9"))).isInstanceOf(RuleViolationException.class);
    p.signIn(STAFF, List.of("D1"));
    p.takeEvents();
    p.signIn(STAFF, List.of("D1"));
    assertThat(p.takeEvents()).as("signing in twice changes nothing").isEmpty();
    assertThat(p.ballotIdFor("D1")).isNotBlank();
  }

  @Test
  void onlyStaffManagePollsAndIllegalStepsReportTheState() {
    Poll p = poll(false, false);
    assertThatThrownBy(() -> p.open(DEPUTY, NOW)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> p.close(STAFF, NOW, 0)).isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("DRAFT");
    assertThatThrownBy(() -> p.tally(STAFF, new BallotBox(List.of()), NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> p.cancel(STAFF, " ")).isInstanceOf(RuleViolationException.class);
    p.open(STAFF, NOW);
    assertThat(p.ballotIdFor("D2")).as("a named poll's ballot id names the voter").isEqualTo("p1|D2");
    assertThatThrownBy(() -> p.signIn(STAFF, List.of("D1"))).as("online poll").isInstanceOf(RuleViolationException.class);
    p.cancel(STAFF, "提请撤回");
    assertThat(p.state()).isEqualTo(Poll.State.CANCELLED);
    assertThatThrownBy(() -> p.publish(STAFF, NOW)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void paperTalliesNeverTakeTheBallotsPastThoseSignedIn() {
    Poll p = ready(true);
    p.open(STAFF, NOW);
    p.signIn(STAFF, List.of("D1", "D2", "D3"));
    p.close(STAFF, NOW, 2);
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.DEVICE, 2, 0, Map.of(), null), 2)).isInstanceOf(RuleViolationException.class).hasMessageContaining("exceed");
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0,
        Map.of("任命", Map.of("YES", 2L)), null), 2)).as("more answers than ballots")
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0,
        Map.of("任命", Map.of("MAYBE", 1L)), null), 2)).isInstanceOf(RuleViolationException.class);
    p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 1, Map.of(), null), 2);
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0, Map.of(), null), 2)).as("the second would exceed").isInstanceOf(RuleViolationException.class);
  }

  @Test
  void schedulesAreKeptAndTurnoutIsReportedOnlyWhenItMoved() {
    PollSpec spec = PollSpec.builder(PollMethod.RATING, List.of("报告"), 2).choices(0, 1).build();
    PollBuilder satisfaction = PollBuilder.aPoll().id("p").kind(PollKind.SATISFACTION, "测评").spec(spec)
        .roll(List.of("D1", "D2"));
    assertThatThrownBy(() -> satisfaction.schedule(NOW, NOW).build()).isInstanceOf(RuleViolationException.class);
    Poll p = satisfaction.requested("req-1").secretWith(TestScrutineers.IDS, null)
        .schedule(NOW.plusSeconds(60), NOW.plusSeconds(3600)).build();
    assertThat(p.dueToOpen(NOW.plusSeconds(60))).as("waits for its key").isFalse();
    TestScrutineers.ceremony(p);
    assertThat(p.scrutineerKey().threshold()).as("default: a majority").isEqualTo(2);
    assertThat(p.dueToOpen(NOW)).isFalse();
    assertThat(p.dueToOpen(NOW.plusSeconds(60))).isTrue();
    p.open(null, NOW.plusSeconds(60));
    p.takeEvents();
    // when
    p.reportTurnout(0);
    // expect
    assertThat(p.takeEvents()).isEmpty();
    // when
    p.reportTurnout(1);
    p.reportTurnout(1);
    // expect
    assertThat(p.takeEvents()).containsExactly(new PollEvent.TurnoutChanged(1, 1, null));
    assertThat(p.dueToClose(NOW.plusSeconds(3599))).isFalse();
    assertThat(p.dueToClose(NOW.plusSeconds(3600))).isTrue();
  }

  @Test
  void aShareThatDoesNotMatchFailsTheCeremonyAndStaffStartItAgain() {
    Poll p = poll(true, false);
    assertThatThrownBy(() -> p.sendKeyShares("S1", Map.of("2", "x", "3", "y"))).as("commitments first")
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> p.publishKeyCommitments("S1", Group.hex(Group.g(BigInteger.TWO)),
        new ScrutineerKey.SchnorrText(Group.hex(BigInteger.ONE), Group.hex(BigInteger.ONE)), List.of()))
        .as("a proof that does not hold").isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.publishKeyCommitments("D1", null, null, List.of())).as("not a scrutineer")
        .isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    TestScrutineers.ceremony(p, 1);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.FAILED);
    assertThat(p.takeEvents()).extracting(e -> e.getClass().getSimpleName()).contains("KeyCeremonyFailed")
        .doesNotContain("PollKeyReady");
    assertThat(p.publicKey()).isNull();
    assertThatThrownBy(() -> p.open(STAFF, NOW)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> p.restartKeyCeremony(DEPUTY)).isInstanceOf(ForbiddenException.class);
    p.restartKeyCeremony(STAFF);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.COMMITTING);
    TestScrutineers.ceremony(p);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.READY);
    p.open(STAFF, NOW);
    assertThatThrownBy(() -> p.assignScrutineers(STAFF, List.of("S9"), 1)).as("only in a draft")
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void namedPollsHaveNoScrutineersAndThresholdsAreBounded() {
    Poll named = poll(false, false);
    assertThatThrownBy(() -> named.assignScrutineers(STAFF, List.of("S1"), 1))
        .isInstanceOf(RuleViolationException.class);
    Poll secret = poll(true, false);
    assertThatThrownBy(() -> secret.assignScrutineers(STAFF, List.of("S1", "S2"), 3))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> secret.assignScrutineers(STAFF, List.of("S1", "S1"), 1))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void itemsThatCannotBeStoredAsKeysAreRefused() {
    assertThatThrownBy(() -> new PollSpec(PollMethod.APPROVAL, List.of("1. 加装电梯"), 1, PassingRule.majorityOfAllMembers(),
        null, 0, 1, 50, 60)).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void closingAnInPersonPollNamesThoseSignedInAndAnOnlinePollNamesNobody() {
    Poll inPerson = poll(false, true);
    inPerson.open(STAFF, NOW);
    inPerson.signIn(STAFF, List.of("D3", "D1"));
    inPerson.takeEvents();
    inPerson.close(STAFF, NOW.plusSeconds(600), 2);
    assertThat(inPerson.takeEvents()).singleElement().isInstanceOfSatisfying(PollEvent.PollClosed.class,
        closed -> assertThat(closed.attendees()).as("出席, in id order").containsExactly("D1", "D3"));

    Poll online = poll(false, false);
    online.open(STAFF, NOW);
    online.takeEvents();
    online.close(STAFF, NOW.plusSeconds(600), 2);
    assertThat(online.takeEvents()).singleElement().isInstanceOfSatisfying(PollEvent.PollClosed.class,
        closed -> assertThat(closed.attendees()).as("who voted online is not published").isEmpty());
  }
}
