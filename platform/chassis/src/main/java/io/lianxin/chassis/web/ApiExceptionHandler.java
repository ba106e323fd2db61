package io.lianxin.chassis.web;

import io.lianxin.chassis.domain.ForbiddenException;
import io.lianxin.chassis.domain.IllegalTransitionException;
import io.lianxin.chassis.domain.NotFoundException;
import io.lianxin.chassis.domain.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every service becomes RFC 9457 problem+json with a stable {@code type}, a
 * bilingual {@code title}, {@code status}, {@code detail} and {@code instance} (the path), and for
 * bad input the fields concerned; nothing escapes as a bare 500. Spring MVC's own errors (405,
 * 406, 415, a missing parameter, an unknown path) are rewritten in the same shape.
 */
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
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return fieldProblems(errors, "field(s) invalid", request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // A body's fields by their names; a parameter (query, header, path) by its own name.
    List<FieldProblem> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result instanceof ParameterErrors body
            ? body.getFieldErrors().stream().map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
            : result.getResolvableErrors().stream().map(error -> new FieldProblem(parameterName(result),
                error.getDefaultMessage())))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
    return fieldProblems(errors, "parameter(s) invalid", request);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return fieldProblems(List.of(new FieldProblem(ex.getParameterName(), "is required")), "parameter(s) missing",
        request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() != null ? ex.getPropertyName()
        : ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : "parameter";
    return fieldProblems(List.of(new FieldProblem(name, expected(ex.getRequiredType()))), "parameter(s) invalid",
        request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.MALFORMED.detail("the request body is not valid JSON of the expected shape");
    if (ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
      String field = bad.getPath().stream()
          .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
      String why = why(bad);
      problem.setDetail("field '" + field + "' " + why);
      problem.setProperty("errors", List.of(new FieldProblem(field, why)));
    } else if (ex.getCause() instanceof StrictJson.BadValue bad) {
      problem.setDetail("the body " + bad.getOriginalMessage());
    }
    return respond(problem, request);
  }

  /** What is wrong with a value, in words a caller can act on (Jackson's own say "coercion"). */
  private static String why(DatabindException bad) {
    if (bad instanceof StrictJson.BadValue) {
      return bad.getOriginalMessage();
    }
    if (bad instanceof UnrecognizedPropertyException unknown) {
      return "is not a field of this request; the fields are " + unknown.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().toList();
    }
    if (bad instanceof InvalidNullException) {
      return "must not be null";
    }
    if (bad instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return expected(mismatch.getTargetType());
    }
    return "has the wrong type or format";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "has the wrong type or format";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      return "must be a whole number (without a fraction, in range)";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "must be a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "must be true or false";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a list";
    }
    if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "must be an object";
    }
    return "has the wrong type or format";
  }

  /** Spring MVC's other errors (405, 406, 415, 404 for an unknown path, …) in the same shape. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    int status = statusCode.value();
    Problems type = Problems.forStatus(status);
    String detail;
    if (ex instanceof HttpRequestMethodNotSupportedException m) {
      detail = m.getMethod() + " is not supported here; use "
          + (m.getSupportedHttpMethods() == null ? "another method" : m.getSupportedHttpMethods());
    } else if (ex instanceof HttpMediaTypeNotSupportedException m) {
      detail = "the body must be sent as " + m.getSupportedMediaTypes();
    } else if (ex instanceof HttpMediaTypeNotAcceptableException m) {
      detail = "this answers only " + m.getSupportedMediaTypes();
    } else if (ex instanceof NoResourceFoundException m) {
      detail = "there is nothing at /" + m.getResourcePath();
    } else if (ex instanceof MissingRequestHeaderException m) {
      detail = "the header " + m.getHeaderName() + " is required";
    } else {
      detail = body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : type.status().getReasonPhrase();
    }
    ProblemDetail problem = type.detail(detail);
    problem.setStatus(status);
    if (ex instanceof MissingRequestHeaderException m) {
      problem.setProperty("errors", List.of(new FieldProblem(m.getHeaderName(), "is required")));
    }
    problem.setInstance(instance(request));
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(status).headers(headers).body(problem);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraint(ConstraintViolationException ex, WebRequest request) {
    List<FieldProblem> errors = ex.getConstraintViolations().stream()
        .map(v -> new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field)).toList();
    return fieldProblems(errors, "parameter(s) invalid", request);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
    return respond(Problems.NOT_FOUND.detail(ex.getMessage()), request);
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<Object> illegalTransition(IllegalTransitionException ex, WebRequest request) {
    ProblemDetail problem = Problems.ILLEGAL_STATE.detail(ex.getMessage());
    problem.setProperty("currentState", ex.currentState());
    return respond(problem, request);
  }

  @ExceptionHandler(RuleViolationException.class)
  ResponseEntity<Object> ruleViolation(RuleViolationException ex, WebRequest request) {
    ProblemDetail problem = Problems.RULE_VIOLATION.detail(ex.getMessage());
    if (ex.field() != null) {
      problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }
    return respond(problem, request);
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  ResponseEntity<Object> forbidden(RuntimeException ex, WebRequest request) {
    return respond(Problems.FORBIDDEN.detail(ex.getMessage()), request);
  }

  @ExceptionHandler(InsufficientAuthenticationException.class)
  ResponseEntity<Object> unauthenticated(InsufficientAuthenticationException ex, WebRequest request) {
    return respond(Problems.UNAUTHENTICATED.detail(ex.getMessage()), request);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<Object> concurrent(OptimisticLockingFailureException ex, WebRequest request) {
    return respond(Problems.CONCURRENT_CHANGE.detail(ex.getMessage()), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
    log.error("unexpected error", ex);
    return respond(Problems.INTERNAL.detail("an unexpected error occurred; it has been logged"), request);
  }

  private static ResponseEntity<Object> fieldProblems(List<FieldProblem> errors, String what, WebRequest request) {
    ProblemDetail problem = Problems.VALIDATION.detail(errors.size() + " " + what + ": " + errors.stream()
        .map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
    problem.setProperty("errors", errors);
    return respond(problem, request);
  }

  private static ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
    problem.setInstance(instance(request));
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static URI instance(WebRequest request) {
    if (request instanceof NativeWebRequest nativeRequest
        && nativeRequest.getNativeRequest() instanceof HttpServletRequest http) {
      try {
        return URI.create(http.getRequestURI());
      } catch (IllegalArgumentException notAUri) {
        return null;
      }
    }
    return null;
  }

  /** The name the client used: a header's or a query parameter's, else the Java parameter's. */
  private static String parameterName(ParameterValidationResult result) {
    var parameter = result.getMethodParameter();
    var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
    if (header != null && !header.value().isEmpty()) {
      return header.value();
    }
    var query = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
    if (query != null && !query.value().isEmpty()) {
      return query.value();
    }
    return parameter.getParameterName();
  }

  private static String leaf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
