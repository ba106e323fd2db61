package io.lianxin.portal.gateway;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A review opinion (审议意见) as supervision-service answers it: the problem list (问题清单) with each problem's
 * progress, and every round (轮次) with its rectification list (整改清单) of measures, its report and its vote.
 */
public record ReviewOpinion(String opinionId, String title, String text, String bodyUnitId, String bodyName,
    String status, String outcome, LocalDate issuedOn, boolean published, List<Problem> problems, Progress progress,
    List<Round> rounds) {

  public ReviewOpinion {
    problems = List.copyOf(Objects.requireNonNullElse(problems, List.of()));
    rounds = List.copyOf(Objects.requireNonNullElse(rounds, List.of()));
    progress = Objects.requireNonNullElse(progress, new Progress(0, 0));
  }

  /** A problem of the list (问题) with how many of the current round's measures for it are done. */
  public record Problem(int number, String description, long measuresDone, long measuresTotal) {}

  public record Progress(long measuresDone, long measuresTotal) {}

  /** A measure (整改措施): the problems it answers, what, who, by when, and how far it is. */
  public record Measure(String measureId, List<Integer> problemNumbers, String action, String owner, LocalDate dueOn,
      String status, String evidence, LocalDate doneOn) {

    public Measure {
      problemNumbers = List.copyOf(Objects.requireNonNullElse(problemNumbers, List.of()));
    }

    public boolean done() {
      return "DONE".equals(status);
    }

    public boolean overdue(LocalDate today) {
      return !done() && dueOn != null && dueOn.isBefore(today);
    }
  }

  /** The standing committee's satisfaction vote on a round's report (满意度测评): favourable of the valid votes. */
  public record Vote(long favourable, long base) {}

  /** A round: the first, or a second after an unsatisfactory vote (二次审议). */
  public record Round(int number, LocalDate listDueOn, LocalDate reportDueOn, LocalDate listSubmittedOn,
      List<Measure> measures, LocalDate reportedOn, String report, Vote vote) {

    public Round {
      measures = List.copyOf(Objects.requireNonNullElse(measures, List.of()));
    }
  }

  /** The round under way (the last), or null before the service opened one. */
  public Round currentRound() {
    return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
  }

  /** Whether the body's rectification list is awaited: first issued, or a second deliberation. */
  public boolean awaitsList() {
    return "ISSUED".equals(status) || "SECOND_DELIBERATION".equals(status);
  }

  /** Whether the body's rectification report (整改情况报告) is awaited: the list is in, measures under way. */
  public boolean awaitsReport() {
    return "RECTIFYING".equals(status);
  }

  /** Whether measures still take progress: until the satisfaction vote is decided. */
  public boolean takesMeasureProgress() {
    return "RECTIFYING".equals(status) || "REPORTED".equals(status) || "VOTING".equals(status);
  }

  /** Whether {@code unitId} is the body the opinion was issued to (the service decides; the page offers the forms). */
  public boolean issuedTo(String unitId) {
    return bodyUnitId != null && bodyUnitId.equals(unitId);
  }
}
