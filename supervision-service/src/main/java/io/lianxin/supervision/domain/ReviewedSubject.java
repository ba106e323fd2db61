package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One subject of a performance review (评议对象): the person or unit reviewed, its kind, the unit of
 * the register it belongs to and its superior body (上级机关, told of the result), with what each
 * step found — the report heard (听), interviews and comment forms (访), case files sampled (查) —
 * the result (评) and the rectification opinion issued to its unit (改).
 */
public record ReviewedSubject(String subjectId, String name, ReviewSubjectKind kind, String unitId, String unitName,
    String superiorUnitId, String superiorName, ReportHearing report, Interviews interviews, CaseFileSample caseFiles,
    SubjectResult result, String opinionId) {

  public ReviewedSubject {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(superiorUnitId, "superiorUnitId");
  }

  /** 听: the subject's report (述职报告) heard on a day, with its summary. */
  public record ReportHearing(LocalDate heardOn, String summary) {}

  /** 访: how many interviews (走访座谈) and comment forms (征求意见表) were recorded, and what they said. */
  public record Interviews(int interviews, int commentForms, String summary) {
    public Interviews {
      if (interviews < 0 || commentForms < 0) {
        throw new IllegalArgumentException("counts are not negative");
      }
    }
  }

  /** 查: how many case files were sampled (案卷评查) and the findings. */
  public record CaseFileSample(int sampled, List<String> findings) {
    public CaseFileSample {
      findings = List.copyOf(findings);
      if (sampled < 0) {
        throw new IllegalArgumentException("sampled is not negative");
      }
    }
  }

  /**
   * 评: the average score, its place (equal scores share a place; {@code tied} when another has the same),
   * the grade of a judge or prosecutor (null for the others), whether the subject is flagged for a talk.
   */
  public record SubjectResult(double averageScore, long scored, int rank, boolean tied, CompetenceGrade grade,
      boolean talk) {

    /** 优秀 → a commendation is proposed (建议表彰). */
    public boolean commendationProposed() {
      return grade == CompetenceGrade.EXCELLENT;
    }

    /** 基本称职 / 不称职 → a rectification opinion (整改意见) to the subject's unit. */
    public boolean needsRectification() {
      return grade != null && grade.needsRectification();
    }
  }

  /** A subject as staff name it, nothing recorded yet. */
  public static ReviewedSubject named(String subjectId, String name, ReviewSubjectKind kind, RegisteredUnit unit,
      RegisteredUnit superior) {
    return new ReviewedSubject(subjectId, name, kind, unit.unitId(), unit.name(), superior.unitId(), superior.name(),
        null, null, null, null, null);
  }

  /** The item of the score poll: its number and name, as voting-service takes items (no '.', at most 200). */
  public String pollItem() {
    String item = subjectId.substring(1) + "、" + name.replace('.', '·').replace('$', '＄');
    return item.length() <= SatisfactionResult.MAX_TITLE ? item : item.substring(0, SatisfactionResult.MAX_TITLE);
  }

  ReviewedSubject withReport(ReportHearing r) {
    return new ReviewedSubject(subjectId, name, kind, unitId, unitName, superiorUnitId, superiorName, r, interviews,
        caseFiles, result, opinionId);
  }

  ReviewedSubject withInterviews(Interviews i) {
    return new ReviewedSubject(subjectId, name, kind, unitId, unitName, superiorUnitId, superiorName, report, i,
        caseFiles, result, opinionId);
  }

  ReviewedSubject withCaseFiles(CaseFileSample c) {
    return new ReviewedSubject(subjectId, name, kind, unitId, unitName, superiorUnitId, superiorName, report,
        interviews, c, result, opinionId);
  }

  ReviewedSubject withResult(SubjectResult r) {
    return new ReviewedSubject(subjectId, name, kind, unitId, unitName, superiorUnitId, superiorName, report,
        interviews, caseFiles, r, opinionId);
  }

  ReviewedSubject withOpinion(String id) {
    return new ReviewedSubject(subjectId, name, kind, unitId, unitName, superiorUnitId, superiorName, report,
        interviews, caseFiles, result, id);
  }
}
