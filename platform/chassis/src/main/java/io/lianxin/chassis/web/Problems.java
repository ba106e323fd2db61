package io.lianxin.chassis.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stable problem types of the API (RFC 9457). Titles are zh-CN with the English after a
 * slash, because the same response is read by a committee office and by an integrator.
 */
public enum Problems {
  VALIDATION("validation", HttpStatus.BAD_REQUEST, "请求参数无效 / Invalid request"),
  MALFORMED("malformed-request", HttpStatus.BAD_REQUEST, "请求体无法解析 / Malformed request body"),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "未登录或令牌无效 / Not authenticated"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "无权执行此操作 / Not allowed"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "未找到 / Not found"),
  ILLEGAL_STATE("illegal-state", HttpStatus.CONFLICT, "当前状态下不能执行此操作 / Not allowed in the current state"),
  CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试 / Changed concurrently, reload and retry"),
  IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", HttpStatus.CONFLICT, "相同请求正在处理 / The same request is still being processed"),
  IDEMPOTENCY_MISMATCH("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "幂等键已用于另一请求 / Idempotency-Key reused for a different request"),
  RULE_VIOLATION("rule-violation", HttpStatus.UNPROCESSABLE_CONTENT, "不符合业务规则 / Breaks a rule"),
  TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "请求体过大 / Request body too large"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "不支持此请求方法 / Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "无法提供所要求的格式 / Not acceptable"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求体格式 / Unsupported media type"),
  PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "版本不符，请刷新后重试 / Precondition failed"),
  TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁 / Too many requests"),
  UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用 / Service unavailable"),
  INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误 / Internal error");

  public static final String BASE = "https://lianxin.io/problems/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String slug;
  private final HttpStatus status;
  private final String title;

  Problems(String slug, HttpStatus status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  /** The problem type for a status that no more specific type describes (e.g. Tomcat's or Spring's own). */
  public static Problems forStatus(int status) {
    for (Problems p : values()) {
      if (p.status.value() == status && p != MALFORMED && p != CONCURRENT_CHANGE && p != IDEMPOTENCY_IN_PROGRESS
          && p != IDEMPOTENCY_MISMATCH) {
        return p;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }

  public ProblemDetail detail(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(BASE + slug));
    problem.setTitle(title);
    return problem;
  }

  /** Writes the problem from a servlet filter, outside Spring MVC. */
  public void write(HttpServletRequest request, HttpServletResponse response, String detail,
      Map<String, Object> properties) throws IOException {
    ProblemDetail problem = detail(detail);
    properties.forEach(problem::setProperty);
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.put("instance", request.getRequestURI());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
