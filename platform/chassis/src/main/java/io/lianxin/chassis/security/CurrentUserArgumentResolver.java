package io.lianxin.chassis.security;

import io.lianxin.chassis.domain.CurrentUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take a {@link CurrentUser} parameter: the one the token's authentication holds. */
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
    if (auth instanceof CurrentUserAuthentication user) {
      return user.user();
    }
    throw new InsufficientAuthenticationException("a bearer token is required");
  }
}
