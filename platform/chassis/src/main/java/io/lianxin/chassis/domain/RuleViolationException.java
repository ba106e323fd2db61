package io.lianxin.chassis.domain;

/** Well-formed input that breaks a domain rule (→ 422, naming the field when there is one). */
public class RuleViolationException extends RuntimeException {
  private final String field;

  public RuleViolationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
