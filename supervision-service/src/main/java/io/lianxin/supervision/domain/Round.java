package io.lianxin.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One round of the loop (整改轮次): the first after issue, a second after an unsatisfactory vote
 * (二次审议). Its deadlines, the rectification list's measures, the body's report and the vote.
 *
 * @param number 1, then 2
 * @param listDueOn the rectification list is due (15 days by default)
 * @param reportDueOn the report to the chair's council is due (3 months by default)
 * @param listSubmittedOn null until the body's list is in
 * @param reportedOn null until the body reported
 * @param result the last valid satisfaction vote of this round, null before
 */
public record Round(int number, LocalDate startedOn, LocalDate listDueOn, LocalDate reportDueOn,
    LocalDate listSubmittedOn, List<Measure> measures, LocalDate reportedOn, String report, SatisfactionResult result) {

  public Round {
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(listDueOn, "listDueOn");
    Objects.requireNonNull(reportDueOn, "reportDueOn");
    measures = List.copyOf(measures);
  }

  static Round start(int number, LocalDate on, SupervisionPolicy policy) {
    return new Round(number, on, on.plus(policy.listWithin()), on.plus(policy.reportWithin()), null, List.of(), null,
        null, null);
  }

  Round withList(LocalDate on, List<Measure> list) {
    return new Round(number, startedOn, listDueOn, reportDueOn, on, list, reportedOn, report, result);
  }

  Round withMeasures(List<Measure> next) {
    return new Round(number, startedOn, listDueOn, reportDueOn, listSubmittedOn, next, reportedOn, report, result);
  }

  Round withReport(LocalDate on, String text) {
    return new Round(number, startedOn, listDueOn, reportDueOn, listSubmittedOn, measures, on, text, result);
  }

  Round withResult(SatisfactionResult vote) {
    return new Round(number, startedOn, listDueOn, reportDueOn, listSubmittedOn, measures, reportedOn, report, vote);
  }

  long measuresDone() {
    return measures.stream().filter(m -> m.status() == MeasureStatus.DONE).count();
  }
}
