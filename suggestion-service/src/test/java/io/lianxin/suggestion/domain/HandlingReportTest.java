package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static io.lianxin.suggestion.domain.SuggestionBuilder.aSuggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counting rules of the handling report (办理情况报告的统计口径). */
class HandlingReportTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

  @Test
  void coSignersRatingsAreCountedApartFromTheProposersWhichDecides() {
    // given: the proposer satisfied (closes), the co-signer unsatisfied afterwards
    Suggestion s = aSuggestion().coSignedBy("D2").replied(ReplyCategory.A).build();
    s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
    s.evaluate(CO_SIGNER, Rating.UNSATISFIED, "进度慢", POLICY, day(30));
    // when
    HandlingReport.Totals totals = HandlingReport.of(List.of(s), TODAY).totals();
    // expect
    assertThat(totals.evaluated()).isEqualTo(1);
    assertThat(totals.satisfied()).isEqualTo(1);
    assertThat(totals.satisfactionRate()).isEqualTo(1.0);
    assertThat(totals.coSignerRatings()).isEqualTo(1);
    assertThat(totals.coSignerUnsatisfied()).isEqualTo(1);
    assertThat(totals.coSignerSatisfactionRate()).isEqualTo(0.0);
  }

  @Test
  void afterReHandlingByTheSuperiorTheFirstUnitsReplyAndRatingStayTheFirstUnits() {
    // given: U1 replies B, the proposer is unsatisfied, re-handling goes to the superior U0, which replies A
    Suggestion s = aSuggestion().coSignedBy("D2").replied(ReplyCategory.B).build();
    s.evaluate(DEPUTY, Rating.UNSATISFIED, "不满意", POLICY, day(22));
    s.evaluate(CO_SIGNER, Rating.BASICALLY_SATISFIED, null, POLICY, day(22));
    s.orderRehandling(STAFF, "U0", POLICY, day(23));
    s.draftReply(Fixtures.user("h0", io.lianxin.chassis.domain.Role.UNIT_HANDLER, null, "U0"),
        ReplyContent.of(ReplyCategory.A, "已解决").withoutOpinionsBecause("已征求"), POLICY, day(24));
    s.signReply(Fixtures.user("k0", io.lianxin.chassis.domain.Role.UNIT_HEAD, null, "U0"), Fixtures.NO_REVIEW, POLICY, day(25));
    s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(26));
    // when
    HandlingReport report = HandlingReport.of(List.of(s), TODAY);
    // expect
    HandlingReport.Totals first = line(report.byUnit(), "U1");
    assertThat(first.replied()).isEqualTo(1);
    assertThat(first.categoryB()).isEqualTo(1);
    assertThat(first.unsatisfied()).isEqualTo(1);
    assertThat(first.coSignerBasicallySatisfied()).isEqualTo(1);
    assertThat(first.commitments()).as("the commitment U1's reply made").isEqualTo(1);
    assertThat(first.items()).as("U1 no longer leads it").isZero();
    HandlingReport.Totals superior = line(report.byUnit(), "U0");
    assertThat(superior.items()).isEqualTo(1);
    assertThat(superior.replied()).isEqualTo(1);
    assertThat(superior.categoryA()).isEqualTo(1);
    assertThat(superior.satisfied()).isEqualTo(1);
    assertThat(superior.unsatisfied()).isZero();
    assertThat(superior.commitments()).isZero();
    assertThat(line(report.byRound(), "0").unsatisfied()).isEqualTo(1);
    assertThat(line(report.byRound(), "1").satisfied()).isEqualTo(1);
    assertThat(report.totals().replied()).as("the item once, by its final result").isEqualTo(1);
    assertThat(report.totals().categoryA()).isEqualTo(1);
    assertThat(report.totals().satisfied()).isEqualTo(1);
    assertThat(HandlingReport.of(List.of(s), TODAY, "U1").totals()).isEqualTo(first);
  }

  static HandlingReport.Totals line(List<HandlingReport.Line> lines, String key) {
    return lines.stream().filter(l -> l.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + key + " in " + lines)).totals();
  }
}
