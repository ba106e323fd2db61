package io.lianxin.supervision.application;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Loaded;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.supervision.application.port.OpinionStore;
import io.lianxin.supervision.application.port.PerformanceReviewStore;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.domain.RegisteredUnit;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.ReviewSubjectKind;
import io.lianxin.supervision.domain.ReviewedSubject;
import io.lianxin.supervision.domain.SupervisionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Performance reviews (述职评议 / 两官履职评议) as the office runs them: starts a round over subjects of
 * the register, records each subject's report (听), interviews (访) and case files (查), asks for the
 * score vote (评) and issues the rectification opinions (改) that then go through the two lists. Leaders
 * and the office read all of a congress; a unit's people read the rounds that review one of their own,
 * and see only their own subjects. Another congress's round, or one not about the caller's unit, is not found.
 */
@Service
public class PerformanceReviews {

  private final PerformanceReviewStore reviews;
  private final OpinionStore opinions;
  private final RegisterCopyStore register;
  private final Leaders leaders;
  private final SupervisionPolicy policy;
  private final Clock clock;

  public PerformanceReviews(PerformanceReviewStore reviews, OpinionStore opinions, RegisterCopyStore register,
      Leaders leaders, SupervisionPolicy policy, Clock clock) {
    this.reviews = reviews;
    this.opinions = opinions;
    this.register = register;
    this.leaders = leaders;
    this.policy = policy;
    this.clock = clock;
  }

  /** A subject as the office names it: its unit and its superior body are active units of the register. */
  public record Subject(String name, ReviewSubjectKind kind, String unitId, String superiorUnitId) {}

  /** A round as the office starts it; the party committee (党委) is a unit of the register, told of the result. */
  public record Start(int year, String title, String partyCommitteeUnitId, String activityId, List<Subject> subjects) {}

  /** The rectification opinion's words; no problems given: the findings of the subject's case files. */
  public record OpinionText(String title, String text, List<String> problems, String supervisingLeaderId) {}

  public PerformanceReview start(CurrentUser staff, Start start) {
    RegisteredUnit party = activeUnit(staff, start.partyCommitteeUnitId(), "partyCommitteeUnitId");
    List<ReviewedSubject> subjects = new ArrayList<>();
    for (int i = 0; i < start.subjects().size(); i++) {
      Subject s = start.subjects().get(i);
      subjects.add(ReviewedSubject.named("S" + (i + 1), s.name(), s.kind(),
          activeUnit(staff, s.unitId(), "subjects[" + i + "].unitId"),
          activeUnit(staff, s.superiorUnitId(), "subjects[" + i + "].superiorUnitId")));
    }
    PerformanceReview review = PerformanceReview.start(staff.congressId(), UUID.randomUUID().toString(),
        new PerformanceReview.Details(start.year(), start.title(), party.unitId(), party.name(), start.activityId()),
        subjects);
    return reviews.insert(review, staff).item();
  }

  public PerformanceReview recordReport(CurrentUser staff, String reviewId, String subjectId, LocalDate heardOn,
      String summary) {
    return change(staff, reviewId, r -> r.recordReport(subjectId, new ReviewedSubject.ReportHearing(heardOn, summary)));
  }

  public PerformanceReview recordInterviews(CurrentUser staff, String reviewId, String subjectId,
      ReviewedSubject.Interviews interviews) {
    return change(staff, reviewId, r -> r.recordInterviews(subjectId, interviews));
  }

  public PerformanceReview recordCaseFiles(CurrentUser staff, String reviewId, String subjectId,
      ReviewedSubject.CaseFileSample caseFiles) {
    return change(staff, reviewId, r -> r.recordCaseFiles(subjectId, caseFiles));
  }

  /** Asks for the score vote; the electorate is the standing committee as the register copy has it now. */
  public PerformanceReview requestScoreVote(CurrentUser staff, String reviewId, Instant closesAt, boolean secret,
      List<String> scrutineers) {
    List<String> roll = register.standingCommittee(staff.congressId());
    return change(staff, reviewId, r -> r.requestScoreVote(roll, closesAt, secret, scrutineers, clock.instant()));
  }

  public PerformanceReview withdrawScoreVote(CurrentUser staff, String reviewId, String reason) {
    return change(staff, reviewId, r -> r.withdrawScoreVote(reason));
  }

  /**
   * 改: issues the rectification opinion to the unit of a subject graded 基本称职 or 不称职, under an id
   * derived from the review and the subject: a retry meets the opinion issued before and creates
   * nothing twice, then records it on the subject if the first attempt had not.
   */
  public PerformanceReview issueOpinion(CurrentUser staff, String reviewId, String subjectId, OpinionText words) {
    if (words.supervisingLeaderId() != null) {
      leaders.require(staff.congressId(), "supervisingLeaderId", words.supervisingLeaderId());
    }
    Loaded<PerformanceReview> loaded = load(staff, reviewId);
    PerformanceReview review = loaded.item();
    PerformanceReview.RectificationOpinion planned = review.rectificationOpinion(subjectId, words.problems());
    if (opinions.find(staff.congressId(), planned.opinionId()).isEmpty()) {
      ReviewedSubject s = planned.subject();
      String title = words.title() != null ? words.title()
          : "关于" + s.name() + review.details().year() + "年度述职评议的审议意见";
      ReviewOpinion opinion = ReviewOpinion.issue(staff.congressId(), planned.opinionId(),
          new ReviewOpinion.Details(title, words.text(), s.unitId(), s.unitName(), words.supervisingLeaderId(),
              review.details().activityId()), planned.problems(), today(), policy);
      try {
        opinions.insert(opinion, staff);
      } catch (OptimisticLockingFailureException issuedMeanwhile) {
        // a concurrent retry issued it: the opinion exists once
      }
    }
    if (!review.opinionIssued(subjectId, planned.opinionId())) {
      return review;
    }
    return reviews.save(loaded, staff).item();
  }

  public PerformanceReview close(CurrentUser staff, String reviewId) {
    return change(staff, reviewId, PerformanceReview::close);
  }

  public PerformanceReview review(CurrentUser caller, String reviewId) {
    return load(caller, reviewId).item();
  }

  /** The rounds the caller may see: the office and leaders all, a unit's people those reviewing one of their own. */
  public Page<PerformanceReview> list(CurrentUser caller, Integer year, int page, int size) {
    PerformanceReviewStore.Filter filter = new PerformanceReviewStore.Filter(year, unitOf(caller));
    return new Page<>(reviews.list(caller.congressId(), filter, page, size), page, size,
        reviews.count(caller.congressId(), filter));
  }

  /** A unit's people: the round if they are its party committee, a superior or a subject's unit (what each sees: {@link PerformanceReview#subjectsReadBy}); null for the office and leaders, who see every subject. */
  public static String unitOf(CurrentUser caller) {
    boolean office = caller.hasAny(Role.COMMITTEE_STAFF, Role.LEADER, Role.ADMIN);
    return !office && caller.hasAny(Role.UNIT_HANDLER, Role.UNIT_HEAD) ? String.valueOf(caller.unitId()) : null;
  }

  private PerformanceReview change(CurrentUser staff, String reviewId, Consumer<PerformanceReview> command) {
    Loaded<PerformanceReview> loaded = load(staff, reviewId);
    command.accept(loaded.item());
    return reviews.save(loaded, staff).item();
  }

  private Loaded<PerformanceReview> load(CurrentUser caller, String reviewId) {
    Loaded<PerformanceReview> loaded = reviews.find(caller.congressId(), reviewId)
        .orElseThrow(() -> new NotFoundException("performance review", reviewId));
    String unit = unitOf(caller);
    if (unit != null && !loaded.item().readerUnitIds().contains(unit)) {
      throw new NotFoundException("performance review", reviewId);
    }
    return loaded;
  }

  private RegisteredUnit activeUnit(CurrentUser staff, String unitId, String field) {
    return register.unit(staff.congressId(), unitId).filter(RegisteredUnit::active)
        .orElseThrow(() -> new RuleViolationException(field, "名册中没有这个在册单位 / not an active unit of the register: "
            + unitId));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), policy.zone());
  }
}
