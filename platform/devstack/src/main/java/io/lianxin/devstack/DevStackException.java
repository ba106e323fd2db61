package io.lianxin.devstack;

/** A reason the devstack cannot start or go on, in one sentence that says what to do. */
final class DevStackException extends RuntimeException {

  DevStackException(String message) {
    super(message);
  }

  DevStackException(String message, Throwable cause) {
    super(message, cause);
  }
}
