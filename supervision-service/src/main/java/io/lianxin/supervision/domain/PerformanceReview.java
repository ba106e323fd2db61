package io.lianxin.supervision.domain;

import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A performance review round (述职评议 / 两官履职评议) of a congress's standing committee over several
 * subjects — department heads, judges, prosecutors, the police, street units — run by the office
 * through 听 (each subject's report heard), 访 (interviews and comment forms), 查 (case files sampled
 * with findings), 评 (one score poll in voting-service, an item per subject, the standing committee
 * scoring) and 改 (a review opinion to the unit of each judge or prosecutor graded 基本称职 or 不称职,
 * which then runs through the two lists). The result ranks the subjects by average score (ties share
 * a place), flags the last places for a talk (后三名约谈), grades judges and prosecutors by score bands
 * and proposes a commendation for each 优秀; the party committee and each subject's superior are told.
 */
public final class PerformanceReview {

  /** What the round is: its year and title, the party committee told of the result, the plan's activity if any. */
  public record Details(int year, String title, String partyCommitteeUnitId, String partyCommitteeName,
      String activityId) {
    public Details {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(partyCommitteeUnitId, "partyCommitteeUnitId");
    }
  }

  /** The state as stored, for {@link #restore}. */
  public record State(PerformanceReviewStatus status, List<ReviewedSubject> subjects, String pendingVoteRequestId,
      int voteRequests, String pollId) {}

  /** The opinion the office issues to a subject's unit (改): its id derived from the review and subject, its problems. */
  public record RectificationOpinion(String opinionId, ReviewedSubject subject, List<String> problems) {}

  private final String congressId;
  private final String reviewId;
  private final Details details;
  private PerformanceReviewStatus status;
  private final List<ReviewedSubject> subjects;
  private VoteRequests votes;
  private String pollId;
  private final List<SupervisionEvent> events = new ArrayList<>();

  private PerformanceReview(String congressId, String reviewId, Details details, State state) {
    this.congressId = Objects.requireNonNull(congressId, "congressId");
    this.reviewId = Objects.requireNonNull(reviewId, "reviewId");
    this.details = Objects.requireNonNull(details, "details");
    this.status = state.status();
    this.subjects = new ArrayList<>(state.subjects());
    this.votes = new VoteRequests(state.pendingVoteRequestId(), state.voteRequests());
    this.pollId = state.pollId();
  }

  /** Starts a round over its subjects (启动述职评议), numbered S1, S2, … in the order given; at least one. */
  public static PerformanceReview start(String congressId, String reviewId, Details details,
      List<ReviewedSubject> subjects) {
    if (subjects.isEmpty()) {
      throw new RuleViolationException("subjects", "评议对象不能为空 / a review needs at least one subject");
    }
    PerformanceReview review = new PerformanceReview(congressId, reviewId, details,
        new State(PerformanceReviewStatus.IN_PROGRESS, subjects, null, 0, null));
    review.events.add(new SupervisionEvent.PerformanceReviewStarted(subjects.size()));
    return review;
  }

  public static PerformanceReview restore(String congressId, String reviewId, Details details, State state) {
    return new PerformanceReview(congressId, reviewId, details, state);
  }

  /** 听: the subject's report heard; recorded again it is corrected. */
  public void recordReport(String subjectId, ReviewedSubject.ReportHearing report) {
    record(subjectId, ReviewStep.REPORT_HEARD, s -> s.withReport(report));
  }

  /** 访: interviews and comment forms. */
  public void recordInterviews(String subjectId, ReviewedSubject.Interviews interviews) {
    record(subjectId, ReviewStep.INTERVIEWS_RECORDED, s -> s.withInterviews(interviews));
  }

  /** 查: case files sampled with their findings. */
  public void recordCaseFiles(String subjectId, ReviewedSubject.CaseFileSample caseFiles) {
    record(subjectId, ReviewStep.CASE_FILES_SAMPLED, s -> s.withCaseFiles(caseFiles));
  }

  private void record(String subjectId, ReviewStep step, UnaryOperator<ReviewedSubject> change) {
    requireStatus("record " + step, status == PerformanceReviewStatus.IN_PROGRESS);
    ReviewedSubject subject = subject(subjectId);
    subjects.set(subjects.indexOf(subject), change.apply(subject));
    events.add(new SupervisionEvent.PerformanceReviewStepRecorded(subjectId, subject.name(), step, null));
  }

  /**
   * 评: asks voting-service for the score poll — one item per subject, the standing committee from the
   * register scoring 0 to 100 — once every subject's report has been heard.
   *
   * @return the request id the result will carry
   */
  public String requestScoreVote(List<String> roll, Instant closesAt, boolean secret, List<String> scrutineers,
      Instant now) {
    requireStatus("request the score vote", status == PerformanceReviewStatus.IN_PROGRESS);
    List<String> notHeard = subjects.stream().filter(s -> s.report() == null).map(ReviewedSubject::subjectId).toList();
    if (!notHeard.isEmpty()) {
      throw new RuleViolationException("subjects", "这些评议对象尚未述职 / reports not yet heard: "
          + String.join(", ", notHeard));
    }
    SatisfactionResult.requireScrutineersOnlyWhenSecret(secret, scrutineers);
    if (roll.isEmpty()) {
      throw new RuleViolationException("roll", "名册中没有常委会组成人员 / the register has no standing committee members");
    }
    votes = votes.ask("review:" + reviewId + ":", closesAt, now);
    status = PerformanceReviewStatus.VOTING;
    events.add(new SupervisionEvent.ScoreVoteRequested(votes.awaited(), congressId,
        SatisfactionResult.title(details.year() + "年度" + details.title() + "测评", details.year() + "年度述职评议测评"),
        "PERFORMANCE_REVIEW", reviewId, subjects.stream().map(ReviewedSubject::pollItem).toList(), roll, closesAt,
        secret, false, scrutineers));
    return votes.awaited();
  }

  /**
   * The score vote's result read back by its request id: ranked, the last places flagged for a talk,
   * judges and prosecutors graded; a vote without quorum decides nothing and a new one may be asked.
   * A result this review is not waiting for (delivered again, of an older request) changes nothing.
   *
   * @return whether the review changed
   */
  public boolean recordScores(ScoreResult result, PerformanceReviewPolicy policy) {
    if (status != PerformanceReviewStatus.VOTING || !votes.awaits(result.requestId())) {
      return false;
    }
    if (!result.valid()) {
      dropVote("表决无效（未达法定人数） / the vote is void (no quorum)");
      return true;
    }
    Map<String, ScoreResult.ItemScore> byItem = new HashMap<>();
    result.items().forEach(i -> byItem.put(i.item(), i));
    List<ScoreRanking.Scored> scored = new ArrayList<>();
    for (ReviewedSubject s : subjects) {
      ScoreResult.ItemScore score = byItem.get(s.pollItem());
      if (score == null) {
        throw new IllegalArgumentException("the result of " + result.requestId() + " does not score " + s.pollItem());
      }
      scored.add(new ScoreRanking.Scored(s.subjectId(), score.averageScore()));
    }
    // a subject nobody scored has no average (voting publishes 0): ranking or grading it would say it failed
    List<String> unscored = subjects.stream().filter(s -> byItem.get(s.pollItem()).scored() == 0)
        .map(ReviewedSubject::subjectId).toList();
    if (!unscored.isEmpty()) {
      dropVote("无人评分的评议对象 / subjects nobody scored: " + String.join(", ", unscored));
      return true;
    }
    List<SupervisionEvent.RatedSubject> rated = new ArrayList<>();
    for (ScoreRanking.Placed p : ScoreRanking.rank(scored, policy.talkCount())) {
      ReviewedSubject s = subject(p.subjectId());
      CompetenceGrade grade = s.kind().graded() ? policy.grade(p.averageScore()) : null;
      ReviewedSubject.SubjectResult r = new ReviewedSubject.SubjectResult(p.averageScore(),
          byItem.get(s.pollItem()).scored(), p.rank(), p.tied(), grade, p.talk());
      subjects.set(subjects.indexOf(s), s.withResult(r));
      rated.add(new SupervisionEvent.RatedSubject(s.subjectId(), s.name(), s.kind(), s.unitId(), s.superiorUnitId(),
          r.averageScore(), r.rank(), r.tied(), grade, r.talk()));
    }
    votes = votes.ended();
    pollId = result.pollId();
    status = PerformanceReviewStatus.RATED;
    events.add(new SupervisionEvent.PerformanceReviewRated(result.requestId(), result.pollId(), rated,
        idsOf(rated, SupervisionEvent.RatedSubject::talk),
        idsOf(rated, r -> r.grade() == CompetenceGrade.EXCELLENT),
        idsOf(rated, r -> r.grade() != null && r.grade().needsRectification())));
    return true;
  }

  /** Staff withdraw a score vote that will not come back; a later result of it changes nothing. */
  public void withdrawScoreVote(String reason) {
    requireStatus("withdraw the score vote", status == PerformanceReviewStatus.VOTING);
    dropVote(reason);
  }

  /**
   * voting-service cancelled the poll of the score vote this review waits for (取消表决): void with voting's
   * reason ({@code score-vote-void}), and staff may ask anew; any other request changes nothing.
   *
   * @return whether the review changed
   */
  public boolean voteCancelled(String requestId, String reason) {
    if (status != PerformanceReviewStatus.VOTING || !votes.awaits(requestId)) {
      return false;
    }
    // voting's reason once (it may be 1,000 characters; the event's reason holds 2,000)
    dropVote("表决已在表决服务中取消 / the poll was cancelled in voting-service: " + reason);
    return true;
  }

  private void dropVote(String reason) {
    String dropped = votes.awaited();
    votes = votes.ended();
    status = PerformanceReviewStatus.IN_PROGRESS;
    events.add(new SupervisionEvent.ScoreVoteVoid(dropped, reason));
  }

  /**
   * 改: the rectification opinion for a judge or prosecutor graded 基本称职 or 不称职 — its id derived from
   * this review and the subject, so a retry meets the opinion already issued; its problems those given,
   * else the findings of the subject's case files.
   */
  public RectificationOpinion rectificationOpinion(String subjectId, List<String> problems) {
    requireStatus("issue a rectification opinion", status == PerformanceReviewStatus.RATED);
    ReviewedSubject s = subject(subjectId);
    if (s.result() == null || !s.result().needsRectification()) {
      throw new RuleViolationException("subjectId", "只有基本称职、不称职的评议对象需要整改意见 / only a subject graded "
          + "basically competent or incompetent gets a rectification opinion: " + subjectId);
    }
    List<String> listed = !problems.isEmpty() ? problems
        : s.caseFiles() == null ? List.of() : s.caseFiles().findings();
    if (listed.isEmpty()) {
      throw new RuleViolationException("problems", "请列出问题（案卷评查没有发现问题） / name the problems (the case files"
          + " sampled found none)");
    }
    String id = UUID.nameUUIDFromBytes(("performance-review-opinion\0" + congressId + "\0" + reviewId + "\0" + subjectId)
        .getBytes(StandardCharsets.UTF_8)).toString();
    return new RectificationOpinion(id, s, listed);
  }

  /**
   * The rectification opinion issued to the subject's unit is recorded on the subject; recorded before, nothing changes.
   *
   * @return whether the review changed
   */
  public boolean opinionIssued(String subjectId, String opinionId) {
    ReviewedSubject s = subject(subjectId);
    if (opinionId.equals(s.opinionId())) {
      return false;
    }
    subjects.set(subjects.indexOf(s), s.withOpinion(opinionId));
    events.add(new SupervisionEvent.PerformanceReviewStepRecorded(subjectId, s.name(),
        ReviewStep.RECTIFICATION_OPINION_ISSUED, opinionId));
    return true;
  }

  /** Closes the rated round once every subject that needs a rectification opinion has one (评议办结). */
  public void close() {
    requireStatus("close the review", status == PerformanceReviewStatus.RATED);
    List<String> missing = subjects.stream().filter(s -> s.result().needsRectification() && s.opinionId() == null)
        .map(ReviewedSubject::subjectId).toList();
    if (!missing.isEmpty()) {
      throw new RuleViolationException("subjects", "这些评议对象尚未交办整改意见 / rectification opinions not yet issued: "
          + String.join(", ", missing));
    }
    status = PerformanceReviewStatus.CLOSED;
    events.add(new SupervisionEvent.PerformanceReviewClosed(
        (int) subjects.stream().filter(s -> s.result().talk()).count(),
        (int) subjects.stream().filter(s -> s.result().commendationProposed()).count(),
        (int) subjects.stream().filter(s -> s.opinionId() != null).count()));
  }

  private static List<String> idsOf(List<SupervisionEvent.RatedSubject> rated,
      java.util.function.Predicate<SupervisionEvent.RatedSubject> which) {
    return rated.stream().filter(which).map(SupervisionEvent.RatedSubject::subjectId).toList();
  }

  private ReviewedSubject subject(String subjectId) {
    return subjects.stream().filter(s -> s.subjectId().equals(subjectId)).findFirst()
        .orElseThrow(() -> new NotFoundException("subject", subjectId));
  }

  private void requireStatus(String action, boolean allowed) {
    if (!allowed) {
      throw new IllegalTransitionException(action, status.name());
    }
  }

  public List<SupervisionEvent> takeEvents() {
    List<SupervisionEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  public String congressId() {
    return congressId;
  }

  public String reviewId() {
    return reviewId;
  }

  public Details details() {
    return details;
  }

  public PerformanceReviewStatus status() {
    return status;
  }

  /** The subjects in the order named (S1 first). */
  public List<ReviewedSubject> subjects() {
    return List.copyOf(subjects);
  }

  public String pendingVoteRequestId() {
    return votes.awaited();
  }

  public int voteRequests() {
    return votes.asked();
  }

  public String pollId() {
    return pollId;
  }

  /** The units of the register whose subjects are reviewed (they read their own). */
  public List<String> subjectUnitIds() {
    return subjects.stream().map(ReviewedSubject::unitId).distinct().toList();
  }

  /** The subjects' superior bodies (told of the result). */
  public List<String> superiorUnitIds() {
    return subjects.stream().map(ReviewedSubject::superiorUnitId).distinct().toList();
  }

  /**
   * The units whose people read the round (评议结果通报): the party committee (all of it), each subject's superior body
   * and each subject's own unit (their subjects, {@link #subjectsReadBy}).
   */
  public List<String> readerUnitIds() {
    java.util.Set<String> readers = new java.util.LinkedHashSet<>(subjectUnitIds());
    readers.addAll(superiorUnitIds());
    readers.add(details.partyCommitteeUnitId());
    return List.copyOf(readers);
  }

  /** What a unit's people see: the party committee every subject, a superior its subordinates, a unit its own. */
  public List<ReviewedSubject> subjectsReadBy(String unitId) {
    if (details.partyCommitteeUnitId().equals(unitId)) {
      return subjects();
    }
    return subjects.stream().filter(s -> unitId.equals(s.unitId()) || unitId.equals(s.superiorUnitId())).toList();
  }
}
