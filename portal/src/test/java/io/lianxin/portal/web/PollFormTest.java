package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.PollRequests;
import org.junit.jupiter.api.Test;

class PollFormTest {

  private static PollForm form(String rollKind, boolean secret, String scrutineers, String threshold) {
    return new PollForm("MOTION", " 关于……的决定 ", "YES_NO_ABSTAIN", "甲\r\n\r\n 乙 \n", rollKind,
        "D-1\r\nD-2\r\n", secret, false, true, scrutineers, threshold, "k");
  }

  @Test
  void theItemsAndAListRollAreReadOneALineWithoutEmptyLines() {
    PollRequests.Draft draft = form("LIST", false, "", "").toRequest();

    assertThat(draft.title()).isEqualTo("关于……的决定");
    assertThat(draft.items()).containsExactly("甲", "乙");
    assertThat(draft.rollOf().kind()).isEqualTo("LIST");
    assertThat(draft.rollOf().deputyIds()).containsExactly("D-1", "D-2");
  }

  @Test
  void aRollByKindSendsNoIdsAndANamedPollNoScrutineers() {
    PollRequests.Draft draft = form("STANDING_COMMITTEE", false, "D-1\nD-2", "2").toRequest();

    assertThat(draft.rollOf().deputyIds()).isNull();
    assertThat(draft.scrutineers()).isNull();
    assertThat(draft.scrutineerThreshold()).isNull();
  }

  @Test
  void aSecretPollSendsItsScrutineersAndThreshold() {
    PollRequests.Draft draft = form("ALL_DEPUTIES", true, "D-1\nD-2\nD-3", " 2 ").toRequest();

    assertThat(draft.scrutineers()).containsExactly("D-1", "D-2", "D-3");
    assertThat(draft.scrutineerThreshold()).isEqualTo(2);
  }

  @Test
  void aThresholdThatIsNotANumberIsThePortalsOwnCheck() {
    assertThat(form("ALL_DEPUTIES", true, "D-1", "两人").thresholdUnreadable()).isTrue();
    assertThat(form("ALL_DEPUTIES", true, "D-1", "").thresholdUnreadable()).isFalse();
  }

  @Test
  void eachLinesErrorIsShownUnderItsTextarea() {
    assertThat(PollForm.formField("items[3]")).isEqualTo("items");
    assertThat(PollForm.formField("rollOf.deputyIds[1]")).isEqualTo("roll");
    assertThat(PollForm.formField("rollOf")).isEqualTo("roll");
    assertThat(PollForm.formField("scrutineers[0]")).isEqualTo("scrutineers");
    assertThat(PollForm.formField("title")).isEqualTo("title");
  }
}
