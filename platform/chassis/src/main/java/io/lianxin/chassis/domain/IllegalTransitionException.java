package io.lianxin.chassis.domain;

/** A command not allowed in the aggregate's current state (→ 409 with the current state). */
public class IllegalTransitionException extends RuntimeException {
  private final String currentState;

  public IllegalTransitionException(String action, String currentState) {
    super("cannot " + action + " in state " + currentState);
    this.currentState = currentState;
  }

  public String currentState() {
    return currentState;
  }
}
