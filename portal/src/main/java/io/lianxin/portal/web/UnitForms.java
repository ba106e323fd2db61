package io.lianxin.portal.web;

import io.lianxin.portal.gateway.UnitRequests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The handling unit's forms as posted — acceptance (签收), a contact with the deputy (三访记录), the reply draft
 * (拟写答复) with its commitments (承诺事项) — each with the key made when it was shown, so that a form sent twice
 * is one command.
 */
final class UnitForms {

  /** How many commitment lines the reply form offers (a page without JavaScript cannot add one). */
  static final int COMMITMENT_LINES = 3;

  private UnitForms() {}

  record Accept(String handlerName, String responsibleLeader, String requestKey) {

    static Accept empty() {
      return new Accept("", "", RequestKeys.fresh());
    }

    UnitRequests.Acceptance toRequest() {
      return new UnitRequests.Acceptance(FormValues.blankToNull(handlerName),
          FormValues.blankToNull(responsibleLeader));
    }
  }

  /** A contact: its phase (办前、办中、办后), day, mode (走访、电话、座谈、线上) and notes. */
  record Contact(String phase, String date, String mode, String notes, String requestKey) {

    static Contact empty(LocalDate today) {
      return new Contact("", today.toString(), "", "", RequestKeys.fresh());
    }

    /** The day as a date, or null when it is not one (the form then says so next to the field). */
    LocalDate day() {
      return FormValues.date(date);
    }

    UnitRequests.Contact toRequest() {
      return new UnitRequests.Contact(FormValues.blankToNull(phase), day(), FormValues.blankToNull(mode),
          FormValues.blankToNull(notes));
    }
  }

  /** A reply draft; the commitment lines left empty are not sent. */
  record Reply(String category, String text, String reason, String missingOpinionsReason,
      List<String> commitmentDescriptions, List<String> commitmentDueDates, String requestKey) {

    Reply {
      int lines = Math.max(COMMITMENT_LINES, Math.max(size(commitmentDescriptions), size(commitmentDueDates)));
      commitmentDescriptions = padded(commitmentDescriptions, lines);
      commitmentDueDates = padded(commitmentDueDates, lines);
    }

    static Reply empty() {
      return new Reply("", "", "", "", List.of(), List.of(), RequestKeys.fresh());
    }

    /** The index of the first line whose due date is not a date, or -1. */
    int unreadableDueDate() {
      for (int i = 0; i < commitmentDescriptions.size(); i++) {
        String due = commitmentDueDates.get(i);
        if (!due.isBlank() && FormValues.date(due) == null) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The service's names of the commitment fields for the form's own lines: empty lines are not sent, so the
     * service's {@code commitments[i]} is the i-th line sent, not the i-th of the form.
     */
    Map<String, String> formFieldsOfSentLines() {
      Map<String, String> fields = new HashMap<>();
      int sent = 0;
      for (int i = 0; i < commitmentDescriptions.size(); i++) {
        if (!commitmentDescriptions.get(i).isBlank() || !commitmentDueDates.get(i).isBlank()) {
          for (String part : List.of("", ".description", ".dueDate")) {
            fields.put("commitments[" + sent + "]" + part, "commitments[" + i + "]" + part);
          }
          sent++;
        }
      }
      return fields;
    }

    /** The lines with a description or a date, in the order of the form: the service numbers them so. */
    UnitRequests.ReplyDraft toRequest() {
      List<UnitRequests.CommitmentLine> lines = new ArrayList<>();
      for (int i = 0; i < commitmentDescriptions.size(); i++) {
        String description = commitmentDescriptions.get(i);
        String due = commitmentDueDates.get(i);
        if (!description.isBlank() || !due.isBlank()) {
          lines.add(new UnitRequests.CommitmentLine(FormValues.blankToNull(description), FormValues.date(due)));
        }
      }
      return new UnitRequests.ReplyDraft(FormValues.blankToNull(category), FormValues.blankToNull(text),
          FormValues.blankToNull(reason), lines.isEmpty() ? null : lines,
          FormValues.blankToNull(missingOpinionsReason));
    }

    private static int size(List<String> values) {
      return values == null ? 0 : values.size();
    }

  }

  /** The posted lines, nulls as empty, padded with empty lines to {@code size}. */
  static List<String> padded(List<String> values, int size) {
    List<String> lines = new ArrayList<>(Objects.requireNonNullElse(values, List.<String>of()).stream()
        .map(v -> v == null ? "" : v).toList());
    while (lines.size() < size) {
      lines.add("");
    }
    return List.copyOf(lines);
  }

}
