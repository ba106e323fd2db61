package io.lianxin.supervision.domain;

/**
 * Where a review opinion (审议意见) stands in the two-lists loop (两清单闭环).
 *
 * <ul>
 *   <li>{@code ISSUED} — issued to the body with its problem list (问题清单), its rectification list awaited;
 *   <li>{@code RECTIFYING} — the rectification list (整改清单) is in: measures under way;
 *   <li>{@code REPORTED} — the body reported to the chair's council (向主任会议报告);
 *   <li>{@code VOTING} — the standing committee's satisfaction vote (满意度测评) is running in voting-service;
 *   <li>{@code SECOND_DELIBERATION} — found unsatisfactory: a second round (二次审议), a new list awaited;
 *   <li>{@code ACCOUNTABILITY} — unsatisfactory again: accountability (追责问效) to be referred;
 *   <li>{@code CLOSED} — satisfied, or the referral recorded.
 * </ul>
 */
public enum OpinionStatus {
  ISSUED, RECTIFYING, REPORTED, VOTING, SECOND_DELIBERATION, ACCOUNTABILITY, CLOSED;

  /** Whether the body's rectification list is awaited. */
  public boolean awaitsList() {
    return this == ISSUED || this == SECOND_DELIBERATION;
  }
}
