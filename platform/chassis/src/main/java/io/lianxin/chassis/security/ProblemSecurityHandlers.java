package io.lianxin.chassis.security;

import io.lianxin.chassis.web.Problems;
import java.util.Map;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters, as problem+json like every other error. */
public final class ProblemSecurityHandlers {

  private ProblemSecurityHandlers() {}

  public static AuthenticationEntryPoint entryPoint() {
    return (request, response, ex) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      Problems.UNAUTHENTICATED.write(request, response, ex.getMessage(), Map.of());
    };
  }

  public static AccessDeniedHandler accessDenied() {
    return (request, response, ex) -> Problems.FORBIDDEN.write(request, response, ex.getMessage(), Map.of());
  }
}
