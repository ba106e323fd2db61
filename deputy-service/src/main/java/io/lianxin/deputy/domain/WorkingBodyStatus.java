package io.lianxin.deputy.domain;

/** Whether a working body (工委) is in place or was dissolved (撤销). */
public enum WorkingBodyStatus {
  ACTIVE,
  DISSOLVED
}
