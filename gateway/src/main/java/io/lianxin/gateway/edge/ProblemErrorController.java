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
    int status = code instanceof Integer i ? i : 500;
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
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
}
