package io.lianxin.chassis.security;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified bearer token with its caller, read from the claims once: Spring Security's
 * authorities ({@code ROLE_<role>}) and the {@link CurrentUser} controllers take are the same
 * roles. Only our roles count; other systems' roles in a shared identity provider are ignored.
 */
public final class CurrentUserAuthentication extends JwtAuthenticationToken {

  private final CurrentUser user;

  private CurrentUserAuthentication(Jwt jwt, CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
    super(jwt, authorities, jwt.getSubject());
    this.user = user;
  }

  /** The token's caller; {@link ClaimsValidator} has already refused a token without a congress. */
  public static CurrentUserAuthentication of(Jwt jwt) {
    Set<Role> roles = roles(jwt);
    CurrentUser user = new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("name"), roles,
        jwt.getClaimAsString("congress_id"), jwt.getClaimAsString("deputy_id"), jwt.getClaimAsString("unit_id"));
    List<GrantedAuthority> authorities = roles.stream()
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    return new CurrentUserAuthentication(jwt, user, authorities);
  }

  public CurrentUser user() {
    return user;
  }

  private static Set<Role> roles(Jwt jwt) {
    Object claim = jwt.getClaims().get("roles");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claim instanceof Collection<?> values) {
      for (Object value : values) {
        try {
          roles.add(Role.valueOf(String.valueOf(value)));
        } catch (IllegalArgumentException ignored) {
          // a role of another system
        }
      }
    }
    return roles;
  }
}
