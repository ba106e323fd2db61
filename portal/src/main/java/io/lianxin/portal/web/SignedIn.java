package io.lianxin.portal.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, as the issuer's ID token says: their deputy id (代表编号) or unit (承办单位), if any. */
final class SignedIn {

  private SignedIn() {}

  static String deputyId() {
    return claim("deputy_id");
  }

  static String unitId() {
    return claim("unit_id");
  }

  static boolean has(String role) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
  }

  private static String claim(String name) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
      return ((OidcUser) authentication.getPrincipal()).getClaimAsString(name);
    }
    return null;
  }
}
