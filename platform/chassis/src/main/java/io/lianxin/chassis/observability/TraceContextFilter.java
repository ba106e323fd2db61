package io.lianxin.chassis.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the caller's {@code traceparent} (or starts a trace) and returns it to the caller. */
public class TraceContextFilter extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try (TraceContext.Scope scope = TraceContext.continueFrom(request.getHeader("traceparent"))) {
      response.setHeader("traceparent", TraceContext.currentTraceparent());
      chain.doFilter(request, response);
    }
  }
}
