package io.lianxin.gateway.edge;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The circuit breaker's fallback of every route ({@code forward:/gateway/unavailable/<service>}): the
 * service is down, did not answer within the route's timeout, or its breaker is open — 503 problem with
 * {@code Retry-After}, the other routes unaffected.
 */
@Hidden
@RestController
class ServiceUnavailableController {

  private static final String RETRY_AFTER_SECONDS = "10";

  @RequestMapping("/gateway/unavailable/{service}")
  ResponseEntity<Object> unavailable(@PathVariable String service, HttpServletRequest request) {
    if (request.getDispatcherType() != DispatcherType.FORWARD) {
      return problem(GatewayProblem.NOT_FOUND, "no route for " + request.getRequestURI(), request.getRequestURI());
    }
    Object failure = request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
    String why = failure instanceof TimeoutException ? "did not answer in time"
        : failure instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException
            ? "is failing and not called for a while (circuit open)"
            : "cannot be reached";
    String original = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
    return ResponseEntity.status(GatewayProblem.UNAVAILABLE.status())
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(GatewayProblem.UNAVAILABLE.body(service + " " + why + "; try again shortly", original));
  }

  static ResponseEntity<Object> problem(GatewayProblem problem, String detail, String instance) {
    return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem.body(detail, instance));
  }
}
