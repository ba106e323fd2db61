package io.lianxin.portal.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error the gateway or a service answered (problem+json, RFC 9457): its status, bilingual title, detail and the
 * fields it concerns.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String title;
  private final String detail;
  private final List<FieldError> errors;
  private final String currentState;
  private final String type;

  public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
    this(status, title, detail, errors, null, null);
  }

  /**
   * With the problem's type (a URI ending in e.g. {@code idempotency-in-progress}) and the state a 409 names
   * ({@code currentState}: why the step cannot be taken now); either may be null.
   */
  public ApiProblem(int status, String title, String detail, List<FieldError> errors, String currentState,
      String type) {
    super(status + " " + title + (detail == null ? "" : ": " + detail));
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(Objects.requireNonNullElse(errors, List.of()));
    this.currentState = currentState;
    this.type = type;
  }

  /**
   * The first request with this Idempotency-Key is still being processed (a double click): not a refusal — the same
   * key sent again gets that request's answer, a new key would do the step twice.
   */
  public boolean stillProcessing() {
    return status == 409 && type != null && type.endsWith("idempotency-in-progress");
  }

  /** The state a refused step names (a 409's {@code currentState}, e.g. ALREADY_SUPPORTED), or null. */
  public String currentState() {
    return currentState;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The message for each field, keyed by the field's name in the API. */
  public Map<String, String> byField() {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
    return byField;
  }

  /** A field the service named (a JSON property, a parameter) and what is wrong with it. */
  public record FieldError(String field, String message) {}

  /** The problem document as it is read. */
  record Body(String type, Integer status, String title, String detail, List<FieldError> errors, String currentState) {}
}
