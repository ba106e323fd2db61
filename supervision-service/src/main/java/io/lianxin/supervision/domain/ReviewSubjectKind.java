package io.lianxin.supervision.domain;

/**
 * Who a performance review (述职评议) reviews: a government department's head (部门负责人), a judge
 * (法官) or a prosecutor (检察官) — the two officers (两官), graded by score bands — the police (公安),
 * or a street unit (街道).
 */
public enum ReviewSubjectKind {
  DEPARTMENT_HEAD,
  JUDGE,
  PROSECUTOR,
  POLICE,
  STREET_UNIT;

  /** Judges and prosecutors (两官) are graded 优秀 / 称职 / 基本称职 / 不称职. */
  public boolean graded() {
    return this == JUDGE || this == PROSECUTOR;
  }
}
