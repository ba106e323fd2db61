package io.lianxin.chassis.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that end outside Spring MVC's handlers — a filter or the security firewall calling
 * {@code sendError}, a servlet exception — are forwarded by the container to {@code /error}; here
 * they become problem+json like every other error, instead of Boot's own JSON or an HTML page.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
public class ProblemErrorController implements ErrorController {

  @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
  public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    Problems type = Problems.forStatus(status);
    ProblemDetail problem = type.detail(status >= 500 || message == null || message.toString().isBlank()
        ? type.status().getReasonPhrase() : message.toString());
    problem.setStatus(status);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri != null) {
      problem.setInstance(URI.create(uri.toString().replaceAll("[^\\x21-\\x7e]", "_")));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
