package io.lianxin.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a poll asks when its drafter says nothing of quorum, pass mark, rule or choices. */
class PollSpecTest {

  @Test
  void theDefaultsAreAQuorumOfMoreThanHalfAPassMarkOf60AndAMajorityOfAllMembers() {
    // when
    PollSpec spec = PollSpec.builder(PollMethod.APPROVAL, List.of("甲", "乙", "丙"), 5).build();
    // expect
    assertThat(spec).isEqualTo(new PollSpec(PollMethod.APPROVAL, List.of("甲", "乙", "丙"), 5,
        PassingRule.majorityOfAllMembers(), null, 0, 3, 50, 60));
  }

  @Test
  void whatTheDrafterSaysIsKept() {
    // when
    PollSpec spec = PollSpec.builder(PollMethod.APPROVAL, List.of("甲", "乙", "丙"), 5)
        .rule(new PassingRule(PassingRule.Base.PRESENT, PassingRule.Threshold.AT_LEAST_TWO_THIRDS)).seats(2)
        .choices(1, 2).quorumPercent(66).passScore(80).build();
    // expect
    assertThat(spec).isEqualTo(new PollSpec(PollMethod.APPROVAL, List.of("甲", "乙", "丙"), 5,
        new PassingRule(PassingRule.Base.PRESENT, PassingRule.Threshold.AT_LEAST_TWO_THIRDS), 2, 1, 2, 66, 80));
  }

  @Test
  void kOfNApprovesUpToTheSeats() {
    // when
    PollSpec spec = PollSpec.approvalOfUpTo(2, List.of("甲", "乙", "丙"), 5);
    // expect
    assertThat(spec.seats()).isEqualTo(2);
    assertThat(spec.minChoices()).isZero();
    assertThat(spec.maxChoices()).isEqualTo(2);
    assertThat(spec.rule()).isEqualTo(PassingRule.majorityOfAllMembers());
  }
}
