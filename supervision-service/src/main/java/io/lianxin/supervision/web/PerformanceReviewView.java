package io.lianxin.supervision.web;

import io.lianxin.supervision.domain.CompetenceGrade;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.domain.PerformanceReviewStatus;
import io.lianxin.supervision.domain.ReviewSubjectKind;
import io.lianxin.supervision.domain.ReviewedSubject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A performance review round as its readers see it: each subject with what its steps found and, once
 * rated, its average score, place (ties share it), grade, talk, commendation and rectification opinion
 * — ranked best first. A unit's people see only their own subjects.
 */
public record PerformanceReviewView(String reviewId, String congressId, int year, String title,
    String partyCommitteeUnitId, String partyCommitteeName, String activityId, PerformanceReviewStatus status,
    String pollId, int subjectCount, List<SubjectView> subjects) {

  public record ReportView(LocalDate heardOn, String summary) {}

  public record InterviewsView(int interviews, int commentForms, String summary) {}

  public record CaseFilesView(int sampled, List<String> findings) {}

  /** The result of one subject; {@code grade} only for judges and prosecutors. */
  public record ResultView(double averageScore, long scored, int rank, boolean tied, CompetenceGrade grade,
      boolean talk, boolean commendationProposed, boolean rectificationNeeded) {}

  public record SubjectView(String subjectId, String name, ReviewSubjectKind kind, String unitId, String unitName,
      String superiorUnitId, String superiorName, ReportView report, InterviewsView interviews,
      CaseFilesView caseFiles, ResultView result, String opinionId) {

    static SubjectView of(ReviewedSubject s) {
      ReviewedSubject.SubjectResult r = s.result();
      return new SubjectView(s.subjectId(), s.name(), s.kind(), s.unitId(), s.unitName(), s.superiorUnitId(),
          s.superiorName(), s.report() == null ? null : new ReportView(s.report().heardOn(), s.report().summary()),
          s.interviews() == null ? null : new InterviewsView(s.interviews().interviews(), s.interviews().commentForms(),
              s.interviews().summary()),
          s.caseFiles() == null ? null : new CaseFilesView(s.caseFiles().sampled(), s.caseFiles().findings()),
          r == null ? null : new ResultView(r.averageScore(), r.scored(), r.rank(), r.tied(), r.grade(), r.talk(),
              r.commendationProposed(), r.needsRectification()),
          s.opinionId());
    }
  }

  /** The round as {@code unitId}'s people see it (null: everyone's subjects, for the office and leaders). */
  static PerformanceReviewView of(PerformanceReview r, String unitId) {
    List<SubjectView> subjects = (unitId == null ? r.subjects() : r.subjectsReadBy(unitId)).stream()
        .sorted(Comparator.comparingInt((ReviewedSubject s) -> s.result() == null ? 0 : s.result().rank())
            .thenComparingInt(s -> Integer.parseInt(s.subjectId().substring(1))))
        .map(SubjectView::of).toList();
    return new PerformanceReviewView(r.reviewId(), r.congressId(), r.details().year(), r.details().title(),
        r.details().partyCommitteeUnitId(), r.details().partyCommitteeName(), r.details().activityId(), r.status(),
        r.pollId(), r.subjects().size(), subjects);
  }
}
