package io.lianxin.chassis.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page, as problem+json: what Tomcat refuses before any filter runs (a raw space or
 * raw UTF-8 in the URL, an encoded NUL or slash, malformed percent-encoding, a bad request line)
 * would otherwise be answered with Tomcat's HTML page. Errors that reach Spring are not changed
 * here: they already carry their problem body.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    Problems type = Problems.forStatus(status);
    String reason = HttpStatus.resolve(status) == null ? "error" : HttpStatus.resolve(status).getReasonPhrase();
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", Problems.BASE + slug(type));
    body.put("title", type.detail("").getTitle());
    body.put("status", status);
    body.put("detail", status == 400
        ? "the request's URL or headers are not well-formed (characters must be percent-encoded UTF-8; "
            + "an encoded NUL or slash is not accepted)"
        : reason);
    String uri = request.getDecodedRequestURI();
    body.put("instance", uri == null ? "/" : uri.replaceAll("[^\\x21-\\x7e]", "_"));
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(body));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone; nothing more to say
    }
  }

  private static String slug(Problems type) {
    return type.detail("").getType().toString().substring(Problems.BASE.length());
  }
}
