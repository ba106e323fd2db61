package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import java.util.Map;

/** Which errors of a service a form shows next to its fields, and which go to the error page. */
final class FormProblems {

  private FormProblems() {}

  /**
   * A refused token (401) sends the browser to sign in again and a failed service (5xx) is the error page; the
   * rest — a field, a state, a permission — the form shows.
   */
  static void rethrowUnlessForTheForm(ApiProblem problem) {
    if (problem.status() == 401 || problem.status() >= 500) {
      throw problem;
    }
  }

  /**
   * The request key the form carries after a problem: the same key while the first request with it is still being
   * processed (sending it again answers that request's result), a fresh one after a refusal (the corrected form is a
   * new request).
   */
  static String keyAfter(ApiProblem problem, String usedKey) {
    return problem.stillProcessing() ? usedKey : RequestKeys.fresh();
  }

  /** A field the portal found wrong itself, before asking the service: the same shape as a service's 422. */
  static ProblemMessages ownCheck(String field, String message) {
    return new ProblemMessages(422, null, null, Map.of(field, message));
  }

  /**
   * Whether a problem has no form left to stand under: the step failed because the item moved on meanwhile (a
   * colleague registered it, the unit answered), and the page read again no longer offers that form — the page then
   * shows the problem at its top, so that the refusal is not lost.
   */
  static boolean outsideItsForm(ProblemMessages problem, boolean formShown) {
    return problem != null && !formShown;
  }
}
