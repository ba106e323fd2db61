package io.lianxin.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

  @Test
  void aChineseReaderGetsTheChineseHalf() {
    // given
    String title = "请求参数无效 / Invalid request";
    // when
    String shown = Bilingual.pick(title, Locale.SIMPLIFIED_CHINESE);
    // expect
    assertThat(shown).isEqualTo("请求参数无效");
  }

  @Test
  void anEnglishReaderGetsTheEnglishHalf() {
    // given
    String summary = "起草 / drafted";
    // when
    String shown = Bilingual.pick(summary, Locale.ENGLISH);
    // expect
    assertThat(shown).isEqualTo("drafted");
  }

  @Test
  void aTextInOneLanguageIsShownAsItIs() {
    // given
    String detail = "1 field(s) invalid: title";
    // when
    String shown = Bilingual.pick(detail, Locale.SIMPLIFIED_CHINESE);
    // expect
    assertThat(shown).isEqualTo(detail);
  }
}
