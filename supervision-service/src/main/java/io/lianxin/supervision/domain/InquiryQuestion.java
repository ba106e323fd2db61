package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A question of a thematic inquiry (询问问题): its 五问 category, the question and the deputy who asks
 * it, the answerer named with their body (应询人及单位); once held, the answer, the follow-up
 * questions (追问) with their answers, and a commitment made in the answer (承诺), tracked to its due day
 * until it is recorded as fulfilled (承诺兑现) with its evidence.
 */
public record InquiryQuestion(int number, FiveQuestion category, String question, String askedBy,
    String answererName, String answererUnitId, String answererBodyName, String answer, List<FollowUp> followUps,
    Commitment commitment, Fulfilment fulfilment) {

  /** A follow-up question (追问) and its answer. */
  public record FollowUp(String question, String answer) {
    public FollowUp {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** What the answerer committed to (承诺事项) and by when. */
  public record Commitment(String text, LocalDate dueOn) {
    public Commitment {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(dueOn, "dueOn");
    }
  }

  /**
   * The commitment fulfilled (承诺兑现): the day it was fulfilled and what shows it.
   *
   * @param onTime fulfilled on or before the commitment's due day
   */
  public record Fulfilment(LocalDate fulfilledOn, String evidence, boolean onTime) {
    public Fulfilment {
      Objects.requireNonNull(fulfilledOn, "fulfilledOn");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  public InquiryQuestion {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answererName, "answererName");
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }

  public boolean answered() {
    return answer != null;
  }

  /** A commitment that is still to be fulfilled: reminded when overdue. */
  public boolean commitmentPending() {
    return commitment != null && fulfilment == null;
  }

  InquiryQuestion answered(String answerText, List<FollowUp> asked, Commitment committed) {
    return new InquiryQuestion(number, category, question, askedBy, answererName, answererUnitId, answererBodyName,
        answerText, asked, committed, null);
  }

  InquiryQuestion fulfilled(Fulfilment done) {
    return new InquiryQuestion(number, category, question, askedBy, answererName, answererUnitId, answererBodyName,
        answer, followUps, commitment, done);
  }
}
