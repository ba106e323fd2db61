package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.UnitRequests;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFormsTest {

  @Test
  void theEmptyCommitmentLinesAreNotSentAndTheOthersKeepTheirOrder() {
    // given
    UnitForms.Reply form = new UnitForms.Reply("B", " 已列入计划 ", "", "", List.of("首批改造", "", "全部改造"),
        List.of("2026-12-31", "", "2027-12-31"), "key");
    // when
    UnitRequests.ReplyDraft draft = form.toRequest();
    // expect
    assertThat(draft.text()).isEqualTo("已列入计划");
    assertThat(draft.reason()).isNull();
    assertThat(draft.commitments()).containsExactly(
        new UnitRequests.CommitmentLine("首批改造", LocalDate.of(2026, 12, 31)),
        new UnitRequests.CommitmentLine("全部改造", LocalDate.of(2027, 12, 31)));
  }

  @Test
  void aReplyWithoutCommitmentsSendsNoneAndTheFormStillOffersItsLines() {
    // given
    UnitForms.Reply form = new UnitForms.Reply("A", "已解决", null, null, null, null, "key");
    // when
    UnitRequests.ReplyDraft draft = form.toRequest();
    // expect
    assertThat(draft.commitments()).isNull();
    assertThat(form.commitmentDescriptions()).hasSize(UnitForms.COMMITMENT_LINES);
    assertThat(form.unreadableDueDate()).isEqualTo(-1);
  }

  @Test
  void aDueDateThatIsNoDateIsFoundByItsLineAndAContactsDayLikewise() {
    // given
    UnitForms.Reply reply = new UnitForms.Reply("B", "t", "", "", List.of("a", "b"), List.of("2026-12-31", "年底"),
        "key");
    UnitForms.Contact contact = new UnitForms.Contact("BEFORE", "上周三", "VISIT", "走访", "key");
    // when
    int line = reply.unreadableDueDate();
    // expect
    assertThat(line).isEqualTo(1);
    assertThat(contact.day()).isNull();
    assertThat(new UnitForms.Contact("BEFORE", " 2026-03-02 ", "VISIT", "走访", "key").day())
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }
}
