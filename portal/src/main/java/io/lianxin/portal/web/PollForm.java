package io.lianxin.portal.web;

import io.lianxin.portal.gateway.PollRequests;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    List<String> listed = lines(deputyIds);
    PollRequests.RollOf roll = new PollRequests.RollOf(UnitForms.blankToNull(rollKind),
        "LIST".equals(rollKind) ? listed : null);
    List<String> named = lines(scrutineers);
    return new PollRequests.Draft(UnitForms.blankToNull(kind), UnitForms.blankToNull(title),
        UnitForms.blankToNull(method), lines(items), roll, secret, inPerson, isPublic,
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

  /** The service's fields, by the form's: each line's error under its textarea. */
  Map<String, String> formFields() {
    Map<String, String> fields = new HashMap<>();
    fields.put("rollOf", "roll");
    fields.put("rollOf.kind", "roll");
    fields.put("rollOf.deputyIds", "roll");
    fields.put("roll", "roll");
    for (int i = 0; i < 500; i++) {
      fields.put("items[" + i + "]", "items");
      fields.put("rollOf.deputyIds[" + i + "]", "roll");
      fields.put("scrutineers[" + i + "]", "scrutineers");
    }
    return fields;
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
