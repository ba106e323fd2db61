package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ReviewOpinion;
import io.lianxin.portal.gateway.SupervisionRequests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The forms of a review opinion as posted: the office's opinion with its problem list (问题清单); the body's
 * rectification list (整改清单), a measure's progress (整改进度) and the rectification report (整改情况报告) — each
 * with the key made when it was shown, so that a form sent twice is one command.
 */
final class OpinionForms {

  private OpinionForms() {}

  /**
   * The rectification list as the page offers it: one measure line for each problem of the list, in its order (a page
   * without JavaScript cannot add lines; a measure that answers two problems is written on both lines). A line left
   * empty is not sent — the service then names the problem that has no measure.
   */
  record RectificationList(List<Integer> problemNumbers, List<String> actions, List<String> owners,
      List<String> dueOns, String requestKey) {

    RectificationList {
      problemNumbers = List.copyOf(problemNumbers);
      actions = UnitForms.padded(actions, problemNumbers.size());
      owners = UnitForms.padded(owners, problemNumbers.size());
      dueOns = UnitForms.padded(dueOns, problemNumbers.size());
    }

    static RectificationList empty(ReviewOpinion opinion) {
      return of(opinion, List.of(), List.of(), List.of(), RequestKeys.fresh());
    }

    /** The lines posted for the opinion's problems; more lines than problems are not read. */
    static RectificationList of(ReviewOpinion opinion, List<String> actions, List<String> owners, List<String> dueOns,
        String requestKey) {
      List<Integer> numbers = opinion.problems().stream().map(ReviewOpinion.Problem::number).toList();
      return new RectificationList(numbers, cut(actions, numbers.size()), cut(owners, numbers.size()),
          cut(dueOns, numbers.size()), requestKey);
    }

    RectificationList withKey(String key) {
      return new RectificationList(problemNumbers, actions, owners, dueOns, key);
    }

    private boolean sent(int line) {
      return !actions.get(line).isBlank() || !owners.get(line).isBlank() || !dueOns.get(line).isBlank();
    }

    /** The index of the first line whose due date is not a date, or -1. */
    int unreadableDueOn() {
      for (int i = 0; i < problemNumbers.size(); i++) {
        if (!dueOns.get(i).isBlank() && FormValues.date(dueOns.get(i)) == null) {
          return i;
        }
      }
      return -1;
    }

    /** The service numbers the measures it was sent; the form names its own lines: {@code measures[sent]} → line. */
    Map<String, String> formFieldsOfSentLines() {
      Map<String, String> fields = new HashMap<>();
      int sent = 0;
      for (int i = 0; i < problemNumbers.size(); i++) {
        if (sent(i)) {
          for (String part : List.of("", ".action", ".owner", ".dueOn", ".problemNumbers")) {
            fields.put("measures[" + sent + "]" + part, "measures[" + i + "]" + part);
          }
          sent++;
        }
      }
      return fields;
    }

    SupervisionRequests.RectificationList toRequest() {
      List<SupervisionRequests.MeasureLine> lines = new ArrayList<>();
      for (int i = 0; i < problemNumbers.size(); i++) {
        if (sent(i)) {
          lines.add(new SupervisionRequests.MeasureLine(List.of(problemNumbers.get(i)), FormValues.blankToNull(
              actions.get(i)), FormValues.blankToNull(owners.get(i)), FormValues.date(dueOns.get(i))));
        }
      }
      return new SupervisionRequests.RectificationList(lines);
    }
  }

  /**
   * The office's review opinion (审议意见) as posted: its problem list is a text with one problem per line (a page
   * without JavaScript cannot add fields), the empty lines left out.
   */
  record Issue(String title, String text, String bodyUnitId, String problems, String requestKey) {

    static Issue empty() {
      return new Issue("", "", "", "", RequestKeys.fresh());
    }

    Issue withKey(String key) {
      return new Issue(title, text, bodyUnitId, problems, key);
    }

    List<String> problemLines() {
      return FormValues.lines(problems);
    }

    /** Every {@code problems[i]} the service names is the form's one problems field. */
    Map<String, String> formFields() {
      Map<String, String> fields = new HashMap<>();
      for (int i = 0; i < problemLines().size(); i++) {
        fields.put("problems[" + i + "]", "problems");
      }
      return fields;
    }

    SupervisionRequests.Issue toRequest() {
      List<String> lines = problemLines();
      return new SupervisionRequests.Issue(FormValues.blankToNull(title), FormValues.blankToNull(text),
          FormValues.blankToNull(bodyUnitId), lines.isEmpty() ? null : lines);
    }
  }

  /** A measure's progress; the measure's own fields are named after it, for a page holds one form per measure. */
  record Progress(String measureId, String status, String evidence, String requestKey) {

    static Map<String, String> formFields(String measureId) {
      return Map.of("status", measureId + "-status", "evidence", measureId + "-evidence");
    }

    SupervisionRequests.MeasureProgress toRequest() {
      return new SupervisionRequests.MeasureProgress(FormValues.blankToNull(status), FormValues.blankToNull(evidence));
    }
  }

  record Report(String report, String requestKey) {

    static Report empty() {
      return new Report("", RequestKeys.fresh());
    }

    SupervisionRequests.Report toRequest() {
      return new SupervisionRequests.Report(FormValues.blankToNull(report));
    }
  }

  private static List<String> cut(List<String> values, int size) {
    List<String> given = Objects.requireNonNullElse(values, List.of());
    return given.size() > size ? given.subList(0, size) : given;
  }
}
