package io.lianxin.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The score bands of judges and prosecutors: given bands, when a score is graded, expect its grade. */
class PerformanceReviewPolicyTest {

  @Test
  void theDefaultBandsAreNinetySeventyFiveSixtyEachBoundIncluded() {
    // given
    PerformanceReviewPolicy policy = PerformanceReviewPolicy.defaults();
    // when / expect
    assertThat(policy.grade(90)).isEqualTo(CompetenceGrade.EXCELLENT);
    assertThat(policy.grade(89.99)).isEqualTo(CompetenceGrade.COMPETENT);
    assertThat(policy.grade(75)).isEqualTo(CompetenceGrade.COMPETENT);
    assertThat(policy.grade(74.99)).isEqualTo(CompetenceGrade.BASICALLY_COMPETENT);
    assertThat(policy.grade(60)).isEqualTo(CompetenceGrade.BASICALLY_COMPETENT);
    assertThat(policy.grade(59.99)).isEqualTo(CompetenceGrade.INCOMPETENT);
    assertThat(policy.talkCount()).isEqualTo(3);
  }

  @Test
  void bandsAreConfigurable() {
    // given
    PerformanceReviewPolicy policy = new PerformanceReviewPolicy(95, 80, 70, 3);
    // when / expect
    assertThat(policy.grade(92)).isEqualTo(CompetenceGrade.COMPETENT);
    assertThat(policy.grade(65)).isEqualTo(CompetenceGrade.INCOMPETENT);
  }

  @Test
  void bandsOutOfOrderAreRefused() {
    assertThatThrownBy(() -> new PerformanceReviewPolicy(75, 90, 60, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PerformanceReviewPolicy(101, 90, 60, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyBasicallyCompetentAndIncompetentNeedRectification() {
    assertThat(CompetenceGrade.BASICALLY_COMPETENT.needsRectification()).isTrue();
    assertThat(CompetenceGrade.INCOMPETENT.needsRectification()).isTrue();
    assertThat(CompetenceGrade.COMPETENT.needsRectification()).isFalse();
    assertThat(CompetenceGrade.EXCELLENT.needsRectification()).isFalse();
  }
}
