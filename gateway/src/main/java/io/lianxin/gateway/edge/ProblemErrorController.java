package io.lianxin.gateway.edge;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Replaces Boot's error page: whatever reaches {@code /error} (no route for the path, a body over the
 * route's size limit, a wrong method, an exception) is answered as a problem, never HTML.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("/error")
  ResponseEntity<Object> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (identityUnreachable(failure)) {
      // the issuer's keys cannot be fetched (the sign-in server down or slow): the caller should retry, not see 500
      LOG.warn("tokens cannot be checked on {}: {}", path, failure.toString());
      return ResponseEntity.status(GatewayProblem.UNAVAILABLE.status()).header("Retry-After", "10")
          .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
          .body(GatewayProblem.UNAVAILABLE.body("the sign-in server's keys cannot be fetched: try again shortly", path));
    }
    // a direct GET /error (no status set by the container) is not a failure of the gateway
    int status = code instanceof Integer i ? i : failure == null ? 404 : 500;
    GatewayProblem problem = GatewayProblem.forStatus(status);
    String detail;
    if (status == 404) {
      detail = "no route for " + path;
    } else if (failure instanceof ResponseStatusException rse && rse.getReason() != null) {
      detail = rse.getReason();
    } else if (status >= 500) {
      LOG.error("gateway error on {}", path, failure);
      detail = "the gateway failed; the trace id in its log says where";
    } else {
      Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
      detail = message == null || message.toString().isBlank() ? problem.name().toLowerCase() : message.toString();
    }
    return ServiceUnavailableController.problem(problem, detail, path);
  }

  /** Whether the failure is the token check's own: the issuer (its JWK set) could not be reached. */
  static boolean identityUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.springframework.security.authentication.AuthenticationServiceException) {
        return true;
      }
    }
    return false;
  }
}
