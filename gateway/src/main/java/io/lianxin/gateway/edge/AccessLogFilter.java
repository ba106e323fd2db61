package io.lianxin.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One access-log line per request (logger {@code io.lianxin.gateway.access}), written inside the
 * request's server span, so the line carries its trace id ({@code [gateway,traceId,spanId]}):
 * method, path, status, milliseconds, the route that served it and the client's address.
 */
public final class AccessLogFilter extends OncePerRequestFilter {

  private static final Logger ACCESS = LoggerFactory.getLogger("io.lianxin.gateway.access");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      Object route = request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR);
      ACCESS.info("{} {} {} {}ms route={} client={}", request.getMethod(), request.getRequestURI(), response.getStatus(),
          (System.nanoTime() - start) / 1_000_000, route == null ? "-" : route, request.getRemoteAddr());
    }
  }
}
