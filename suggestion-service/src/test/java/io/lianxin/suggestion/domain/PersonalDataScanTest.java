package io.lianxin.suggestion.domain;

import static io.lianxin.suggestion.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.suggestion.domain.PersonalDataScan.Finding;
import io.lianxin.suggestion.domain.PersonalDataScan.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Likely personal data in the text to publish, and publication that stops at it (公开前个人信息核查). */
class PersonalDataScanTest {

  @Nested
  class Scanning {

    @Test
    void eachKindIsFoundWithItsPosition() {
      // given
      String text = "联系人手机13812345678，电话0571-87654321，身份证330102199001011234，"
          + "邮箱zhang.san@example.com，住幸福路12号3栋2单元501室。";
      // when
      List<Finding> found = PersonalDataScan.in("body", text);
      // expect
      assertThat(found).extracting(Finding::kind).containsExactly(Kind.MOBILE_PHONE, Kind.LANDLINE_PHONE,
          Kind.ID_CARD_NUMBER, Kind.EMAIL, Kind.STREET_ADDRESS);
      assertThat(found.get(0)).isEqualTo(new Finding(Kind.MOBILE_PHONE, "body", text.indexOf("138"), 11));
      assertThat(found.get(2)).isEqualTo(new Finding(Kind.ID_CARD_NUMBER, "body", text.indexOf("3301"), 18));
      assertThat(text.substring(found.get(4).start(), found.get(4).start() + found.get(4).length()))
          .endsWith("12号3栋2单元501室");
    }

    @Test
    void separatedAndBracketedNumbersAreFoundToo() {
      // when
      List<Finding> found = PersonalDataScan.in("body", "请拨 +86 138-1234-5678 或 (021)62345678 或 010 62345678");
      // expect
      assertThat(found).extracting(Finding::kind)
          .containsExactly(Kind.MOBILE_PHONE, Kind.LANDLINE_PHONE, Kind.LANDLINE_PHONE);
    }

    @Test
    void ordinaryFiguresDatesAndNumbersAreNotPersonalData() {
      // when
      List<Finding> found = PersonalDataScan.in("body", "2026年投入1200万元，改造3号文件所列的12个小区，"
          + "答复见2026 建议 第0042号，约有20000户，电话费不超过100元。");
      // expect
      assertThat(found).isEmpty();
    }

    @Test
    void anIdCardNumberIsNotAlsoReportedAsAPhoneNumber() {
      // when
      List<Finding> found = PersonalDataScan.in("title", "身份证号 11010519491231002X");
      // expect
      assertThat(found).containsExactly(new Finding(Kind.ID_CARD_NUMBER, "title", 5, 18));
    }
  }

  @Nested
  class Publication {

    Suggestion closedWith(String body) {
      Suggestion s = SuggestionBuilder.aSuggestion()
          .from(SuggestionDraft.suggestion("关于修路的建议", body, SuggestionCategory.TRANSPORT)).replied(ReplyCategory.A)
          .build();
      s.evaluate(DEPUTY, Rating.SATISFIED, null, POLICY, day(22));
      return s;
    }

    @Test
    void likelyPersonalDataRefusesPublicationByKindAndPositionNeverTheValue() {
      // given
      Suggestion s = closedWith("村道破损，联系我13812345678。");
      // when / expect
      assertThatThrownBy(() -> s.publish(STAFF, null, PersonalDataCheck.REFUSE_IF_FOUND, day(23)))
          .isInstanceOf(RuleViolationException.class)
          .hasMessageContaining("MOBILE_PHONE 手机号 in body at 8 (11 characters)")
          .hasMessageNotContaining("13812345678")
          .extracting(e -> ((RuleViolationException) e).field()).isEqualTo("publicText");
      assertThat(s.state()).isEqualTo(SuggestionState.CLOSED);
    }

    @Test
    void aRedactedTextIsPublishedAndTheOriginalKept() {
      // given
      Suggestion s = closedWith("村道破损，联系我13812345678。");
      s.takeEvents();
      // when
      s.publish(STAFF, new PublicText(null, "村道破损，联系我138****5678。", null), PersonalDataCheck.REFUSE_IF_FOUND,
          day(23));
      // expect
      assertThat(s.state()).isEqualTo(SuggestionState.PUBLISHED);
      assertThat(s.body()).as("the original stays").isEqualTo("村道破损，联系我13812345678。");
      assertThat(s.publicVersion()).isEqualTo(new PublicText("关于修路的建议", "村道破损，联系我138****5678。",
          List.of(new PublicText.ReplyText("答复正文", null))));
      assertThat(s.takeEvents()).containsExactly(new SuggestionEvent.Published(day(23), true, false, "关于修路的建议"));
    }

    @Test
    void aRedactionThatStillHoldsPersonalDataIsRefusedUnlessStaffConfirm() {
      // given
      Suggestion s = closedWith("村道破损，见幸福路12号。");
      // when / expect
      assertThatThrownBy(() -> s.publish(STAFF, new PublicText(null, null, List.of(new PublicText.ReplyText(
          "请致电0571-87654321", null))), PersonalDataCheck.REFUSE_IF_FOUND, day(23)))
          .isInstanceOf(RuleViolationException.class)
          .hasMessageContaining("STREET_ADDRESS 详细地址 in body")
          .hasMessageContaining("LANDLINE_PHONE 固定电话 in replies[0].text at 3");
      s.publish(STAFF, null, PersonalDataCheck.CONFIRMED_BY_STAFF, day(23));
      assertThat(s.state()).isEqualTo(SuggestionState.PUBLISHED);
      assertThat(s.takeEvents()).last().isEqualTo(new SuggestionEvent.Published(day(23), false, true, "关于修路的建议"));
    }

    @Test
    void aRedactionNamesEveryReplyInOrder() {
      // given
      Suggestion s = closedWith("村道破损。");
      // when / expect
      assertThatThrownBy(() -> s.publish(STAFF, new PublicText(null, null, List.of()), PersonalDataCheck.REFUSE_IF_FOUND,
          day(23))).isInstanceOf(RuleViolationException.class).hasMessageContaining("1 replies");
    }
  }
}
