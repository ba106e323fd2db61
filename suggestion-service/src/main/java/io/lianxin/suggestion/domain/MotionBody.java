package io.lianxin.suggestion.domain;

/**
 * Who decides what becomes of a registered motion (议案的审议决定): the presidium (大会主席团) for a
 * motion of the session, the chair's council (主任会议) for one between sessions. The committee
 * office records the body's decision on its behalf.
 */
public enum MotionBody {
  /** 大会主席团, during the congress session. */
  PRESIDIUM,
  /** 主任会议, between sessions. */
  CHAIRS_COUNCIL;

  /** The body that decides a motion submitted in {@code session}. */
  public static MotionBody deciding(Session session) {
    return session == Session.SESSION ? PRESIDIUM : CHAIRS_COUNCIL;
  }
}
