package io.lianxin.gateway.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problems the gateway answers itself (RFC 9457), with the same types and titles as the
 * services' (ADR 0005), so that a client cannot tell whether the gateway or a service refused.
 */
public enum GatewayProblem {
  BAD_REQUEST("validation", HttpStatus.BAD_REQUEST, "请求参数无效 / Invalid request"),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "未登录或令牌无效 / Not authenticated"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "无权执行此操作 / Not allowed"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "未找到 / Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "不支持此请求方法 / Method not allowed"),
  TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "请求体过大 / Request body too large"),
  TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁 / Too many requests"),
  UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用 / Service unavailable"),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误 / Internal error");

  public static final String BASE = "https://lianxin.io/problems/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String slug;
  private final HttpStatus status;
  private final String title;

  GatewayProblem(String slug, HttpStatus status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  /** The problem for a status the container or Spring MVC chose (an unknown path, a wrong method …). */
  public static GatewayProblem forStatus(int status) {
    for (GatewayProblem p : values()) {
      if (p.status.value() == status) {
        return p;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }

  /** The problem's members: type, title, status, detail, instance. */
  public Map<String, Object> body(String detail, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", BASE + slug);
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    return body;
  }

  /** Writes the problem as the whole response (from a filter or the security chain). */
  public void write(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body(detail, request.getRequestURI())));
    response.flushBuffer();
  }
}
