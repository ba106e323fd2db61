package io.lianxin.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerificationTest {

  private static final Verification.Difference CHANGED_COUNT = new Verification.Difference("result", "任命甲", null,
      null, null, "yes", "4", "3", "计票结果不一致 / the count differs");

  @Test
  void aResultHoldsOnlyWhenDigestAndCountMatchWithNoDifference() {
    // given
    Verification named = new Verification(true, null, true, "ab12", List.of());
    Verification changed = new Verification(true, true, false, "ab12", List.of(CHANGED_COUNT));
    Verification otherDigest = new Verification(false, true, true, "cd34", List.of());
    // when / expect
    assertThat(named.holds()).as("a named poll has no proofs to hold").isTrue();
    assertThat(changed.holds()).isFalse();
    assertThat(otherDigest.holds()).isFalse();
  }

  @Test
  void aDifferenceSaysWhereItIsAndWhatInTheReadersLanguage() {
    // when / expect
    assertThat(CHANGED_COUNT.where()).isEqualTo("任命甲 · yes");
    assertThat(CHANGED_COUNT.message(Locale.ENGLISH)).isEqualTo("the count differs");
    assertThat(CHANGED_COUNT.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("计票结果不一致");
  }
}
