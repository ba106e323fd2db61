package io.lianxin.chassis.domain;

/** The caller's role does not allow this command at all (→ 403). */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
