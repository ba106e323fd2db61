package io.lianxin.portal.web;

import io.lianxin.portal.gateway.ApiProblem;
import io.lianxin.portal.gateway.Bilingual;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An error of a service as the reader is shown it: a sentence in their language for the whole (the status's own,
 * with the service's detail) and one for each field it concerns, under the form's name of that field.
 *
 * @param status the HTTP status, which chooses the sentence ({@code problem.<status>})
 * @param title the service's title, the half in the reader's language
 * @param detail the service's detail, as it wrote it
 * @param fields what is wrong with each field, by the form's field name
 */
public record ProblemMessages(int status, String title, String detail, Map<String, String> fields) {

  public static ProblemMessages of(ApiProblem problem, Locale reader, Map<String, String> formFieldOf) {
    return of(problem, reader, field -> formFieldOf.getOrDefault(field, field));
  }

  /** The same, the form's field of each of the service's computed (e.g. a line's index dropped). */
  public static ProblemMessages of(ApiProblem problem, Locale reader, UnaryOperator<String> formFieldOf) {
    Map<String, String> fields = new LinkedHashMap<>();
    problem.byField().forEach((field, message) -> fields.put(formFieldOf.apply(field), message));
    return new ProblemMessages(problem.status(), Bilingual.pick(problem.title(), reader), problem.detail(),
        Map.copyOf(fields));
  }

  public boolean concerns(String field) {
    return fields.containsKey(field);
  }

  /** The message key of the sentence for the status: the common ones have their own, the rest a general one. */
  public String sentence() {
    switch (status) {
      case 400: case 403: case 404: case 409: case 413: case 422: case 429: case 503:
        return "problem." + status;
      default:
        return status >= 500 ? "problem.5xx" : "problem.other";
    }
  }
}
