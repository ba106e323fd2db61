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

  static Poll poll(boolean secret, boolean inPerson, List<VotingEvent> events) {
    PollSpec spec = new PollSpec(PollMethod.YES_NO_ABSTAIN, List.of("任命"), ROLL.size(),
        PassingRule.majorityOfAllMembers(), null, 0, 1, 50, 60);
    return Poll.draft("p1", "c1", STAFF, new Poll.Draft(PollKind.APPOINTMENT, "任命表决", spec, secret, false, inPerson,
        true, false, ROLL, null, null, null, null, secret ? TestScrutineers.IDS : null, 2), NOW, events);
  }

  /** A secret poll whose scrutineers have made its key. */
  static Poll ready(boolean inPerson, List<VotingEvent> events) {
    Poll p = poll(true, inPerson, events);
    TestScrutineers.ceremony(p, events);
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
    List<VotingEvent> events = new ArrayList<>();
    Poll p = poll(true, true, events);
    assertThatThrownBy(() -> p.open(STAFF, NOW, events)).isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("KEY_COMMITTING");
    TestScrutineers scrutineers = TestScrutineers.ceremony(p, events);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.READY);
    p.open(STAFF, NOW, events);
    p.signIn(STAFF, List.of("D1", "D2", "D3", "D4"), events);
    assertThat(p.ballotIdFor("D1")).isEqualTo("p1|D1");
    p.close(STAFF, NOW.plusSeconds(600), 3, events);
    p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0, Map.of("任命", Map.of("YES", 1L)), null), 3,
        events);
    assertThatThrownBy(() -> p.tally(STAFF, new BallotBox(List.of()), NOW, events)).as("never in the clear")
        .isInstanceOf(IllegalTransitionException.class);
    p.count(STAFF, box(p, Map.of("任命", "YES"), Map.of("任命", "NO"), Map.of("任命", "YES")), NOW.plusSeconds(700), events);
    assertThat(p.state()).isEqualTo(Poll.State.DECRYPTING);
    p.addDecryptionShares("S1", scrutineers.shares(p, "S1"), NOW.plusSeconds(710), events);
    assertThat(p.state()).as("one of two").isEqualTo(Poll.State.DECRYPTING);
    assertThatThrownBy(() -> p.addDecryptionShares("S2", scrutineers.shares(p, "S3"), NOW, events))
        .as("another scrutineer's shares").isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.addDecryptionShares("X", scrutineers.shares(p, "S3"), NOW, events))
        .as("not a scrutineer").isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    p.addDecryptionShares("S3", scrutineers.shares(p, "S3"), NOW.plusSeconds(720), events);
    assertThat(p.state()).isEqualTo(Poll.State.TALLIED);
    assertThat(p.certified().result().items().get(0).yes()).isEqualTo(3);
    assertThat(p.certified().result().items().get(0).no()).isEqualTo(1);
    assertThat(p.certified().result().present()).isEqualTo(4);
    assertThat(p.certified().result().items().get(0).passed()).as("3 of 5 members").isTrue();
    p.publish(STAFF, NOW.plusSeconds(800), events);
    assertThat(events).extracting(VotingEvent::name).containsExactly("poll-created",
        "key-ceremony-step", "key-ceremony-step", "key-ceremony-step", "key-ceremony-step", "key-ceremony-step",
        "key-ceremony-step", "key-ceremony-step", "key-ceremony-step", "key-ceremony-step", "poll-key-ready",
        "poll-opened", "turnout-changed", "poll-closed", "paper-tally-entered", "decryption-requested",
        "decryption-share-given", "decryption-share-given", "poll-tallied", "result-published");
    assertThat(p.state()).isEqualTo(Poll.State.PUBLISHED);
  }

  @Test
  void aNamedPollIsCountedInTheClearAndHasNoKey() {
    List<VotingEvent> events = new ArrayList<>();
    Poll p = poll(false, false, events);
    p.open(STAFF, NOW, events);
    p.close(STAFF, NOW.plusSeconds(600), 2, events);
    p.tally(STAFF, new BallotBox(List.of(new BallotBox.Entry("A", Map.of("任命", "YES"), "D1"),
        new BallotBox.Entry("B", Map.of("任命", "NO"), "D2"))), NOW.plusSeconds(700), events);
    assertThat(p.certified().result().items().get(0).yes()).isEqualTo(1);
    assertThat(p.scrutineerKey()).isNull();
  }

  @Test
  void votingNeedsAnOpenPollTheRollAndForAnInPersonPollSigningIn() {
    List<VotingEvent> events = new ArrayList<>();
    Poll p = ready(true, events);
    assertThatThrownBy(() -> p.ballotIdFor("D1")).isInstanceOf(IllegalTransitionException.class);
    p.open(STAFF, NOW, events);
    assertThatThrownBy(() -> p.ballotIdFor("D9")).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> p.ballotIdFor("D1")).isInstanceOf(ForbiddenException.class).hasMessageContaining("sign in");
    assertThatThrownBy(() -> p.signIn(STAFF, List.of("D9"), events)).isInstanceOf(RuleViolationException.class);
    p.signIn(STAFF, List.of("D1"), events);
    int before = events.size();
    p.signIn(STAFF, List.of("D1"), events);
    assertThat(events).as("signing in twice changes nothing").hasSize(before);
    assertThat(p.ballotIdFor("D1")).isNotBlank();
  }

  @Test
  void onlyStaffManagePollsAndIllegalStepsReportTheState() {
    List<VotingEvent> events = new ArrayList<>();
    Poll p = poll(false, false, events);
    assertThatThrownBy(() -> p.open(DEPUTY, NOW, events)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> p.close(STAFF, NOW, 0, events)).isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).currentState()).isEqualTo("DRAFT");
    assertThatThrownBy(() -> p.tally(STAFF, new BallotBox(List.of()), NOW, events))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> p.cancel(STAFF, " ", events)).isInstanceOf(RuleViolationException.class);
    p.open(STAFF, NOW, events);
    assertThat(p.ballotIdFor("D2")).as("a named poll's ballot id names the voter").isEqualTo("p1|D2");
    assertThatThrownBy(() -> p.signIn(STAFF, List.of("D1"), events)).as("online poll").isInstanceOf(RuleViolationException.class);
    p.cancel(STAFF, "提请撤回", events);
    assertThat(p.state()).isEqualTo(Poll.State.CANCELLED);
    assertThatThrownBy(() -> p.publish(STAFF, NOW, events)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void paperTalliesNeverTakeTheBallotsPastThoseSignedIn() {
    List<VotingEvent> events = new ArrayList<>();
    Poll p = ready(true, events);
    p.open(STAFF, NOW, events);
    p.signIn(STAFF, List.of("D1", "D2", "D3"), events);
    p.close(STAFF, NOW, 2, events);
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.DEVICE, 2, 0, Map.of(), null), 2,
        events)).isInstanceOf(RuleViolationException.class).hasMessageContaining("exceed");
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0,
        Map.of("任命", Map.of("YES", 2L)), null), 2, events)).as("more answers than ballots")
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0,
        Map.of("任命", Map.of("MAYBE", 1L)), null), 2, events)).isInstanceOf(RuleViolationException.class);
    p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 1, Map.of(), null), 2, events);
    assertThatThrownBy(() -> p.enterPaperTally(STAFF, new PaperTally(PaperTally.Source.PAPER, 1, 0, Map.of(), null), 2,
        events)).as("the second would exceed").isInstanceOf(RuleViolationException.class);
  }

  @Test
  void schedulesAreKeptAndTurnoutIsReportedOnlyWhenItMoved() {
    PollSpec spec = new PollSpec(PollMethod.RATING, List.of("报告"), 2, PassingRule.majorityOfAllMembers(), null, 0, 1, 50, 60);
    List<VotingEvent> events = new ArrayList<>();
    assertThatThrownBy(() -> Poll.draft("p", "c1", STAFF, new Poll.Draft(PollKind.SATISFACTION, "测评", spec, true, true,
        false, false, false, List.of("D1", "D2"), NOW, NOW, null, null, null, null), NOW, events))
        .isInstanceOf(RuleViolationException.class);
    Poll p = Poll.draft("p", "c1", null, new Poll.Draft(PollKind.SATISFACTION, "测评", spec, true, true, false, false, true,
        List.of("D1", "D2"), NOW.plusSeconds(60), NOW.plusSeconds(3600), "req-1", null, TestScrutineers.IDS, null), NOW, events);
    assertThat(p.dueToOpen(NOW.plusSeconds(60))).as("waits for its key").isFalse();
    TestScrutineers.ceremony(p, events);
    assertThat(p.scrutineerKey().threshold()).as("default: a majority").isEqualTo(2);
    assertThat(p.dueToOpen(NOW)).isFalse();
    assertThat(p.dueToOpen(NOW.plusSeconds(60))).isTrue();
    p.open(null, NOW.plusSeconds(60), events);
    events.clear();
    p.reportTurnout(0, events);
    assertThat(events).isEmpty();
    p.reportTurnout(1, events);
    p.reportTurnout(1, events);
    assertThat(events).hasSize(1);
    assertThat(p.dueToClose(NOW.plusSeconds(3599))).isFalse();
    assertThat(p.dueToClose(NOW.plusSeconds(3600))).isTrue();
  }

  @Test
  void aShareThatDoesNotMatchFailsTheCeremonyAndStaffStartItAgain() {
    List<VotingEvent> events = new ArrayList<>();
    Poll p = poll(true, false, events);
    assertThatThrownBy(() -> p.sendKeyShares("S1", Map.of("2", "x", "3", "y"), events)).as("commitments first")
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> p.publishKeyCommitments("S1", Group.hex(Group.g(BigInteger.TWO)),
        new ScrutineerKey.SchnorrText(Group.hex(BigInteger.ONE), Group.hex(BigInteger.ONE)), List.of(), events))
        .as("a proof that does not hold").isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> p.publishKeyCommitments("D1", null, null, List.of(), events)).as("not a scrutineer")
        .isInstanceOf(io.lianxin.chassis.domain.NotFoundException.class);
    TestScrutineers.ceremony(p, events, 1);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.FAILED);
    assertThat(events).extracting(VotingEvent::name).contains("key-ceremony-failed").doesNotContain("poll-key-ready");
    assertThat(p.publicKey()).isNull();
    assertThatThrownBy(() -> p.open(STAFF, NOW, events)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> p.restartKeyCeremony(DEPUTY, events)).isInstanceOf(ForbiddenException.class);
    p.restartKeyCeremony(STAFF, events);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.COMMITTING);
    TestScrutineers.ceremony(p, events);
    assertThat(p.scrutineerKey().stage()).isEqualTo(ScrutineerKey.Stage.READY);
    p.open(STAFF, NOW, events);
    assertThatThrownBy(() -> p.assignScrutineers(STAFF, List.of("S9"), 1, events)).as("only in a draft")
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void namedPollsHaveNoScrutineersAndThresholdsAreBounded() {
    List<VotingEvent> events = new ArrayList<>();
    Poll named = poll(false, false, events);
    assertThatThrownBy(() -> named.assignScrutineers(STAFF, List.of("S1"), 1, events))
        .isInstanceOf(RuleViolationException.class);
    Poll secret = poll(true, false, events);
    assertThatThrownBy(() -> secret.assignScrutineers(STAFF, List.of("S1", "S2"), 3, events))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> secret.assignScrutineers(STAFF, List.of("S1", "S1"), 1, events))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void itemsThatCannotBeStoredAsKeysAreRefused() {
    assertThatThrownBy(() -> new PollSpec(PollMethod.APPROVAL, List.of("1. 加装电梯"), 1, PassingRule.majorityOfAllMembers(),
        null, 0, 1, 50, 60)).isInstanceOf(RuleViolationException.class);
  }
}
