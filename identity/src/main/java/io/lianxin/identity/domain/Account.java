package io.lianxin.identity.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person who signs in (账号): the claims every service reads from the bearer token (ARCHITECTURE §5) and
 * the hash of a password. An account without a password hash cannot sign in with a password; the
 * development token endpoint may still issue it a token.
 *
 * @param username the sign-in name, the tokens' {@code sub}
 * @param name the display name (姓名), claim {@code name}
 * @param roles the Lianxin roles (角色), claim {@code roles}
 * @param congressId the congress (人大, the tenant), claim {@code congress_id}
 * @param deputyId the deputy (代表) this account is, claim {@code deputy_id}, or null
 * @param unitId the handling unit (承办单位) this account works for, claim {@code unit_id}, or null
 * @param passwordHash the password as a {@code DelegatingPasswordEncoder} hash ({@code {bcrypt}…}), or null
 */
public record Account(String username, String name, List<String> roles, String congressId, String deputyId,
    String unitId, String passwordHash) {

  public Account {
    requireText(username, "username");
    requireText(name, "name of " + username);
    requireText(congressId, "congressId of " + username);
    roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("account " + username + " has no role");
    }
    deputyId = blankToNull(deputyId);
    unitId = blankToNull(unitId);
    passwordHash = blankToNull(passwordHash);
  }

  /** The same account with another password hash. */
  public Account withPasswordHash(String hash) {
    return new Account(username, name, roles, congressId, deputyId, unitId, hash);
  }

  public boolean signsInWithPassword() {
    return passwordHash != null;
  }

  /**
   * The claims a token for this account carries besides the standard ones, in the order the former
   * development issuer wrote them: {@code name}, {@code roles}, {@code congress_id}, and {@code deputy_id} /
   * {@code unit_id} only when set.
   */
  public Map<String, Object> claims() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put(ClaimNames.NAME, name);
    claims.put(ClaimNames.ROLES, roles);
    claims.put(ClaimNames.CONGRESS_ID, congressId);
    if (deputyId != null) {
      claims.put(ClaimNames.DEPUTY_ID, deputyId);
    }
    if (unitId != null) {
      claims.put(ClaimNames.UNIT_ID, unitId);
    }
    return claims;
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an account needs a " + what);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
