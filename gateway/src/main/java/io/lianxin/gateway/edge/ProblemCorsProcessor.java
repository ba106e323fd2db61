package io.lianxin.gateway.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Refuses a cross-origin request from an origin not allowed with a 403 problem, not Spring's plain text. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void rejectRequest(ServerHttpResponse response) throws IOException {
    response.setStatusCode(HttpStatus.FORBIDDEN);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = JSON.writeValueAsString(GatewayProblem.FORBIDDEN.body(
        "this origin may not call the API from a browser (CORS); allowed origins are lianxin.gateway.cors.allowed-origins",
        null)).getBytes(StandardCharsets.UTF_8);
    response.getBody().write(body);
    response.flush();
  }
}
