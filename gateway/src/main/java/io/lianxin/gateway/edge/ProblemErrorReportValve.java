package io.lianxin.gateway.edge;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page as a problem: what Tomcat refuses before any filter runs (an encoded NUL or
 * slash, a raw space, malformed percent-encoding) would otherwise be its HTML page. Errors that
 * reached Spring already carry their problem body and are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String uri = request.getDecodedRequestURI();
    String detail = status == 400
        ? "the request's URL or headers are not well-formed (percent-encoded UTF-8; no encoded NUL or slash)"
        : "refused by the web server";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(GatewayProblem.forStatus(status)
            .body(detail, uri == null ? "/" : uri.replaceAll("[^\\x21-\\x7e]", "_"))));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException clientGone) {
      // nothing more to say
    }
  }
}
