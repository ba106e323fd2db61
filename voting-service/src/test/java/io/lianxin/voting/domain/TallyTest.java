package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The counting rules against hand-computed cases, and against an independent recount of random ballots. */
class TallyTest {

  static PollSpec yesNo(int roll, PassingRule rule, String... items) {
    return new PollSpec(PollMethod.YES_NO_ABSTAIN, List.of(items), roll, rule, null, 0, 0, 50, 60);
  }

  static Ballot b(String... pairs) {
    Map<String, String> answers = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      answers.put(pairs[i], pairs[i + 1]);
    }
    return new Ballot(answers);
  }

  static List<Ballot> times(int n, Ballot ballot) {
    List<Ballot> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(ballot);
    }
    return list;
  }

  @Test
  void anAppointmentNeedsMoreThanHalfOfAllMembersNotOfThosePresent() {
    // 29 members, 20 present: 14 yes is a majority of those present but not of all members (needs 15).
    List<Ballot> ballots = new ArrayList<>(times(14, b("candidate", "YES")));
    ballots.addAll(times(6, b("candidate", "NO")));
    Tally.Result allMembers = Tally.count(yesNo(29, PassingRule.majorityOfAllMembers(), "candidate"), 20, ballots);
    assertThat(allMembers.items().get(0).needed()).isEqualTo(15);
    assertThat(allMembers.items().get(0).passed()).isFalse();
    Tally.Result present = Tally.count(yesNo(29, new PassingRule(PassingRule.Base.PRESENT,
        PassingRule.Threshold.MORE_THAN_HALF), "candidate"), 20, ballots);
    assertThat(present.items().get(0).needed()).isEqualTo(11);
    assertThat(present.items().get(0).passed()).isTrue();
  }

  @Test
  void twoThirdsOfValidVotesCountsAbstentionsButNotAbsentees() {
    // 30 members, 27 present: 18 yes, 6 no, 3 abstain → 27 valid, two thirds = 18 → passes; 17 yes fails.
    PassingRule twoThirdsValid = new PassingRule(PassingRule.Base.VALID_VOTES, PassingRule.Threshold.AT_LEAST_TWO_THIRDS);
    List<Ballot> ballots = new ArrayList<>(times(18, b("law", "YES")));
    ballots.addAll(times(6, b("law", "NO")));
    ballots.addAll(times(3, b("law", "ABSTAIN")));
    Tally.ItemResult r = Tally.count(yesNo(30, twoThirdsValid, "law"), 27, ballots).items().get(0);
    assertThat(r.base()).isEqualTo(27);
    assertThat(r.needed()).isEqualTo(18);
    assertThat(r.passed()).isTrue();
    ballots.set(0, b("law", "NO"));
    assertThat(Tally.count(yesNo(30, twoThirdsValid, "law"), 27, ballots).items().get(0).passed()).isFalse();
  }

  @Test
  void withoutQuorumNothingPassesAndTheResultIsInvalid() {
    // 150 deputies, 75 present: not more than half.
    Tally.Result r = Tally.count(yesNo(150, new PassingRule(PassingRule.Base.PRESENT,
        PassingRule.Threshold.MORE_THAN_HALF), "x"), 75, times(75, b("x", "YES")));
    assertThat(r.quorumMet()).isFalse();
    assertThat(r.valid()).isFalse();
    assertThat(r.items().get(0).passed()).isFalse();
    assertThat(Tally.count(yesNo(150, PassingRule.majorityOfAllMembers(), "x"), 76, times(76, b("x", "YES")))
        .quorumMet()).isTrue();
  }

  @Test
  void livelihoodProjectsTakeTheKBestThatPassAndReportATieAtTheCutoff() {
    // 5 candidates for 2 seats, 10 deputies, all present, each approves up to 2.
    PollSpec spec = new PollSpec(PollMethod.APPROVAL, List.of("A", "B", "C", "D", "E"), 10,
        PassingRule.majorityOfAllMembers(), 2, 1, 2, 50, 60);
    List<Ballot> ballots = new ArrayList<>();
    ballots.addAll(times(4, b("A", "APPROVE", "B", "APPROVE")));
    ballots.addAll(times(3, b("A", "APPROVE", "C", "APPROVE")));
    ballots.addAll(times(3, b("B", "APPROVE", "C", "APPROVE")));
    // A 7, B 7, C 6: all pass (>5); seats 2 → A and B
    Tally.Result clear = Tally.count(spec, 10, ballots);
    assertThat(clear.selected()).containsExactlyInAnyOrder("A", "B");
    assertThat(clear.tiedAtCutoff()).isEmpty();
    assertThat(clear.items()).extracting(Tally.ItemResult::item, Tally.ItemResult::rank)
        .startsWith(org.assertj.core.groups.Tuple.tuple("A", 1), org.assertj.core.groups.Tuple.tuple("B", 1));
    // Make it A 7, B 6, C 6: the second seat is tied between B and C — reported, not broken.
    ballots.set(0, b("A", "APPROVE", "C", "APPROVE"));
    ballots.set(9, b("B", "APPROVE", "D", "APPROVE"));
    Tally.Result tie = Tally.count(spec, 10, ballots);
    assertThat(tie.items().stream().filter(i -> i.item().equals("B")).findFirst().orElseThrow().approvals()).isEqualTo(6);
    assertThat(tie.selected()).containsExactly("A");
    assertThat(tie.tiedAtCutoff()).containsExactlyInAnyOrder("B", "C");
    assertThat(tie.seatsUnfilled()).isEqualTo(1);
  }

  @Test
  void twoSeatsAndThreeCandidatesTiedLeaveBothSeatsUndecided() {
    // given two seats, three candidates each approved by 6 of 9 deputies (all pass: more than 4.5)
    PollSpec spec = new PollSpec(PollMethod.APPROVAL, List.of("甲", "乙", "丙"), 9,
        PassingRule.majorityOfAllMembers(), 2, 1, 2, 50, 60);
    List<Ballot> ballots = new ArrayList<>(times(3, b("甲", "APPROVE", "乙", "APPROVE")));
    ballots.addAll(times(3, b("甲", "APPROVE", "丙", "APPROVE")));
    ballots.addAll(times(3, b("乙", "APPROVE", "丙", "APPROVE")));
    // when
    Tally.Result r = Tally.count(spec, 9, ballots);
    // expect nobody selected, the three tied, both seats undecided: a tie, not "passed: 甲, 乙, 丙"
    assertThat(r.selected()).isEmpty();
    assertThat(r.tiedAtCutoff()).containsExactlyInAnyOrder("甲", "乙", "丙");
    assertThat(r.seatsUnfilled()).isEqualTo(2);
    assertThat(Tally.Outcome.of(spec, r)).isEqualTo(Tally.Outcome.TIED_AT_CUTOFF);
  }

  @Test
  void theOutcomeSaysVoidWithoutQuorumDecidedWithoutSeatsAndSelectedWhenTheSeatsAreFilled() {
    // given a yes/no poll of 150 with 75 present / when counted / expect void
    PollSpec yesNo = yesNo(150, PassingRule.majorityOfAllMembers(), "x");
    assertThat(Tally.Outcome.of(yesNo, Tally.count(yesNo, 75, times(75, b("x", "YES")))))
        .isEqualTo(Tally.Outcome.NO_QUORUM);
    // given 76 present / expect each item decided on its own
    assertThat(Tally.Outcome.of(yesNo, Tally.count(yesNo, 76, times(76, b("x", "YES")))))
        .isEqualTo(Tally.Outcome.DECIDED);
    // given two seats and a clear order / expect selected; without quorum even with seats / expect void
    PollSpec seats = new PollSpec(PollMethod.APPROVAL, List.of("A", "B", "C"), 4, PassingRule.majorityOfAllMembers(),
        2, 1, 2, 50, 60);
    List<Ballot> clear = times(4, b("A", "APPROVE", "B", "APPROVE"));
    assertThat(Tally.Outcome.of(seats, Tally.count(seats, 4, clear))).isEqualTo(Tally.Outcome.SELECTED);
    assertThat(Tally.Outcome.of(seats, Tally.count(seats, 2, clear.subList(0, 2)))).isEqualTo(Tally.Outcome.NO_QUORUM);
  }

  @Test
  void invalidBallotsCountForNothing() {
    PollSpec spec = new PollSpec(PollMethod.APPROVAL, List.of("A", "B", "C"), 5, PassingRule.majorityOfAllMembers(),
        null, 1, 2, 50, 60);
    Tally.Result r = Tally.count(spec, 5, List.of(b("A", "APPROVE", "B", "APPROVE", "C", "APPROVE"), b("Z", "APPROVE"),
        b(), b("A", "YES"), b("A", "APPROVE")));
    assertThat(r.invalidBallots()).isEqualTo(4);
    assertThat(r.items().get(0).approvals()).isEqualTo(1);
  }

  @Test
  void satisfactionCountsSatisfiedAndBasicallySatisfiedAndScoresAverage() {
    PollSpec rating = new PollSpec(PollMethod.RATING, List.of("整改情况"), 35,
        new PassingRule(PassingRule.Base.VALID_VOTES, PassingRule.Threshold.MORE_THAN_HALF), null, 0, 0, 50, 60);
    List<Ballot> ballots = new ArrayList<>(times(10, b("整改情况", "SATISFIED")));
    ballots.addAll(times(8, b("整改情况", "BASICALLY_SATISFIED")));
    ballots.addAll(times(12, b("整改情况", "UNSATISFIED")));
    Tally.ItemResult r = Tally.count(rating, 30, ballots).items().get(0);
    assertThat(r.favourable()).isEqualTo(18);
    assertThat(r.base()).isEqualTo(30);
    assertThat(r.passed()).isTrue();
    PollSpec score = new PollSpec(PollMethod.SCORE, List.of("局长甲", "局长乙"), 5, PassingRule.majorityOfAllMembers(), null,
        0, 0, 50, 60);
    Tally.Result scores = Tally.count(score, 4, List.of(b("局长甲", "90", "局长乙", "55"), b("局长甲", "80", "局长乙", "61"),
        b("局长甲", "70", "局长乙", "59"), b("局长甲", "101")));
    assertThat(scores.invalidBallots()).isEqualTo(1);
    assertThat(scores.items().get(0).item()).isEqualTo("局长甲");
    assertThat(scores.items().get(0).averageScore()).isEqualTo(80.0);
    assertThat(scores.items().get(1).averageScore()).isEqualTo(58.33);
    assertThat(scores.items().get(1).passed()).isFalse();
  }

  @Test
  void aScorePassesOnItsExactAverageNotOnTheRoundedOneShown() {
    PollSpec score = new PollSpec(PollMethod.SCORE, List.of("甲", "乙"), 200, PassingRule.majorityOfAllMembers(), null,
        0, 0, 50, 60);
    List<Ballot> ballots = new ArrayList<>(times(199, b("甲", "60", "乙", "85")));
    ballots.add(b("甲", "59", "乙", "86"));
    Tally.Result r = Tally.count(score, 200, ballots);
    Tally.ItemResult first = r.items().stream().filter(i -> i.item().equals("甲")).findFirst().orElseThrow();
    assertThat(first.averageScore()).as("59.995 shown rounded").isEqualTo(60.0);
    assertThat(first.passed()).as("11,999 < 60 × 200").isFalse();
    Tally.ItemResult second = r.items().stream().filter(i -> i.item().equals("乙")).findFirst().orElseThrow();
    assertThat(second.rank()).as("85.005 ranks above 59.995").isEqualTo(1);
  }

  @Test
  void paperCountsCannotExceedTheBallotsOrTheRoll() {
    PollSpec spec = yesNo(10, PassingRule.majorityOfAllMembers(), "x");
    assertThatThrownBy(() -> new PaperTally(PaperTally.Source.PAPER, 11, 0, Map.of(), null).check(spec))
        .isInstanceOf(io.lianxin.chassis.domain.RuleViolationException.class);
    assertThatThrownBy(() -> new PaperTally(PaperTally.Source.PAPER, 5, 0, Map.of("x", Map.of("YES", Long.MAX_VALUE,
        "NO", Long.MAX_VALUE)), null).check(spec)).isInstanceOf(io.lianxin.chassis.domain.RuleViolationException.class);
  }

  /** Random polls and ballots: the tally equals a plain recount written separately here. */
  @RepeatedTest(200)
  void aTallyOfRandomBallotsEqualsAnIndependentRecount(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    int itemCount = 1 + random.nextInt(6);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < itemCount; i++) {
      items.add("I" + i);
    }
    int roll = 1 + random.nextInt(300);
    int present = random.nextInt(roll + 1);
    PassingRule rule = new PassingRule(PassingRule.Base.values()[random.nextInt(3)],
        PassingRule.Threshold.values()[random.nextInt(2)]);
    PollSpec spec = new PollSpec(PollMethod.YES_NO_ABSTAIN, items, roll, rule, null, 0, 0, 50, 60);
    List<Ballot> ballots = new ArrayList<>();
    String[] answers = {"YES", "NO", "ABSTAIN", "MAYBE"};
    for (int v = 0; v < present; v++) {
      Map<String, String> a = new HashMap<>();
      for (String item : items) {
        if (random.nextInt(10) > 0) {
          a.put(item, answers[random.nextInt(random.nextInt(50) == 0 ? 4 : 3)]);
        }
      }
      ballots.add(new Ballot(a));
    }
    Tally.Result result = Tally.count(spec, present, ballots);

    boolean quorum = 2L * present > roll;
    for (Tally.ItemResult r : result.items()) {
      long yes = 0, no = 0, abstain = 0;
      for (Ballot ballot : ballots) {
        if (ballot.answers().containsValue("MAYBE")) {
          continue; // an invalid ballot
        }
        String a = ballot.answers().get(r.item());
        if ("YES".equals(a)) yes++;
        if ("NO".equals(a)) no++;
        if ("ABSTAIN".equals(a)) abstain++;
      }
      long base = switch (rule.base()) {
        case ALL_MEMBERS -> roll;
        case PRESENT -> present;
        case VALID_VOTES -> yes + no + abstain;
      };
      boolean passes = quorum && base > 0 && (rule.threshold() == PassingRule.Threshold.MORE_THAN_HALF
          ? yes > base / 2.0 : yes >= base * 2.0 / 3.0);
      assertThat(r.yes()).isEqualTo(yes);
      assertThat(r.no()).isEqualTo(no);
      assertThat(r.abstain()).isEqualTo(abstain);
      assertThat(r.base()).isEqualTo(base);
      assertThat(r.passed()).as("%s yes=%d base=%d %s", r.item(), yes, base, rule).isEqualTo(passes);
    }
  }
}
