package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The opinion form (征求意见表) of an activity in preparation: the questions the office asks the deputies
 * allocated to it, the day it was sent and the day answers are due, the deputies it went to (those
 * allocated when it was sent) and the answers each gave, once.
 *
 * @param deputyIds the deputies the form went to, in the allocation's order
 * @param answers the answers given, in the order they came
 */
public record OpinionForm(List<String> questions, LocalDate sentOn, LocalDate dueOn, List<String> deputyIds,
    List<Answer> answers) {

  /** A form asks 1 to 20 questions. */
  public static final int MAX_QUESTIONS = 20;

  /** One deputy's answers, one per question in the form's order, and the day given. */
  public record Answer(String deputyId, List<String> answers, LocalDate answeredOn) {
    public Answer {
      Objects.requireNonNull(deputyId, "deputyId");
      Objects.requireNonNull(answeredOn, "answeredOn");
      answers = List.copyOf(answers);
    }
  }

  public OpinionForm {
    questions = List.copyOf(questions);
    Objects.requireNonNull(sentOn, "sentOn");
    Objects.requireNonNull(dueOn, "dueOn");
    deputyIds = List.copyOf(deputyIds);
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  public boolean sentTo(String deputyId) {
    return deputyId != null && deputyIds.contains(deputyId);
  }

  public Optional<Answer> answerOf(String deputyId) {
    return answers.stream().filter(a -> a.deputyId().equals(deputyId)).findFirst();
  }

  /** The deputies who answered, in the form's order of deputies. */
  public List<String> answered() {
    return deputyIds.stream().filter(d -> answerOf(d).isPresent()).toList();
  }

  /** The deputies who have not answered yet, in the form's order of deputies. */
  public List<String> notAnswered() {
    return deputyIds.stream().filter(d -> answerOf(d).isEmpty()).toList();
  }

  /** The form as one deputy it went to sees it: the questions and their own answer, nobody else's. */
  public OpinionForm asSeenBy(String deputyId) {
    return new OpinionForm(questions, sentOn, dueOn, List.of(deputyId), answerOf(deputyId).stream().toList());
  }

  OpinionForm with(Answer answer) {
    List<Answer> all = new ArrayList<>(answers);
    all.add(answer);
    return new OpinionForm(questions, sentOn, dueOn, deputyIds, all);
  }
}
