package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.Poll;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotFormTest {

  private static Poll poll(String method, String... items) {
    return new Poll("P-1", "MOTION", "表决", method, List.of(items), true, false, false, "OPEN", null, null);
  }

  @Test
  void theAnswersAreSentByTheItemsTextWhateverItSaysAndBlankItemsAreLeftOut() {
    // given
    Poll poll = poll("YES_NO_ABSTAIN", "任命甲 (a=b&c)", "任命乙", "任命丙");
    // when
    BallotForm form = BallotForm.of(poll, Map.of("a0", new String[] {"YES"}, "a1", new String[] {" "},
        "a2", new String[] {"ABSTAIN"}, "a9", new String[] {"NO"}));
    // expect
    assertThat(form.answers(poll)).containsExactly(Map.entry("任命甲 (a=b&c)", "YES"), Map.entry("任命丙", "ABSTAIN"));
    assertThat(form.at(2)).isEqualTo("ABSTAIN");
  }

  @Test
  void anApprovalBallotApprovesTheCheckedPositionsOnly() {
    // given
    Poll poll = poll("APPROVAL", "项目一", "项目二", "项目三");
    // when
    BallotForm form = BallotForm.of(poll, Map.of("approve", new String[] {"2", "0", "7", "x"}));
    // expect
    assertThat(form.answers(poll)).containsOnly(Map.entry("项目一", "APPROVE"), Map.entry("项目三", "APPROVE"));
    assertThat(form.approves(1)).isFalse();
  }

  @Test
  void aBallotShowsNoAnswerInTheLogs() {
    // given
    Poll poll = poll("YES_NO_ABSTAIN", "任命甲");
    // when
    String logged = BallotForm.of(poll, Map.of("a0", new String[] {"NO"})).toString();
    // expect
    assertThat(logged).doesNotContain("NO", "任命甲").contains("1 answers");
  }
}
