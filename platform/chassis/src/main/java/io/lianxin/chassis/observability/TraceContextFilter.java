package io.lianxin.chassis.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the caller's {@code traceparent} (or starts a trace) and returns it to the caller; puts
 * the service name in the log context (several services share one JVM in the devstack).
 */
public class TraceContextFilter extends OncePerRequestFilter {

  private final String service;

  public TraceContextFilter(String service) {
    this.service = service;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    MDC.put("service", service);
    try (TraceContext.Scope scope = TraceContext.continueFrom(request.getHeader("traceparent"))) {
      response.setHeader("traceparent", TraceContext.currentTraceparent());
      chain.doFilter(request, response);
    } finally {
      MDC.remove("service");
    }
  }
}
