package io.lianxin.supervision.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.web.Ids;
import io.lianxin.supervision.application.Page;
import io.lianxin.supervision.application.PerformanceReviews;
import io.lianxin.supervision.domain.PerformanceReview;
import io.lianxin.supervision.domain.ReviewSubjectKind;
import io.lianxin.supervision.domain.ReviewedSubject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "performance-reviews", description = "述职评议 / 两官评议: performance reviews of department heads, judges, prosecutors, the police and street units — 听 访 查 评 改")
public class PerformanceReviewController {

  static final String REVIEW_ID = "^[0-9a-f-]{36}$";
  static final String SUBJECT_ID = "^S[0-9]{1,3}$";
  static final String BASE = "/api/v1/performance-reviews";

  private final PerformanceReviews reviews;

  public PerformanceReviewController(PerformanceReviews reviews) {
    this.reviews = reviews;
  }

  /** A subject: the person or unit reviewed, its kind, its unit of the register and its superior body (a unit too). */
  public record SubjectRequest(
      @NotBlank @Size(max = 100) @Schema(example = "县人民法院 王某某法官") String name,
      @NotNull ReviewSubjectKind kind,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-court") String unitId,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(example = "U-qingshan-intermediate-court") String superiorUnitId) {}

  /** A round over its subjects, numbered S1, S2, … in this order. */
  public record StartRequest(
      @NotNull @Min(2000) @Max(2100) Integer year,
      @NotBlank @Size(max = 150) @Schema(example = "两官履职评议") String title,
      @NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(description = "the party committee (党委), a unit of the register told of the result", example = "U-qingshan-party-committee") String partyCommitteeUnitId,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String activityId,
      @NotEmpty @Size(max = 100) List<@NotNull @Valid SubjectRequest> subjects) {}

  /** 听: the subject's report heard. */
  public record ReportRequest(@NotNull LocalDate heardOn, @NotBlank @Size(max = 20_000) String summary) {}

  /** 访: interviews (走访座谈) and comment forms (征求意见表) counted, and what they said. */
  public record InterviewsRequest(@NotNull @Min(0) @Max(100_000) Integer interviews,
      @NotNull @Min(0) @Max(100_000) Integer commentForms, @NotBlank @Size(max = 20_000) String summary) {}

  /** 查: case files sampled (案卷评查) and what was found. */
  public record CaseFilesRequest(@NotNull @Min(0) @Max(100_000) Integer sampled,
      @NotNull @Size(max = 100) List<@NotBlank @Size(max = 1000) String> findings) {}

  /** The score vote asked of voting-service: when it closes, secret or not (default secret), its scrutineers. */
  public record ScoreVoteRequest(
      @NotNull @Future @Schema(example = "2027-12-20T09:00:00Z") Instant closesAt,
      Boolean secret,
      @Size(max = 15) List<@NotNull @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) String> scrutineers) {}

  public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}

  /** 改: the rectification opinion to the subject's unit; no problems: the findings of its case files. */
  public record OpinionRequest(
      @Size(max = 200) String title,
      @NotBlank @Size(max = 20_000) @Schema(example = "常委会评议认为……") String text,
      @Size(max = 100) List<@NotBlank @Size(max = 1000) String> problems,
      @Size(max = Ids.MAX) @Pattern(regexp = Ids.PATTERN) @Schema(description = "the supervising leader (分管领导), a member of the chair's council in the register by deputy id", example = "D-qingshan-004") String supervisingLeaderId) {}

  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Start a performance review round over its subjects (启动述职评议); units and superiors are units of the register")
  public PerformanceReviewView startReview(CurrentUser staff, @Valid @RequestBody StartRequest request) {
    return view(staff, reviews.start(staff, new PerformanceReviews.Start(request.year(), request.title(),
        request.partyCommitteeUnitId(), request.activityId(), request.subjects().stream()
        .map(s -> new PerformanceReviews.Subject(s.name(), s.kind(), s.unitId(), s.superiorUnitId())).toList())));
  }

  @GetMapping(BASE)
  @Operation(summary = "The performance reviews the caller may see, newest year first: the office and leaders all, a unit's people those reviewing one of their own")
  public Page<PerformanceReviewView> listReviews(CurrentUser caller,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    Page<PerformanceReview> found = reviews.list(caller, year, page, size);
    return new Page<>(found.items().stream().map(r -> view(caller, r)).toList(), found.page(), found.size(),
        found.total());
  }

  @GetMapping(BASE + "/{reviewId}")
  @Operation(summary = "One performance review with each subject's steps and, once rated, the ranking, grades, talks, commendations and opinions")
  public PerformanceReviewView getReview(CurrentUser caller, @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId) {
    return view(caller, reviews.review(caller, reviewId));
  }

  @PostMapping(BASE + "/{reviewId}/subjects/{subjectId}/report")
  @Operation(summary = "听: record that the subject's report was heard (听取述职报告)")
  public PerformanceReviewView recordReport(CurrentUser staff, @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId,
      @PathVariable @Pattern(regexp = SUBJECT_ID) String subjectId, @Valid @RequestBody ReportRequest request) {
    return view(staff, reviews.recordReport(staff, reviewId, subjectId, request.heardOn(), request.summary()));
  }

  @PostMapping(BASE + "/{reviewId}/subjects/{subjectId}/interviews")
  @Operation(summary = "访: record the interviews and comment forms on the subject (走访座谈、征求意见)")
  public PerformanceReviewView recordInterviews(CurrentUser staff,
      @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId,
      @PathVariable @Pattern(regexp = SUBJECT_ID) String subjectId, @Valid @RequestBody InterviewsRequest request) {
    return view(staff, reviews.recordInterviews(staff, reviewId, subjectId,
        new ReviewedSubject.Interviews(request.interviews(), request.commentForms(), request.summary())));
  }

  @PostMapping(BASE + "/{reviewId}/subjects/{subjectId}/case-files")
  @Operation(summary = "查: record the case files sampled and the findings (案卷评查)")
  public PerformanceReviewView recordCaseFiles(CurrentUser staff,
      @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId,
      @PathVariable @Pattern(regexp = SUBJECT_ID) String subjectId, @Valid @RequestBody CaseFilesRequest request) {
    return view(staff, reviews.recordCaseFiles(staff, reviewId, subjectId,
        new ReviewedSubject.CaseFileSample(request.sampled(), request.findings())));
  }

  @PostMapping(BASE + "/{reviewId}/score-vote")
  @Operation(summary = "评: ask voting-service for the standing committee's score vote, one item per subject (测评打分); every report must have been heard")
  public PerformanceReviewView requestScoreVote(CurrentUser staff,
      @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId, @Valid @RequestBody ScoreVoteRequest request) {
    return view(staff, reviews.requestScoreVote(staff, reviewId, request.closesAt(),
        !Boolean.FALSE.equals(request.secret()), request.scrutineers() == null ? List.of() : request.scrutineers()));
  }

  @PostMapping(BASE + "/{reviewId}/score-vote/withdrawal")
  @Operation(summary = "Withdraw the score vote asked for (cancelled in voting-service, or never opened); a later result of it changes nothing")
  public PerformanceReviewView withdrawScoreVote(CurrentUser staff,
      @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId, @Valid @RequestBody ReasonRequest request) {
    return view(staff, reviews.withdrawScoreVote(staff, reviewId, request.reason()));
  }

  @PostMapping(BASE + "/{reviewId}/subjects/{subjectId}/opinion")
  @Operation(summary = "改: issue the review opinion to the unit of a judge or prosecutor graded 基本称职 or 不称职; it goes on through the two lists; issuing again creates nothing twice")
  public PerformanceReviewView issueRectificationOpinion(CurrentUser staff,
      @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId,
      @PathVariable @Pattern(regexp = SUBJECT_ID) String subjectId, @Valid @RequestBody OpinionRequest request) {
    return view(staff, reviews.issueOpinion(staff, reviewId, subjectId, new PerformanceReviews.OpinionText(
        request.title(), request.text(), request.problems() == null ? List.of() : request.problems(),
        request.supervisingLeaderId())));
  }

  @PostMapping(BASE + "/{reviewId}/closure")
  @Operation(summary = "Close the rated review once every subject that needs a rectification opinion has one (评议办结)")
  public PerformanceReviewView closeReview(CurrentUser staff, @PathVariable @Pattern(regexp = REVIEW_ID) String reviewId) {
    return view(staff, reviews.close(staff, reviewId));
  }

  private static PerformanceReviewView view(CurrentUser caller, PerformanceReview review) {
    return PerformanceReviewView.of(review, PerformanceReviews.unitOf(caller));
  }
}
