package io.lianxin.chassis.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Returns the request's {@code traceparent} (its trace and span) as a response header. */
public class TraceResponseHeaderFilter extends OncePerRequestFilter {

  private final EventTracing tracing;

  public TraceResponseHeaderFilter(EventTracing tracing) {
    this.tracing = tracing;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String traceparent = tracing.currentTraceparent();
    if (traceparent != null) {
      response.setHeader("traceparent", traceparent);
    }
    chain.doFilter(request, response);
  }
}
