package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An error of a service on a page that is not a form: the error page with a sentence in the reader's language and
 * the same status; a token the gateway refused sends the browser to sign in again; a gateway not reached, 503.
 */
@ControllerAdvice
class ProblemPages {

  @ExceptionHandler(ApiProblem.class)
  ModelAndView problem(ApiProblem problem, HttpServletRequest request, Locale reader) {
    if (problem.status() == 401) {
      return new ModelAndView("redirect:/oauth2/authorization/lianxin");
    }
    ModelAndView page = new ModelAndView("problem", PageModel.frame(request, reader));
    page.addObject("problem", ProblemMessages.of(problem, reader, Map.of()));
    HttpStatus status = HttpStatus.resolve(problem.status());
    page.setStatus(status == null || status.is2xxSuccessful() ? HttpStatus.BAD_GATEWAY : status);
    return page;
  }

  /** The gateway not reached at all (refused, timed out): as the gateway itself would answer, 503. */
  @ExceptionHandler(ResourceAccessException.class)
  ModelAndView unreachable(ResourceAccessException unreachable, HttpServletRequest request, Locale reader) {
    return problem(new ApiProblem(503, null, null, null), request, reader);
  }
}
