package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderLocaleTest {

  @Test
  void englishInAnyRegionIsEnglish() {
    // given
    Locale asked = Locale.UK;
    // when
    Locale spoken = ReaderLocale.supported(asked);
    // expect
    assertThat(spoken).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void anyOtherLanguageOrNoneIsSimplifiedChinese() {
    // given
    Locale[] asked = {Locale.FRENCH, Locale.TRADITIONAL_CHINESE, null};
    // when / expect
    for (Locale locale : asked) {
      assertThat(ReaderLocale.supported(locale)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
  }
}
