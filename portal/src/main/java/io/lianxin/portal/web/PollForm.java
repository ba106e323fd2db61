package io.lianxin.portal.web;

import io.lianxin.portal.gateway.PollRequests;
import java.util.List;

/**
 * The office's form for a new poll, as posted: the items a ballot answers and a list roll one per line (the chamber's
 * lists are pasted in), the scrutineers of a secret poll one per line. Empty lines are not sent.
 */
record PollForm(String kind, String title, String method, String items, String rollKind, String deputyIds,
    boolean secret, boolean inPerson, boolean isPublic, String scrutineers, String scrutineerThreshold,
    String requestKey) {

  /** The kinds the office drafts here; a livelihood programme's poll is drafted by its programme. */
  static final List<String> KINDS = List.of("MOTION", "APPOINTMENT", "SELECTION", "SATISFACTION", "SCORE");

  static final List<String> METHODS = List.of("YES_NO_ABSTAIN", "APPROVAL", "RATING", "SCORE");

  static final List<String> ROLLS = List.of("ALL_DEPUTIES", "STANDING_COMMITTEE", "LIST");

  static PollForm empty() {
    return new PollForm("MOTION", "", "YES_NO_ABSTAIN", "", "ALL_DEPUTIES", "", true, false, true, "", "",
        RequestKeys.fresh());
  }

  PollForm withKey(String key) {
    return new PollForm(kind, title, method, items, rollKind, deputyIds, secret, inPerson, isPublic, scrutineers,
        scrutineerThreshold, key);
  }

  PollRequests.Draft toRequest() {
    List<String> listed = FormValues.lines(deputyIds);
    PollRequests.RollOf roll = new PollRequests.RollOf(FormValues.blankToNull(rollKind),
        "LIST".equals(rollKind) ? listed : null);
    List<String> named = FormValues.lines(scrutineers);
    return new PollRequests.Draft(FormValues.blankToNull(kind), FormValues.blankToNull(title),
        FormValues.blankToNull(method), FormValues.lines(items), roll, secret, inPerson, isPublic,
        secret && !named.isEmpty() ? named : null, secret ? threshold() : null);
  }

  /** The threshold as a number, or null when not given or not a number (the service then takes a majority). */
  Integer threshold() {
    try {
      return scrutineerThreshold == null || scrutineerThreshold.isBlank() ? null
          : Integer.valueOf(scrutineerThreshold.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** Whether a threshold was typed that is not a whole number: the portal's own check. */
  boolean thresholdUnreadable() {
    return scrutineerThreshold != null && !scrutineerThreshold.isBlank() && threshold() == null;
  }

  /**
   * The form's field a service's field is shown under: a line's error ({@code items[3]}, {@code scrutineers[0]})
   * under its textarea, anything of the roll ({@code rollOf.kind}, {@code rollOf.deputyIds[1]}) under the roll.
   */
  static String formField(String serviceField) {
    String field = serviceField.replaceFirst("\\[\\d+]$", "");
    return field.equals("rollOf") || field.startsWith("rollOf.") ? "roll" : field;
  }
}
