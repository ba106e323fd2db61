package io.lianxin.chassis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The URL's text is checked before anything uses it: every query parameter and the path, decoded,
 * must be well-formed UTF-8 percent-encoding, hold no control character (a NUL in a search term
 * once reached the database as a 500) and stay within {@value #MAX_PARAMETER_CHARS} characters.
 * Otherwise 400 problem+json naming the parameter.
 */
public class RequestTextFilter extends OncePerRequestFilter {

  public static final int MAX_PARAMETER_CHARS = 1_000;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String refusal = check("path", request.getRequestURI(), Integer.MAX_VALUE);
    String query = request.getQueryString();
    if (refusal == null && query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String decodedName = decode(name);
        refusal = decodedName == null ? "a query parameter name is not valid percent-encoded UTF-8"
            : check(decodedName, decodedName, 100);
        if (refusal == null && eq >= 0) {
          refusal = check(decodedName, pair.substring(eq + 1), MAX_PARAMETER_CHARS);
        }
        if (refusal != null) {
          break;
        }
      }
    }
    if (refusal != null) {
      String field = refusal.substring(0, refusal.indexOf('\u0000'));
      String message = refusal.substring(refusal.indexOf('\u0000') + 1);
      Problems.VALIDATION.write(request, response, field + " " + message,
          Map.of("errors", List.of(new ApiExceptionHandler.FieldProblem(field, message))));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Null when {@code raw} is fine; else "field NUL message". */
  private static String check(String field, String raw, int maxChars) {
    String value = decode(raw);
    if (value == null) {
      return field + "\u0000is not valid percent-encoded UTF-8";
    }
    int at = StrictJson.forbiddenCharacter(value);
    if (at >= 0) {
      return field + "\u0000holds the control character U+" + String.format("%04X", (int) value.charAt(at));
    }
    if (value.length() > maxChars) {
      return field + "\u0000has " + value.length() + " characters; at most " + maxChars + " are accepted";
    }
    return null;
  }

  private static String decode(String raw) {
    try {
      String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      // URLDecoder replaces malformed UTF-8 with U+FFFD instead of failing
      return decoded.indexOf('\uFFFD') >= 0 && raw.indexOf('\uFFFD') < 0 ? null : decoded;
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
