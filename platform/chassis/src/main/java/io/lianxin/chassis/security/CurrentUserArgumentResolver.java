package io.lianxin.chassis.security;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take a {@link CurrentUser} parameter. */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().equals(CurrentUser.class);
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
      NativeWebRequest request, WebDataBinderFactory binders) {
    return current();
  }

  /** The caller of the request in progress; 401 when there is none. */
  public static CurrentUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
      throw new InsufficientAuthenticationException("a bearer token is required");
    }
    return fromJwt(jwt);
  }

  public static CurrentUser fromJwt(Jwt jwt) {
    String congress = jwt.getClaimAsString("congress_id");
    if (congress == null || congress.isBlank()) {
      throw new InsufficientAuthenticationException("the token has no congress_id claim");
    }
    return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("name"), roles(jwt), congress,
        jwt.getClaimAsString("deputy_id"), jwt.getClaimAsString("unit_id"));
  }

  static Set<Role> roles(Jwt jwt) {
    Object claim = jwt.getClaims().get("roles");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claim instanceof Collection<?> values) {
      for (Object value : values) {
        try {
          roles.add(Role.valueOf(String.valueOf(value)));
        } catch (IllegalArgumentException ignored) {
          // roles of other systems in a shared identity provider are not ours
        }
      }
    }
    return roles;
  }
}
