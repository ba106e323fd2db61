package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.DraftRequest;
import org.junit.jupiter.api.Test;

class DraftFormTest {

  private static DraftForm typed(String coSigners, String action, String category) {
    return new DraftForm("MOTION", "标题", "正文", category, coSigners, action, "key-1");
  }

  @Test
  void coSignersTypedWithAnyCommaOrSpaceAreTheirIdsOnceEach() {
    // given
    DraftForm form = typed(" D-2，D-3、D-4, D-2  D-5 ", "submit", "HOUSING");
    // when
    DraftRequest request = form.toRequest();
    // expect
    assertThat(request.coSignerDeputyIds()).containsExactly("D-2", "D-3", "D-4", "D-5");
    assertThat(request.draft()).isTrue();
    assertThat(request.kind()).isEqualTo("MOTION");
  }

  @Test
  void noCategoryChosenIsSentAsNoneSoThatTheServiceNamesTheField() {
    // given
    DraftForm form = typed("", "draft", "");
    // when
    DraftRequest request = form.toRequest();
    // expect
    assertThat(request.category()).isNull();
    assertThat(request.coSignerDeputyIds()).isEmpty();
    assertThat(form.submitNow()).isFalse();
  }

  @Test
  void theFormsKeyIsKeptAndAFormWithoutOneGetsAFreshOne() {
    // given
    DraftForm keyed = typed("", "submit", "HOUSING");
    DraftForm unkeyed = new DraftForm(null, "t", "b", "HOUSING", null, null, null);
    // when
    String key = keyed.key();
    // expect
    assertThat(key).isEqualTo("key-1");
    assertThat(unkeyed.key()).isNotBlank().isNotEqualTo(unkeyed.key());
    assertThat(unkeyed.submitNow()).isTrue();
    assertThat(unkeyed.toRequest().kind()).isEqualTo("SUGGESTION");
  }
}
