package io.lianxin.supervision.domain;

/**
 * Where an oversight activity stands: planned (列入计划), in preparation (准备: deputies allocated, lead
 * speakers named), held (召开/开展), its review opinion issued (形成审议意见), closed (办结), or cancelled
 * with a reason from any open state.
 */
public enum ActivityStatus {
  PLANNED, PREPARING, HELD, OPINION_ISSUED, CLOSED, CANCELLED;

  public boolean open() {
    return this != CLOSED && this != CANCELLED;
  }
}
