package io.lianxin.suggestion.domain;

import java.time.Instant;

/**
 * What the presidium or the chair's council decided for a registered motion (议案审议决定), as the
 * committee office recorded it: placed on the agenda and handed to a special committee
 * ({@code committee}), or converted to a suggestion ({@code committee} null).
 *
 * @param decidedBy the body that decided
 * @param path on the agenda, or converted
 * @param committee the special committee that deliberates it (专门委员会), when on the agenda
 * @param note the decision's note, optional
 * @param recordedBy the staff member who recorded it
 * @param recordedAt when
 */
public record MotionDecision(MotionBody decidedBy, Path path, String committee, String note, String recordedBy,
    Instant recordedAt) {

  /** The motion's own path: on the agenda (列入议程), or converted to a suggestion (转为建议). */
  public enum Path { ON_AGENDA, CONVERTED_TO_SUGGESTION }
}
