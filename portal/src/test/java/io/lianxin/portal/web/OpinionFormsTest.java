package io.lianxin.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.portal.gateway.ReviewOpinion;
import io.lianxin.portal.gateway.SupervisionRequests;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpinionFormsTest {

  private static final ReviewOpinion THREE_PROBLEMS = new ReviewOpinion("O-1", "审议意见", "正文", "U-1", "县住建局",
      "ISSUED", null, LocalDate.of(2026, 3, 1), false, List.of(new ReviewOpinion.Problem(1, "进度慢", 0, 0),
          new ReviewOpinion.Problem(2, "资金不到位", 0, 0), new ReviewOpinion.Problem(3, "参与不足", 0, 0)),
      null, List.of());

  @Test
  void eachLineIsTheMeasureOfItsProblemAndAnEmptyLineIsNotSent() {
    // given
    OpinionForms.RectificationList form = OpinionForms.RectificationList.of(THREE_PROBLEMS,
        List.of(" 制定计划 ", "", "召开议事会"), List.of("城建股", " ", "物业科"), List.of("2026-06-30", "", "2026-05-31"),
        "key");
    // when
    SupervisionRequests.RectificationList list = form.toRequest();
    // expect
    assertThat(list.measures()).containsExactly(
        new SupervisionRequests.MeasureLine(List.of(1), "制定计划", "城建股", LocalDate.of(2026, 6, 30)),
        new SupervisionRequests.MeasureLine(List.of(3), "召开议事会", "物业科", LocalDate.of(2026, 5, 31)));
  }

  @Test
  void theServicesMeasureNumbersAreMappedBackToTheLinesOfTheForm() {
    // given: line 2 (index 1) left empty, so the service's measures[1] is the form's line 3
    OpinionForms.RectificationList form = OpinionForms.RectificationList.of(THREE_PROBLEMS,
        List.of("制定计划", "", "召开议事会"), List.of("城建股", "", ""), List.of("2026-06-30", "", "2026-05-31"), "key");
    // when
    var fields = form.formFieldsOfSentLines();
    // expect
    assertThat(fields).containsEntry("measures[0].action", "measures[0].action")
        .containsEntry("measures[1].owner", "measures[2].owner").doesNotContainKey("measures[2].owner");
  }

  @Test
  void theFormOffersALinePerProblemReadsNoMoreAndFindsADueDateThatIsNoDate() {
    // given
    OpinionForms.RectificationList empty = OpinionForms.RectificationList.empty(THREE_PROBLEMS);
    OpinionForms.RectificationList posted = OpinionForms.RectificationList.of(THREE_PROBLEMS,
        List.of("a", "b", "c", "d"), List.of("o"), List.of("2026-06-30", "五月底"), "key");
    // when
    int unreadable = posted.unreadableDueOn();
    // expect
    assertThat(empty.problemNumbers()).containsExactly(1, 2, 3);
    assertThat(empty.actions()).containsExactly("", "", "");
    assertThat(posted.actions()).as("a fourth line is no problem's").containsExactly("a", "b", "c");
    assertThat(posted.owners()).containsExactly("o", "", "");
    assertThat(unreadable).isEqualTo(1);
    assertThat(empty.unreadableDueOn()).isEqualTo(-1);
  }

  @Test
  void aMeasuresProgressIsSentTrimmedAndItsFieldsAreNamedAfterTheMeasure() {
    // given
    OpinionForms.Progress progress = new OpinionForms.Progress("R2-M1", "DONE", "  验收记录 ", "key");
    // when
    SupervisionRequests.MeasureProgress request = progress.toRequest();
    // expect
    assertThat(request).isEqualTo(new SupervisionRequests.MeasureProgress("DONE", "验收记录"));
    assertThat(OpinionForms.Progress.formFields("R2-M1")).containsEntry("evidence", "R2-M1-evidence")
        .containsEntry("status", "R2-M1-status");
    assertThat(new OpinionForms.Report(" ", "key").toRequest().report()).isNull();
  }

  @Test
  void theOfficesProblemListIsOneProblemPerLineAndTheServicesProblemFieldsAreTheFormsOne() {
    // given
    OpinionForms.Issue form = new OpinionForms.Issue(" 审议意见 ", "正文", "U-1", "进度慢\r\n\r\n  资金不到位 \n", "key");
    // when
    var request = form.toRequest();
    // expect
    assertThat(request.problems()).containsExactly("进度慢", "资金不到位");
    assertThat(request.title()).isEqualTo("审议意见");
    assertThat(form.formFields()).containsEntry("problems[1]", "problems").hasSize(2);
    assertThat(new OpinionForms.Issue("t", "x", "", " \n ", "key").toRequest().problems())
        .as("no problem: none sent, the service says the list is needed").isNull();
  }
}
