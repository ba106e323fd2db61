package io.lianxin.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame needs: the reader's language, the links to switch it, who is signed in. */
@ControllerAdvice
class PageModel {

  /** The page's {@code lang} attribute. */
  @ModelAttribute("lang")
  static String lang(Locale reader) {
    return reader.toLanguageTag();
  }

  /** This page in the other language. */
  @ModelAttribute("otherLanguage")
  static String otherLanguage(HttpServletRequest request, Locale reader) {
    String other = "en".equals(reader.getLanguage()) ? "zh-CN" : "en";
    String here = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return UriComponentsBuilder.fromUriString(here + (query == null ? "" : "?" + query))
        .replaceQueryParam("lang", other).build().toUriString();
  }

  /** The signed-in person's name, or null for a visitor. */
  @ModelAttribute("viewer")
  static String viewer() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
      OidcUser user = (OidcUser) authentication.getPrincipal();
      return user.getFullName() != null ? user.getFullName() : user.getSubject();
    }
    return null;
  }

  /** The signed-in person's roles (DEPUTY, COMMITTEE_STAFF, LEADER, …), for the links the frame offers them. */
  @ModelAttribute("roles")
  static Set<String> roles() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser)) {
      return Set.of();
    }
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring("ROLE_".length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The same for a page made outside a handler's model (an exception handler's). */
  static Map<String, Object> frame(HttpServletRequest request, Locale reader) {
    Map<String, Object> frame = new HashMap<>();
    frame.put("lang", lang(reader));
    frame.put("otherLanguage", otherLanguage(request, reader));
    frame.put("viewer", viewer());
    frame.put("roles", roles());
    return frame;
  }
}
