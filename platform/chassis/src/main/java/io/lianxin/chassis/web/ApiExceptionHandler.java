package io.lianxin.chassis.web;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/** Every error of every service becomes RFC 9457 problem+json; nothing escapes as a bare 500. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** One invalid field: where and why. */
  public record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
        .sorted(java.util.Comparator.comparing(FieldProblem::field))
        .toList();
    ProblemDetail problem = Problems.VALIDATION.detail(errors.size() + " field(s) invalid");
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.MALFORMED.detail("the request body is not valid JSON of the expected shape");
    if (ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
      String field = bad.getPath().stream()
          .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
      problem.setProperty("errors", List.of(new FieldProblem(field, "wrong type or format")));
    }
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
    ProblemDetail problem = Problems.VALIDATION.detail("parameter '" + ex.getName() + "' has the wrong type");
    problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), "wrong type or format")));
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex) {
    List<FieldProblem> errors = ex.getConstraintViolations().stream()
        .map(v -> new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage())).toList();
    ProblemDetail problem = Problems.VALIDATION.detail(errors.size() + " parameter(s) invalid");
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
    return respond(Problems.NOT_FOUND.detail(ex.getMessage()));
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException ex) {
    ProblemDetail problem = Problems.ILLEGAL_STATE.detail(ex.getMessage());
    problem.setProperty("currentState", ex.currentState());
    return respond(problem);
  }

  @ExceptionHandler(RuleViolationException.class)
  ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
    ProblemDetail problem = Problems.RULE_VIOLATION.detail(ex.getMessage());
    if (ex.field() != null) {
      problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }
    return respond(problem);
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  ResponseEntity<ProblemDetail> forbidden(RuntimeException ex) {
    return respond(Problems.FORBIDDEN.detail(ex.getMessage()));
  }

  @ExceptionHandler(InsufficientAuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(InsufficientAuthenticationException ex) {
    return respond(Problems.UNAUTHENTICATED.detail(ex.getMessage()));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException ex) {
    return respond(Problems.CONCURRENT_CHANGE.detail(ex.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    log.error("unexpected error", ex);
    return respond(Problems.INTERNAL.detail("an unexpected error occurred; it has been logged"));
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
