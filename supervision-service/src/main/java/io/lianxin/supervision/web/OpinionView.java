package io.lianxin.supervision.web;

import io.lianxin.supervision.domain.Accountability;
import io.lianxin.supervision.domain.Measure;
import io.lianxin.supervision.domain.MeasureStatus;
import io.lianxin.supervision.domain.OpinionOutcome;
import io.lianxin.supervision.domain.OpinionStatus;
import io.lianxin.supervision.domain.Reinspection;
import io.lianxin.supervision.domain.ReviewOpinion;
import io.lianxin.supervision.domain.Round;
import io.lianxin.supervision.domain.SatisfactionResult;
import java.time.LocalDate;
import java.util.List;

/**
 * A review opinion as its readers see it: the problem list with each problem's progress, every
 * round with its rectification list, report and vote, re-inspections and the referral.
 */
public record OpinionView(String opinionId, String congressId, String title, String text, String bodyUnitId,
    String bodyName, String supervisingLeaderId, String activityId, OpinionStatus status, OpinionOutcome outcome,
    LocalDate issuedOn, boolean published, List<ProblemView> problems, Progress progress, List<RoundView> rounds,
    List<Reinspection> reinspections, Accountability accountability) {

  /** A problem of the list with the current round's measures for it: done of all. */
  public record ProblemView(int number, String description, long measuresDone, long measuresTotal) {}

  public record Progress(long measuresDone, long measuresTotal) {}

  public record MeasureView(String measureId, List<Integer> problemNumbers, String action, String owner,
      LocalDate dueOn, MeasureStatus status, String evidence, LocalDate doneOn) {
    static MeasureView of(Measure m) {
      return new MeasureView(m.measureId(), m.problemNumbers(), m.action(), m.owner(), m.dueOn(), m.status(),
          m.evidence(), m.doneOn());
    }
  }

  /** The satisfaction vote of a round: favourable (satisfied + basically satisfied) of the valid votes. */
  public record VoteView(String pollId, long favourable, long base) {
    static VoteView of(SatisfactionResult r) {
      return r == null ? null : new VoteView(r.pollId(), r.favourable(), r.base());
    }
  }

  public record RoundView(int number, LocalDate startedOn, LocalDate listDueOn, LocalDate reportDueOn,
      LocalDate listSubmittedOn, List<MeasureView> measures, LocalDate reportedOn, String report, VoteView vote) {
    static RoundView of(Round r) {
      return new RoundView(r.number(), r.startedOn(), r.listDueOn(), r.reportDueOn(), r.listSubmittedOn(),
          r.measures().stream().map(MeasureView::of).toList(), r.reportedOn(), r.report(), VoteView.of(r.result()));
    }
  }

  /** As anyone sees it: the supervising leader's sign-in id is not shown. */
  static OpinionView published(ReviewOpinion o) {
    OpinionView v = of(o);
    return new OpinionView(v.opinionId(), v.congressId(), v.title(), v.text(), v.bodyUnitId(), v.bodyName(), null,
        v.activityId(), v.status(), v.outcome(), v.issuedOn(), v.published(), v.problems(), v.progress(), v.rounds(),
        v.reinspections(), v.accountability());
  }

  static OpinionView of(ReviewOpinion o) {
    ReviewOpinion.Progress progress = o.progress();
    return new OpinionView(o.opinionId(), o.congressId(), o.details().title(), o.details().text(),
        o.details().bodyUnitId(), o.details().bodyName(), o.details().supervisingLeaderId(), o.details().activityId(),
        o.status(), o.outcome(), o.issuedOn(), o.published(),
        o.problems().stream().map(p -> {
          ReviewOpinion.Progress of = o.progressOf(p.number());
          return new ProblemView(p.number(), p.description(), of.done(), of.total());
        }).toList(),
        new Progress(progress.done(), progress.total()), o.rounds().stream().map(RoundView::of).toList(),
        o.reinspections(), o.accountability());
  }
}
